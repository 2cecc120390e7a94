import { describe, expect, it } from 'vitest';
import {
  compositeReport,
  compositeUncertainty,
  evaluate,
  ingest,
  LawGaugeError,
  parseCatalog,
  parseReport,
} from '../../src/index.js';

const label = (text: string) => ({ 'zh-CN': text, en: text });
const mean = (id: string, polarity: 'higher-better' | 'lower-better') => ({
  id,
  label: label(id),
  description: label(id),
  unit: 'score',
  polarity,
  dataset: 'scores',
  measure: { kind: 'mean', value: id.slice(-1), of: { time: { flow: 'day' } } },
});

/*
 * Units X, Y, Z in 2019:  a (higher better) 10, 20, 30 → min-max 0, 50, 100
 *                         b (lower better)   5,  1,  3 → 0, 100, 50
 *                         c (higher better) 0.2, —, 0.6 → 0, —, 100
 * p1 = mean(a, b): X 0, Y 75, Z 75.  p2 = c: X 0, Y none, Z 100.
 * index = 0.6·p1 + 0.4·p2 with weights renormalised over present pillars (min share 0.5):
 *   X 0; Y 75 (only p1, 0.6 ≥ 0.5); Z 0.6·75 + 0.4·100 = 85.
 */
function catalog(overrides: Record<string, unknown> = {}) {
  return parseCatalog({
    id: 'toy',
    label: label('toy'),
    datasets: [
      {
        id: 'scores',
        fields: [
          { name: 'day', type: 'date', required: true },
          { name: 'unit', type: 'string', required: true },
          { name: 'a', type: 'number' },
          { name: 'b', type: 'number' },
          { name: 'c', type: 'number' },
        ],
      },
    ],
    indicators: [mean('mean_a', 'higher-better'), mean('mean_b', 'lower-better'), mean('mean_c', 'higher-better')],
    composites: [
      { id: 'p1', label: label('p1'), children: [{ indicator: 'mean_a' }, { indicator: 'mean_b' }] },
      { id: 'p2', label: label('p2'), children: [{ indicator: 'mean_c' }] },
      {
        id: 'index',
        label: label('index'),
        children: [
          { composite: 'p1', weight: 0.6 },
          { composite: 'p2', weight: 0.4 },
        ],
        ...overrides,
      },
    ],
  });
}

const rows2019 = [
  { day: '2019-06-01', unit: 'X', a: 10, b: 5, c: 0.2 },
  { day: '2019-06-01', unit: 'Y', a: 20, b: 1, c: '' },
  { day: '2019-06-01', unit: 'Z', a: 30, b: 3, c: 0.6 },
];

function reportsFor(records: readonly Record<string, unknown>[], cat = catalog()) {
  return evaluate(
    cat,
    { scores: ingest(cat.datasets[0], records) },
    { period: 'year', from: '2019-01-01', to: '2020-12-31', by: 'unit' },
  );
}

describe('compositeReport(catalog, reports, {composite})', () => {
  const reports = reportsFor(rows2019);
  const index = compositeReport(catalog(), reports, { composite: 'index', rank: true });
  const row = (unit: string, period = '2019') =>
    index.rows.find((r) => r.group['unit'] === unit && r.period === period)!;

  it('normalises with direction, aggregates up the tree and renormalises over present pillars', () => {
    expect(row('X').value).toBe(0);
    expect(row('Y').value).toBe(75);
    expect(row('Z').value).toBeCloseTo(85, 12);
  });

  it("reports each pillar's contribution, which adds up to the value, and the leaves present", () => {
    expect(row('Z').components!['p1']).toBeCloseTo(45, 12);
    expect(row('Z').components!['p2']).toBeCloseTo(40, 12);
    expect(row('Y').components).toEqual({ p1: 75, p2: null });
    expect([row('X').n, row('Y').n, row('Z').n]).toEqual([3, 2, 3]);
  });

  it('ranks only when asked, 1 = best', () => {
    expect([row('Z').rank, row('Y').rank, row('X').rank]).toEqual([1, 2, 3]);
    expect(compositeReport(catalog(), reports, { composite: 'index' }).rows[0]).not.toHaveProperty('rank');
  });

  it('is a valid Report with no total row', () => {
    expect(() => parseReport(JSON.parse(JSON.stringify(index)))).not.toThrow();
    expect(index.rows.filter((r) => r.period === '2019').map((r) => r.group['unit'])).toEqual(['X', 'Y', 'Z']);
    expect(index.indicator).toMatchObject({ id: 'index', unit: 'score', measure: 'composite' });
  });

  it('gives no value below the minimum share of present weight', () => {
    const strict = compositeReport(catalog({ minShare: 0.7 }), reports, { composite: 'index' });
    expect(strict.rows.find((r) => r.group['unit'] === 'Y')).toMatchObject({ value: null, flag: 'no-data' });
  });

  it('compares years with fixed goalposts', () => {
    const goalposts = catalog({ normalisation: { method: 'goalposts', lo: 0, hi: 40, scale: 100 } });
    const twoYears = reportsFor(
      [
        ...rows2019,
        { day: '2020-06-01', unit: 'X', a: 20, b: 5, c: 0.2 },
        { day: '2020-06-01', unit: 'Z', a: 30, b: 3, c: 0.6 },
      ],
      goalposts,
    );
    const result = compositeReport(goalposts, twoYears, { composite: 'index' });
    const x2019 = result.rows.find((r) => r.group['unit'] === 'X' && r.period === '2019')!;
    const x2020 = result.rows.find((r) => r.group['unit'] === 'X' && r.period === '2020')!;
    // Goalposts [0, 40] on every indicator (lower-better b: (40 − 5)/40). X 2019: p1 = (25 + 87.5)/2 = 56.25,
    // p2 = 0.5 (0.2 of 40) → 0.6·56.25 + 0.4·0.5 = 33.95. In 2020 a rises to 20: p1 = 68.75 → 41.45.
    expect(x2019.value).toBeCloseTo(33.95, 10);
    expect(x2020.value).toBeCloseTo(41.45, 10);
    expect(x2020.change.previous!.delta).toBeCloseTo(7.5, 10);
  });

  it('leaves out an indicator equal in every unit (min-max undefined), renormalising and flagging the rows', () => {
    // a = 7 everywhere: p1 = b alone (X 0, Y 100, Z 50); index X 0, Y 100 (p2 absent), Z 0.6·50 + 0.4·100 = 70.
    const flat = compositeReport(catalog(), reportsFor(rows2019.map((r) => ({ ...r, a: 7 }))), { composite: 'index' });
    const flatRow = (unit: string) => flat.rows.find((r) => r.group['unit'] === unit && r.period === '2019')!;
    expect(['X', 'Y', 'Z'].map((unit) => flatRow(unit).value)).toEqual([0, 100, 70]);
    expect(['X', 'Y', 'Z'].map((unit) => flatRow(unit).flag)).toEqual([
      'indicator-excluded',
      'indicator-excluded',
      'indicator-excluded',
    ]);
    expect(['X', 'Y', 'Z'].map((unit) => flatRow(unit).n)).toEqual([2, 1, 2]);
    expect(() => parseReport(JSON.parse(JSON.stringify(flat)))).not.toThrow();
    // The same under z-scores (SD 0).
    const z = compositeReport(
      catalog({ normalisation: { method: 'zScore' } }),
      reportsFor(rows2019.map((r) => ({ ...r, a: 7 }))),
      { composite: 'index' },
    );
    expect(z.rows.filter((r) => r.period === '2019').map((r) => r.flag)).toEqual([
      'indicator-excluded',
      'indicator-excluded',
      'indicator-excluded',
    ]);
    // Rows of the original data carry no flag.
    expect(index.rows.filter((r) => r.period === '2019').map((r) => r.flag)).toEqual([null, null, null]);
  });

  it('errors clearly when Reports are missing', () => {
    expect(() => compositeReport(catalog(), reports.slice(1), { composite: 'index' })).toThrow(
      'reports: no Report for mean_a; evaluate these indicators first',
    );
    expect(() => compositeReport(catalog(), reports, { composite: 'nope' })).toThrow(LawGaugeError);
  });
});

describe('compositeUncertainty(catalog, reports, options)', () => {
  const reports = reportsFor(rows2019);
  it("is deterministic for a seed and brackets each unit's rank", () => {
    const options = { composite: 'index', period: '2019', runs: 200, seed: 7 };
    const first = compositeUncertainty(catalog(), reports, options);
    expect(compositeUncertainty(catalog(), reports, options)).toEqual(first);
    for (const unit of first) {
      expect(unit.low!).toBeLessThanOrEqual(unit.medianRank!);
      expect(unit.medianRank!).toBeLessThanOrEqual(unit.high!);
      expect(unit.low!).toBeGreaterThanOrEqual(1);
      expect(unit.high!).toBeLessThanOrEqual(3);
    }
    expect(first.map((unit) => unit.nominalRank)).toEqual([3, 2, 1]);
  });

  it("with no noise and the catalog's own normalisation, every run gives the nominal rank", () => {
    const still = compositeUncertainty(catalog(), reports, {
      composite: 'index',
      runs: 20,
      weightNoise: 0,
      normalisations: [{ method: 'minMax', range: [0, 100] }],
    });
    expect(still.map(({ nominalRank, medianRank, low, high }) => [nominalRank, medianRank, low, high])).toEqual([
      [3, 3, 3, 3],
      [2, 2, 2, 2],
      [1, 1, 1, 1],
    ]);
  });
});

describe('compositeReport and compositeUncertainty: options checked as evaluate() checks its own', () => {
  const reports = reportsFor(rows2019);
  const refusal = (run: () => unknown): LawGaugeError => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(LawGaugeError);
      return error as LawGaugeError;
    }
    throw new Error('not refused');
  };

  it('refuses a misspelt option with unknown_key instead of ignoring it', () => {
    const ranked = refusal(() => compositeReport(catalog(), reports, { composite: 'index', rnak: true } as never));
    expect(ranked.code).toBe('invalid_argument');
    expect(ranked.message).toBe('options.rnak: unknown key "rnak"; did you mean "rank"?');
    expect(ranked.issues[0]).toMatchObject({
      code: 'unknown_key',
      path: ['rnak'],
      params: { key: 'rnak', suggestion: 'rank' },
    });
    const noisy = refusal(() => compositeUncertainty(catalog(), reports, { composite: 'index', noise: 0.5 } as never));
    expect(noisy.message).toBe('options.noise: unknown key "noise"');
  });

  it('still takes every documented option', () => {
    expect(() => compositeReport(catalog(), reports, { composite: 'index', rank: true })).not.toThrow();
  });
});
