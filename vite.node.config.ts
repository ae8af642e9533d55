import { defaultServerConditions, defineConfig } from 'vite';
import browser from './vite.config.ts';

// The package's module for Node (server-side rendering: Next.js, Nuxt, SvelteKit, Astro...),
// `dist/careers-widget.node.mjs`, which `exports` names under the `node` condition. The same
// sources, plugins and libraries as the browser module, resolved with Node's conditions: Lit
// then brings its Node build, which defines `HTMLElement` and `customElements` from
// @lit-labs/ssr-dom-shim where the global ones are missing, so loading the module defines the
// elements without a DOM. Built after vite.config.ts into the same folder, which it leaves as
// it is; only oxc minifies it (no terser: no size budget here, and it keeps the build short).
export default defineConfig({
  ...browser,
  resolve: {
    conditions: [...defaultServerConditions],
    // No `browser` field either (Vite's client default reads it first).
    mainFields: ['module', 'jsnext:main', 'jsnext'],
  },
  build: {
    ...browser.build,
    emptyOutDir: false,
    minify: false,
    lib: {
      entry: 'src/node.ts',
      formats: ['es'],
      fileName: () => 'careers-widget.node.mjs',
    },
  },
});
