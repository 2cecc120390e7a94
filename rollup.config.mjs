import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';

// Warnings from dependencies that do not affect the output (see TOOLCHAIN.md).
const harmless = new Set(['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY']);
const onwarn = (warning, warn) => {
  if (harmless.has(warning.code) && (warning.ids ?? [warning.id ?? '']).every((id) => id.includes('node_modules')))
    return;
  warn(warning);
};
const dependencies = Object.keys(
  JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).dependencies,
);

/** A minified self-contained bundle for <script> pages (and for the size budgets). */
/** For the <script> bundles: <reform-progress>'s `as-of` recomputation loads as a second script on first use (see as-of-view.script.ts). */
const withoutAsOf = {
  name: 'lawgauge-without-as-of',
  resolveId: (source, importer) =>
    source === './as-of-view.js' && importer?.includes('reform-progress')
      ? new URL('./widgets/reform-progress/as-of-view.script.ts', import.meta.url).pathname
      : null,
};

/** For the <script> bundles: <indicator-map>'s geometry code loads as a second script on first use (see geometry-kit.script.ts). */
const withoutGeometry = {
  name: 'lawgauge-without-geometry',
  resolveId: (source, importer) =>
    source === './geometry-kit.js' && importer?.includes('indicator-map')
      ? new URL('./widgets/indicator-map/geometry-kit.script.ts', import.meta.url).pathname
      : null,
};

/** For the <script> bundles: the explanation of a failing document loads as a second script (see explainer.script.ts). */
const withoutExplainer = {
  name: 'lawgauge-without-explainer',
  resolveId: (source, importer) =>
    source === './explainer.js' && importer?.includes('widgets/base/load-report')
      ? new URL('./widgets/base/explainer.script.ts', import.meta.url).pathname
      : null,
};

/** For the <script> bundles: the image export loads as a second script on first use (see exporter.script.ts). */
const withoutExporter = {
  name: 'lawgauge-without-exporter',
  resolveId: (source, importer) =>
    source === './exporter.js' && importer?.includes('widgets/base/lawgauge-element')
      ? new URL('./widgets/base/exporter.script.ts', import.meta.url).pathname
      : null,
};

/*
 * The first line of the <script> bundles: Chrome (136+) compiles every function of a script that
 * starts with this comment on the thread that streams it in, instead of lazily on the main thread
 * when each is first called. A page's first render then spends no main-thread time compiling (about
 * 5 ms of a cold <indicator-trend>, 8 ms of 100 cold cards, on the benchmark machine). Other
 * engines ignore it. Not for the worker, whose compiling never blocks the page.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * The CSS of css`…` templates without comments and spare whitespace, for the <script> bundles
 * (about 250 bytes gzipped of a card's 15 KiB budget): a run of whitespace becomes one space, none
 * is left beside { } ; , or >, nor after a colon (a selector's colon has none after it).
 * Interpolations (${…}) stay as they are, and the styles hold no quoted text whose spacing this
 * could change.
 */
const minifyCss = {
  name: 'lawgauge-minify-css',
  transform(code, id) {
    // TypeScript writes the tag as `css \``.
    if (!id.includes('/widgets/') || !/\bcss\s*`/.test(code)) return null;
    const minified = (text) =>
      text
        .replace(/\/\*[^]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/ ?([{};,>]) ?/g, '$1')
        .replace(/: /g, ':');
    return {
      code: code.replace(
        /\bcss\s*`([^`]*)`/g,
        (_, body) =>
          `css\`${body
            .split(/(\$\{[^}]*\})/)
            .map((part) => (part.startsWith('${') ? part : minified(part)))
            .join('')
            .trim()}\``,
      ),
      map: null,
    };
  },
};

/**
 * The page bundles do nothing outside a browser: imported in Node (a server-side render, a test
 * runner without a DOM, a tool that imports every export of the package) they return before Lit's
 * browser build reaches for HTMLElement.
 */
const BROWSER_ONLY = "if (typeof HTMLElement === 'undefined') return {};";

const iife = (input, file, name, extraPlugins = [], preamble = COMPILE_HINT, intro = BROWSER_ONLY) => ({
  input,
  output: { file, format: 'iife', name, sourcemap: false, inlineDynamicImports: true, intro },
  // Only the registration modules of our own code have side effects (package.json sideEffects
  // says the same for dist/); dependencies declare theirs through node-resolve.
  treeshake: {
    moduleSideEffects: (id) =>
      id.includes('node_modules')
        ? true
        : /widgets\/(.+\/)?define\.ts$|widgets\/iife\.ts$|compute-worker\.ts$/.test(id),
  },
  plugins: [
    ...extraPlugins,
    json({ preferConst: true }),
    // Always Lit's production build: without a 'production' condition the plugin picks Lit's
    // development build whenever NODE_ENV is set and not "production" (vitest sets "test"; the
    // examples test starts `npm start`, which rebuilds dist/), 3.7 KiB gz larger and noisy.
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    typescript({
      tsconfig: './tsconfig.widgets.json',
      declaration: false,
      sourceMap: false,
      include: ['src/**/*.ts', 'widgets/**/*.ts'],
      outDir: 'dist',
      noEmitOnError: true,
    }),
    // After TypeScript, which compiles from the files on disk and so ignores earlier transforms.
    minifyCss,
    terser({ format: { comments: false, preamble }, compress: { passes: 2 } }),
  ],
  onwarn,
});

export default [
  {
    // ESM with .d.ts side by side; runtime dependencies stay imports for the user's bundler or Node.
    input: [
      'src/index.ts',
      'src/internal.ts',
      'src/node/index.ts',
      // Started by readDatasetFile as a worker thread (new URL('./csv-part-worker.js', import.meta.url)).
      'src/node/csv-part-worker.ts',
      'src/cli/main.ts',
      'widgets/define.ts',
      'widgets/indicator-card/define.ts',
      'widgets/indicator-bars/define.ts',
      'widgets/indicator-trend/define.ts',
      'widgets/indicator-table/define.ts',
      'widgets/indicator-map/define.ts',
      'widgets/indicator-funnel/define.ts',
      'widgets/indicator-spc/define.ts',
      'widgets/reform-progress/define.ts',
      'widgets/lawgauge-dashboard/define.ts',
      // lawgauge/ssr: Node only (Lit's server renderer), never in a <script> bundle.
      'widgets/ssr/index.ts',
    ],
    // dist/src/… and dist/widgets/… mirror the repository, each .js beside its .d.ts.
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: '.', sourcemap: true },
    external: (id) => id.startsWith('node:') || dependencies.some((name) => id === name || id.startsWith(`${name}/`)),
    plugins: [json({ preferConst: true }), typescript({ tsconfig: './tsconfig.build.json' })],
    onwarn,
  },
  iife('widgets/iife.ts', 'dist/lawgauge.iife.min.js', 'LawGauge', [
    withoutAsOf,
    withoutGeometry,
    withoutExplainer,
    withoutExporter,
  ]),
  iife('widgets/indicator-card/define.ts', 'dist/lawgauge-indicator-card.iife.min.js', 'LawGaugeIndicatorCard', [
    withoutExplainer,
    withoutExporter,
  ]),
  iife('widgets/indicator-map/define.ts', 'dist/lawgauge-indicator-map.iife.min.js', 'LawGaugeIndicatorMap', [
    withoutGeometry,
    withoutExplainer,
    withoutExporter,
  ]),
  iife('widgets/indicator-funnel/define.ts', 'dist/lawgauge-indicator-funnel.iife.min.js', 'LawGaugeIndicatorFunnel', [
    withoutExplainer,
    withoutExporter,
  ]),
  iife('widgets/indicator-spc/define.ts', 'dist/lawgauge-indicator-spc.iife.min.js', 'LawGaugeIndicatorSpc', [
    withoutExplainer,
    withoutExporter,
  ]),
  iife('widgets/indicator-map/geometry-script.ts', 'dist/lawgauge-map-geometry.iife.min.js', 'LawGaugeMapGeometry'),
  iife('widgets/reform-progress/define.ts', 'dist/lawgauge-reform-progress.iife.min.js', 'LawGaugeReformProgress', [
    withoutAsOf,
    withoutExplainer,
    withoutExporter,
  ]),
  iife('widgets/base/explain-script.ts', 'dist/lawgauge-explain.iife.min.js', 'LawGaugeExplain'),
  iife('widgets/base/export-script.ts', 'dist/lawgauge-export.iife.min.js', 'LawGaugeExport'),
  iife('widgets/reform-progress/as-of-script.ts', 'dist/lawgauge-reform-as-of.iife.min.js', 'LawGaugeReformAsOf'),
  iife(
    'widgets/lawgauge-dashboard/compute-worker.ts',
    'dist/lawgauge-compute.worker.js',
    'LawGaugeComputeWorker',
    [],
    null,
    '',
  ),
];
