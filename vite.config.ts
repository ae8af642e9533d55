import { defineConfig } from 'vite';

// Library build: one classic script (IIFE) for the embed and one ES module for bundlers,
// each a single self-contained, minified file. `npm start` serves demo/index.html from the
// project root with the same config, so the demo runs the TypeScript sources.
export default defineConfig({
  server: { port: 5173, strictPort: false, open: false },
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
