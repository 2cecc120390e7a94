import { describe, expect, it } from 'vitest';
import { generateCases } from '../../scripts/seeds/cases.js';
import { builtInCatalog, compositeReport, compositeUncertainty, evaluate, ingest } from '../../src/index.js';

describe('case_quality_index on 20,000 generated cases, by district, 2019', () => {
  const catalog = builtInCatalog('court-case-quality');
  const cases = ingest(catalog.datasets[0], generateCases({ count: 20_000, seed: 11 }));
  const reports = evaluate(
    catalog,
    { cases },
    { period: 'year', from: '2019-01-01', to: '2019-12-31', by: 'district' },
  );
  const index = compositeReport(catalog, reports, { composite: 'case_quality_index', rank: true });

  it('scores all 16 districts within [0, 100], pillars weighted 45 / 30 / 25', () => {
    expect(index.rows).toHaveLength(16);
    for (const row of index.rows) {
      expect(row.value).toBeGreaterThanOrEqual(0);
      expect(row.value).toBeLessThanOrEqual(100);
      const { fairness, efficiency, effect } = row.components!;
      expect(fairness! + efficiency! + effect!).toBeCloseTo(row.value!, 9);
      // Each pillar's contribution is its weight times a 0–100 score.
      expect(fairness!).toBeLessThanOrEqual(45 + 1e-9);
      expect(efficiency!).toBeLessThanOrEqual(30 + 1e-9);
      expect(effect!).toBeLessThanOrEqual(25 + 1e-9);
    }
    expect(new Set(index.rows.map((row) => row.rank))).toEqual(new Set(Array.from({ length: 16 }, (_, i) => i + 1)));
  });

  it('gives each district a rank interval from 500 seeded runs', () => {
    const intervals = compositeUncertainty(catalog, reports, {
      composite: 'case_quality_index',
      runs: 500,
      seed: 2019,
    });
    expect(intervals).toHaveLength(16);
    for (const unit of intervals) {
      expect(unit.low!).toBeLessThanOrEqual(unit.high!);
      expect(unit.nominalRank).toBe(index.rows.find((row) => row.group['district'] === unit.group['district'])!.rank);
    }
  });
});
