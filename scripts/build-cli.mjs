// Bundles the `careers-feed` CLI (src/cli/bin.ts, with yaml and the data layer inside) into
// lib/careers-feed.mjs: one ES module that plain Node 20 runs, loaded by bin/careers-feed.js.
// Kept out of dist/, which holds only the two widget files.
import { build } from 'vite';

await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: 'src/cli/bin.ts',
    outDir: 'lib',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      output: { format: 'es', entryFileNames: 'careers-feed.mjs' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
console.log('lib/careers-feed.mjs: the careers-feed CLI');
