// Issue 20: an indicator with the same value in every unit in one period (on_time_closure_rate is
// 100% in every district in 2017-Q3 of the seed data) must not abort the index. Min-max and z-scores
// are undefined for it (max = min, SD = 0), so it is left out of that period's aggregate with the
// weights renormalised over the other indicators (OECD/JRC handbook; COINr's result, where the
// undefined normalised values are missing and aggregation skips them), and the rows are flagged.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  builtInCatalog,
  compositeReport,
  compositeUncertainty,
  evaluate,
  ingest,
  parseReport,
} from '../../src/index.js';
import { normalise } from '../../src/internal.js';

describe('normalise: a constant column', () => {
  it('min-max and z-scores give no value to any unit (the indicator drops out), instead of an error', () => {
    expect(normalise([2, 2, null], { method: 'minMax' }, 1)).toEqual([null, null, null]);
    expect(normalise([1, 1, 1], { method: 'minMax', range: [0, 1] }, -1)).toEqual([null, null, null]);
    expect(normalise([2, 2], { method: 'zScore' }, 1)).toEqual([null, null]);
    // One unit: no spread either.
    expect(normalise([5, null], { method: 'minMax' }, 1)).toEqual([null, null]);
    expect(normalise([5], { method: 'zScore' }, 1)).toEqual([null]);
  });

  it('other methods are defined for a constant column and keep their values', () => {
    expect(normalise([2, 2], { method: 'goalposts', lo: 0, hi: 4 }, 1)).toEqual([0.5, 0.5]);
    expect(normalise([2, 2], { method: 'percentileRank' }, 1)).toEqual([0.5, 0.5]);
    // A fixed mean and SD do not depend on the units' spread.
    expect(normalise([2, 2], { method: 'zScore', mean: 1, sd: 2 }, 1)).toEqual([0.5, 0.5]);
  });
});

describe('case_quality_index on the seed data by quarter, 2017–2019', () => {
  const catalog = builtInCatalog('court-case-quality');
  const records = JSON.parse(readFileSync(new URL('../../seeds/cases.json', import.meta.url), 'utf8')) as unknown[];
  const cases = ingest(catalog.datasets[0], records);
  const reports = evaluate(
    catalog,
    { cases },
    { period: 'quarter', from: '2017-01-01', to: '2019-12-31', by: 'district' },
  );
  const onTime = reports.find((report) => report.indicator.id === 'on_time_closure_rate')!;

  it('has a quarter where on_time_closure_rate is the same in every district (the case that used to abort)', () => {
    const q3 = onTime.rows.filter(
      (row) => row.period === '2017-Q3' && row.group['district'] !== '*' && row.value !== null,
    );
    expect(q3.length).toBeGreaterThan(1);
    expect(new Set(q3.map((row) => row.value))).toEqual(new Set([1]));
  });

  it('computes the index without error; 2017-Q3 rows carry the indicator-excluded flag, with values in [0, 100]', () => {
    const index = compositeReport(catalog, reports, { composite: 'case_quality_index', rank: true });
    expect(() => parseReport(JSON.parse(JSON.stringify(index)))).not.toThrow();
    const q3 = index.rows.filter((row) => row.period === '2017-Q3');
    expect(q3.length).toBeGreaterThan(1);
    for (const row of q3) {
      if (row.value === null) expect(row.flag).toBe('no-data');
      else {
        expect(row.flag).toBe('indicator-excluded');
        expect(row.value).toBeGreaterThanOrEqual(0);
        expect(row.value).toBeLessThanOrEqual(100);
        const { fairness, efficiency, effect } = row.components!;
        expect((fairness ?? 0) + (efficiency ?? 0) + (effect ?? 0)).toBeCloseTo(row.value, 9);
      }
    }
    expect(q3.some((row) => row.value !== null)).toBe(true);
    // Periods where every indicator varies across districts carry no such flag.
    const flagged = new Set(index.rows.filter((row) => row.flag === 'indicator-excluded').map((row) => row.period));
    expect(flagged.has('2017-Q3')).toBe(true);
    expect(flagged.size).toBeLessThan(new Set(index.rows.map((row) => row.period)).size);
    // Every flagged period really has a leaf indicator with one value across the districts.
    for (const period of flagged) {
      const constant = reports.some((report) => {
        const values = report.rows
          .filter((row) => row.period === period && row.group['district'] !== '*' && row.value !== null)
          .map((row) => row.value);
        return values.length > 0 && new Set(values).size === 1;
      });
      expect(constant, period).toBe(true);
    }
  });

  it('the uncertainty analysis runs on that quarter too', () => {
    const intervals = compositeUncertainty(catalog, reports, {
      composite: 'case_quality_index',
      period: '2017-Q3',
      runs: 50,
      seed: 3,
    });
    expect(intervals.length).toBeGreaterThan(1);
  });
});
