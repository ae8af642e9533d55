// Writes the package's type declarations to types/ (tsconfig.types.json), from an empty folder:
// tsc alone never deletes, so the declarations of a renamed or removed module would otherwise
// stay in types/ and be published.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';

rmSync('types', { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const { status } = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.types.json'], {
  stdio: 'inherit',
});
if (status !== 0) process.exit(status ?? 1);
console.log('types/: declarations of src/ (but src/cli)');
