// Bundles the `careers-feed` CLI (src/cli/bin.ts, with yaml, marked and the data layer inside) into
// lib/careers-feed.mjs: one ES module that plain Node 20 runs, loaded by bin/careers-feed.js.
// Kept out of dist/, which holds only the widget. Like the widget, it opens with a comment naming
// the packages bundled in it (yaml, marked), whose licence texts go to lib/careers-feed.LICENSES.txt.
// Run with tsx (`node --import tsx`), which loads the TypeScript build plugins.
import { build } from 'vite';
import { thirdPartyLicenses } from './build-plugins.ts';

await build({
  configFile: false,
  logLevel: 'warn',
  plugins: [thirdPartyLicenses('careers-feed.LICENSES.txt')],
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
