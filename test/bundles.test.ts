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
