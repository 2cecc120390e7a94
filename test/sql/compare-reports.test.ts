import { describe, expect, test } from 'vitest';
import { builtInCatalog, evaluate, ingest } from '../../src/index.js';
import { reportDifferences } from '../../scripts/compare-reports.js';
import { generateRecords } from './support/generate-records.js';

describe('the differential comparison', () => {
  const catalog = builtInCatalog('court-case-quality');
  const table = ingest(catalog.datasets[0]!, generateRecords(catalog.datasets[0]!, { rows: 500, seed: 3 }));
  const reports = evaluate(catalog, { cases: table }, { by: 'district', from: '2019-01-01', to: '2019-06-30' });

  test('finds nothing between a Report and its copy', () => {
    expect(reportDifferences(reports, structuredClone(reports))).toEqual([]);
  });

  test('finds a value off by more than 1e-9, a changed flag and a missing row', () => {
    const changed = structuredClone(reports);
    const row = changed[5]!.rows.find((candidate) => candidate.value !== null)!;
    row.value = row.value! * (1 + 1e-7);
    expect(reportDifferences(reports, changed)).toHaveLength(1);
    const flagged = structuredClone(reports);
    flagged[0]!.rows[0]!.flag = 'suppressed';
    expect(reportDifferences(reports, flagged)[0]).toContain('flag');
    const shorter = structuredClone(reports);
    shorter[1]!.rows.pop();
    expect(reportDifferences(reports, shorter)[0]).toContain('length');
  });

  test('accepts rounding within 1e-9', () => {
    const rounded = structuredClone(reports);
    const row = rounded[6]!.rows.find((candidate) => candidate.value !== null && candidate.value !== 0)!;
    row.value = row.value! * (1 + 1e-12);
    expect(reportDifferences(reports, rounded)).toEqual([]);
  });
});
