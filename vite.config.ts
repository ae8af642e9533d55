import { defineConfig } from 'vite';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import {
  asciiOnly,
  dropDeadLibraryCode,
  dropTokenDescriptions,
  fixMarkdownOptions,
  fixSanitizerOptions,
  thirdPartyLicenses,
} from './scripts/build-plugins.ts';

// Library build: one classic script (IIFE) for the embed and one ES module for bundlers,
// each a single self-contained, minified file. `npm start` serves demo/index.html from the
// project root with the same config, so the demo runs the TypeScript sources.
export default defineConfig({
  server: { port: 5173, strictPort: false, open: false },
  plugins: [
    dropTokenDescriptions(),
    dropDeadLibraryCode(),
    fixMarkdownOptions(),
    fixSanitizerOptions(),
    thirdPartyLicenses(),
    asciiOnly(),
    {
      // The text of Lit's html`` and css`` templates, minified at build time (the Lit team's
      // plugin: html-minifier-next for markup, lightningcss for styles; Lit's binding markers
      // survive). `conservativeCollapse` turns each run of whitespace into one space instead of
      // dropping it: the minifier sees one template at a time, so it cannot tell whether the
      // space before `${t.newWindow}` in the apply link separates two words (it does).
      ...minifyHTMLLiterals({
        include: ['src/**/*.ts'],
        failOnError: true,
        options: {
          minifyOptions: {
            conservativeCollapse: true,
            minifyCSS: { targets: { chrome: 105 << 16, firefox: 110 << 16, safari: 16 << 16 } },
          },
        },
      }),
      enforce: 'pre',
      apply: 'build',
    },
  ],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // Two minifiers in a row: terser's compressor first (Vite runs it on each chunk), then
    // rolldown's oxc minifier (`output.minify`), which mangles and prints. Together they make
    // the script about 0.5 kB gzip smaller than oxc alone; terser alone is larger than oxc.
    // Only terser's safe transforms: no `unsafe*`, no `pure_getters`; `safari10` workarounds
    // are off as the script needs Safari 16.4 anyway.
    minify: 'terser',
    terserOptions: { ecma: 2020, safari10: false, compress: { passes: 3 }, mangle: false },
    lib: {
      entry: 'src/index.ts',
      name: 'CareersWidget',
      formats: ['iife', 'es'],
      fileName: (format) => (format === 'es' ? 'careers-widget.mjs' : 'careers-widget.js'),
    },
    rolldownOptions: {
      output: { minify: true },
    },
  },
});
