import { defineConfig } from 'vite';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

// Library build: one classic script (IIFE) for the embed and one ES module for bundlers,
// each a single self-contained, minified file. `npm start` serves demo/index.html from the
// project root with the same config, so the demo runs the TypeScript sources.
export default defineConfig({
  server: { port: 5173, strictPort: false, open: false },
  plugins: [
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
    minify: true,
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
