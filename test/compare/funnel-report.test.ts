import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { funnel, spc } from '../../src/compare/index.js';
import { builtInCatalog, evaluate, ingest, LawGaugeError, TOTAL } from '../../src/index.js';
import { monthlyReport, type RowSpec } from '../support/compare-report.js';

/** One month of districts a … e with y of n, and the total row. */
function month(period: string, counts: readonly (readonly [number, number])[]): RowSpec[] {
  const rows: RowSpec[] = counts.map(([y, n], i) => ({
    period,
    district: String.fromCharCode(97 + i),
    value: n === 0 ? null : y / n,
    numerator: y,
    denominator: n,
  }));
  const y = counts.reduce((sum, [count]) => sum + count, 0);
  const n = counts.reduce((sum, [, size]) => sum + size, 0);
  return [...rows, { period, value: y / n, numerator: y, denominator: n }];
}

const spread = [
  [10, 100],
  [20, 100],
  [30, 100],
  [40, 100],
  [50, 100],
] as const;

describe('funnel(report)', () => {
  it('compares the group rows of each period; the total row gets none', () => {
    // As in funnel.test.ts: p0 = 0.3; τ² = 0.0157 with overdispersion, positions all within; without, spread out.
    const report = monthlyReport(
      [
        ...month('2019-01', spread),
        ...month('2019-02', [
          [29, 100],
          [30, 100],
          [31, 100],
        ]),
      ],
      { measure: 'rate' },
    );
    const result = funnel(report);
    expect(result.periods).toHaveLength(2);
    expect(result.periods[0]!).toMatchObject({ period: '2019-01', k: 5, tau2: expect.closeTo(0.0157, 12) });
    expect(result.periods[1]!).toMatchObject({ period: '2019-02', k: 3, phi: expect.closeTo(1.28 / 63, 12), tau2: 0 });
    expect(result.rows[5]).toBeNull();
    expect(result.rows[9]).toBeNull();
    expect(result.rows.slice(0, 5).map((row) => row!.position)).toEqual(Array(5).fill('within'));
    expect(result.rows[0]).toMatchObject({ target: 0.3, lower95: expect.closeTo(0.03850819, 8), lower998: 0 });

    const plain = funnel(report, { overdispersion: false, period: '2019-01' });
    expect(plain.periods).toEqual([{ period: '2019-01', k: 5, phi: null, tau2: 0 }]);
    expect(plain.rows.slice(0, 5).map((row) => row!.position)).toEqual([
      'below-998',
      'below-95',
      'within',
      'above-95',
      'above-998',
    ]);
    expect(plain.rows.slice(6).every((row) => row === null)).toBe(true);
  });

  it('leaves out groups with n = 0, suppressed or without a value, from p0, k and the rows', () => {
    const rows = month('2019-01', [...spread, [0, 0]]);
    rows.splice(5, 0, { period: '2019-01', district: 'g', value: null, flag: 'suppressed' });
    const result = funnel(monthlyReport(rows, { measure: 'rate' }));
    expect(result.periods[0]!.k).toBe(5);
    expect(result.rows[5]).toBeNull();
    expect(result.rows[6]).toBeNull();
    expect(result.rows[0]!.target).toBe(0.3);
  });

  it('uses a given target instead of Σy/Σn', () => {
    const result = funnel(monthlyReport(month('2019-01', spread), { measure: 'rate' }), { target: 0.5 });
    expect(result.rows[0]!.target).toBe(0.5);
  });

  it('refuses a non-rate indicator, a period the Report does not have, and a target outside [0, 1]', () => {
    const count = monthlyReport([{ period: '2019-01', value: 3 }]);
    expect(() => funnel(count)).toThrow(
      /report: a funnel plot needs a rate .*indicator "test_indicator" has measure "count"/,
    );
    const rate = monthlyReport(month('2019-01', spread), { measure: 'rate' });
    expect(() => funnel(rate, { period: '2019-13' })).toThrow(
      /options\.period: the Report has no period "2019-13"; it has 2019-01/,
    );
    expect(() => funnel(rate, { target: 1.5 })).toThrow(
      /options\.target: expected a finite number in \[0, 1\], got 1\.5/,
    );
    expect(() => funnel(rate, { target: 1.5 })).toThrow(LawGaugeError);
  });
});

describe('spc() and funnel() on an evaluated Report: the seed patrol checks', () => {
  const catalog = builtInCatalog('police-presence');
  const dataset = catalog.datasets.find((one) => one.id === 'patrol_checks')!;
  const records = JSON.parse(
    readFileSync(new URL('../../seeds/patrol_checks.json', import.meta.url), 'utf8'),
  ) as unknown[];
  const [report] = evaluate(
    catalog,
    { patrol_checks: ingest(dataset, records) },
    {
      from: '2018-01-01',
      to: '2020-12-31',
      period: 'month',
      by: 'district',
      indicators: ['street_visibility_rate'],
      suppressBelow: 6,
    },
  );

  it('tells the April 2019 patrol reform from noise on the total series, and stops doing so with the reform as a phase', () => {
    const total = (result: ReturnType<typeof spc>, from = '2018-01'): string[] =>
      report!.rows.flatMap((row, i) =>
        row.group['district'] === TOTAL && row.period >= from ? [result.rows[i]!.variation] : [],
      );
    // The generator lifts visibility by about 8 points: from 2019-04 the total stays above the 2018–2020
    // centre for 10 months (a shift), which p′ shows as improvement.
    const plain = spc(report!, { chart: 'pprime' });
    expect(total(plain, '2019-04').slice(0, 10)).toEqual(Array(10).fill('improvement'));
    // With the reform as a phase break, each side is judged on its own level: no signal is left.
    const phased = spc(report!, { chart: 'pprime', phases: ['2019-04'] });
    expect(phased.series.find((one) => one.group['district'] === TOTAL)!.phases).toEqual([
      { period: '2018-01', baseline: 15 },
      { period: '2019-04', baseline: 21 },
    ]);
    expect(new Set(total(phased))).toEqual(new Set(['common']));
  });

  it('gives every row with a value a chart point, and each month a funnel of the districts', () => {
    const chart = spc(report!, { chart: 'xmr' });
    const compared = funnel(report!);
    report!.rows.forEach((row, i) => {
      expect(chart.rows[i] !== null).toBe(row.value !== null && row.flag !== 'suppressed');
      expect(compared.rows[i] !== null).toBe(
        row.group['district'] !== TOTAL && row.value !== null && row.flag !== 'suppressed',
      );
    });
    expect(compared.periods).toHaveLength(36);
    expect(compared.periods.every((period) => period.k >= 2 && period.k <= 16)).toBe(true);
  });
});
