import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

// `npm test` builds before the unit tests; these are the files a browser page loads.
const bundles = readdirSync(new URL('../../dist/', import.meta.url)).filter((name) => /^lawgauge.*\.js$/.test(name));

describe('browser bundles carry no SQL engine code', () => {
  test('there are bundles to check', () => {
    expect(bundles).toEqual(expect.arrayContaining(['lawgauge.iife.min.js', 'lawgauge-compute.worker.js']));
  });

  test.each(bundles)('%s has neither the SQL compiler nor a database driver', (name) => {
    const text = readFileSync(new URL(`../../dist/${name}`, import.meta.url), 'utf8');
    for (const marker of ['GROUPING SETS', 'generate_series', '@duckdb/node-api', 'node-postgres', 'default_format'])
      expect(text).not.toContain(marker);
  });
});
