import { defineConfig, type Plugin } from 'vite';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

/**
 * Leaves the design tokens' `description`s out of the bundle. They document the tokens (README
 * table, Custom Elements Manifest, tests); the browser never reads them (about 0.5 kB gzip).
 * The source keeps them next to the values they describe. Fails the build if it finds none, so
 * it cannot silently stop working when the file changes.
 */
function dropTokenDescriptions(): Plugin {
  return {
    name: 'careers-drop-token-descriptions',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]src[\\/]styles[\\/]design-tokens\.ts$/ },
      handler(code) {
        const spans: Array<[number, number]> = [];
        const visit = (node: unknown): void => {
          if (Array.isArray(node)) return node.forEach(visit);
          if (!node || typeof node !== 'object') return;
          const n = node as { type?: string; key?: { name?: string }; start: number; end: number };
          if (n.type === 'Property' && n.key?.name === 'description') {
            // The property and the comma after it.
            const comma = /^\s*,/.exec(code.slice(n.end));
            spans.push([n.start, n.end + (comma ? comma[0].length : 0)]);
            return;
          }
          for (const [key, value] of Object.entries(node)) if (key !== 'parent') visit(value);
        };
        visit(this.parse(code, { lang: 'ts' }));
        if (spans.length === 0) this.error('no `description` found in design-tokens.ts');
        let out = code;
        for (const [start, end] of spans.sort((a, b) => b[0] - a[0]))
          out = out.slice(0, start) + out.slice(end);
        return { code: out, map: null };
      },
    },
  };
}

// Library build: one classic script (IIFE) for the embed and one ES module for bundlers,
// each a single self-contained, minified file. `npm start` serves demo/index.html from the
// project root with the same config, so the demo runs the TypeScript sources.
export default defineConfig({
  server: { port: 5173, strictPort: false, open: false },
  plugins: [
    dropTokenDescriptions(),
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
