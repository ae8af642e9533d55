// The widget's ES module built as the shipped one is, but WITHOUT the plugins that patch library
// code (DOMPurify's and marked's options fixed, their dead code dropped): what the differential
// test compares the shipped script with. Everything else (entry, minifiers, other plugins) is
// the shipped build's own config, read from vite.config.ts; the output goes to a fresh folder
// under the OS temp folder.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type PluginOption, type UserConfig } from 'vite';
import config from '../../../vite.config.ts';

/** The build plugins that rewrite library code (scripts/build-plugins.ts). */
export const LIBRARY_PATCHES = [
  'careers-drop-dead-library-code',
  'careers-fix-markdown-options',
  'careers-fix-sanitizer-options',
];

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface UnpatchedBuild {
  /** The ES module's code. */
  code: string;
  /** Deletes the temp folder. */
  remove(): Promise<void>;
}

export async function buildUnpatched(): Promise<UnpatchedBuild> {
  const shipped = config as UserConfig;
  const plugins = (shipped.plugins ?? []).flat() as PluginOption[];
  const named = (p: PluginOption) => (p && typeof p === 'object' && 'name' in p ? p.name : '');
  const left = plugins.filter((p) => !LIBRARY_PATCHES.includes(named(p) as string));
  const removed = plugins.map(named).filter((name) => LIBRARY_PATCHES.includes(name as string));
  // A renamed plugin would stay in and make the comparison moot.
  if (removed.sort().join() !== [...LIBRARY_PATCHES].sort().join())
    throw new Error(`vite.config.ts has these library patches: ${removed.join(', ') || 'none'}`);
  const outDir = await mkdtemp(join(tmpdir(), 'careers-unpatched-'));
  try {
    await build({
      ...shipped,
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      plugins: left as Plugin[],
      build: {
        ...shipped.build,
        outDir,
        emptyOutDir: true,
        lib: {
          ...(shipped.build!.lib as object as { entry: string }),
          formats: ['es'],
          fileName: () => 'careers-widget.mjs',
        },
        // Same output; no report of which plugin took how long.
        rolldownOptions: { ...shipped.build!.rolldownOptions, checks: { pluginTimings: false } },
      },
    });
    const code = await readFile(join(outDir, 'careers-widget.mjs'), 'utf8');
    return { code, remove: () => rm(outDir, { recursive: true, force: true }) };
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}
