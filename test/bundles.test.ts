import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The <script> bundles begin with V8's explicit compile hint, so Chrome (136+) compiles their
// functions while it streams the file in, not on the main thread during a page's first render
// (rollup.config.mjs). The hint only counts as the file's first comment. The compute worker's
// compiling never blocks a page, so it goes without. Needs `npm run build` first.
const dist = new URL('../dist/', import.meta.url).pathname;
const HINT = '//# allFunctionsCalledOnLoad\n';

describe('the <script> bundles', () => {
  const bundles = readdirSync(dist).filter((name) => name.endsWith('.iife.min.js'));

  it('start with the compile hint', () => {
    expect(bundles).toEqual(
      expect.arrayContaining([
        'lawgauge.iife.min.js',
        'lawgauge-indicator-card.iife.min.js',
        'lawgauge-indicator-map.iife.min.js',
        'lawgauge-indicator-funnel.iife.min.js',
        'lawgauge-indicator-spc.iife.min.js',
        'lawgauge-map-geometry.iife.min.js',
        'lawgauge-reform-progress.iife.min.js',
        'lawgauge-reform-as-of.iife.min.js',
        'lawgauge-explain.iife.min.js',
      ]),
    );
    for (const name of bundles) expect(readFileSync(join(dist, name), 'utf8').startsWith(HINT), name).toBe(true);
  });

  it('carry their CSS without comments and spare whitespace (rollup.config.mjs, minifyCss)', () => {
    const card = readFileSync(join(dist, 'lawgauge-indicator-card.iife.min.js'), 'utf8');
    expect(card).toContain(':host{');
    expect(card).toContain('--lg-bg:#');
    expect(card).not.toMatch(/\n\s+--lg-/);
  });

  it('leave the worker without it', () => {
    expect(readFileSync(join(dist, 'lawgauge-compute.worker.js'), 'utf8')).not.toContain('allFunctionsCalledOnLoad');
  });
});

// Lit ships a development build under the package-exports condition 'development', which the
// resolver picks whenever NODE_ENV is set to anything but "production" (vitest sets "test", and
// the examples test starts `npm start`, which may rebuild dist/): the bundles must name the
// condition themselves.
describe("the <script> bundles' resolver", () => {
  it("takes Lit's production build whatever NODE_ENV says", async () => {
    const { rollup } = await import('rollup');
    // By URL: the config is plain JavaScript, outside the type-checked sources.
    const configUrl = new URL('../rollup.config.mjs', import.meta.url).href;
    const { default: configs } = (await import(configUrl)) as { default: { plugins?: { name: string }[] }[] };
    const resolver = configs.flatMap((config) => config.plugins ?? []).find((plugin) => plugin.name === 'node-resolve');
    expect(process.env['NODE_ENV']).toBe('test');
    const entry = {
      name: 'entry',
      resolveId: (id: string) => (id === 'entry' ? id : null),
      load: (id: string) => (id === 'entry' ? "export { html } from 'lit';" : null),
    };
    const bundle = await rollup({ input: 'entry', plugins: [entry, resolver as never], logLevel: 'silent' });
    const { output } = await bundle.generate({ format: 'es' });
    const code = output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
    expect(code).toContain('html');
    expect(code).not.toContain('Lit is in dev mode');
  });
});
