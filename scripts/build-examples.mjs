// Builds the React 19 and Vue 3 example pages (examples/react, examples/vue) with esbuild, from
// the package's own dist/ (so run after `rollup`): what a host app's bundler would do. Part of
// `npm run build`; `npm start` runs it when the bundles are missing.
import { build } from 'esbuild';

const alias = { lawgauge: './dist/src/index.js', 'lawgauge/widgets': './dist/widgets/define.js' };
// dist/ modules that rollup keeps as bare imports are side-effect free (package.json "sideEffects"
// says so); esbuild's note that it drops them is expected.
const common = {
  bundle: true,
  format: 'esm',
  minify: true,
  logLevel: 'warning',
  legalComments: 'none',
  logOverride: { 'ignored-bare-import': 'silent' },
};

await build({
  ...common,
  entryPoints: ['examples/react/app.tsx'],
  outfile: 'examples/react/build/app.js',
  jsx: 'automatic',
  alias,
  define: { 'process.env.NODE_ENV': '"production"' },
});
await build({
  ...common,
  entryPoints: ['examples/vue/app.js'],
  outfile: 'examples/vue/build/app.js',
  // The runtime only: the page draws with a render function, as a page under the README's CSP must
  // (compiling a template in the browser builds code from strings, which script-src 'self' refuses).
  alias: { ...alias, vue: 'vue/dist/vue.runtime.esm-bundler.js' },
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
});
console.log('built examples/react/build/app.js and examples/vue/build/app.js');
