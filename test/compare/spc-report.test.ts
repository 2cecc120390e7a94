import { describe, expect, it } from 'vitest';
import { carriedSpc, funnel, spc, withFunnel, withSpc } from '../../src/compare/index.js';
import { builtInCatalog, checkReportShape, evaluate, LawGaugeError, wordIssue, ZH_CN_ISSUES } from '../../src/index.js';
import { monthlyReport, months, type RowSpec } from '../support/compare-report.js';

const series = (values: (number | null)[], district = '*', first = 0): RowSpec[] =>
  months(values.length, first).map((period, i) => ({ period, district, value: values[i]! }));

describe('spc(report, {chart: "xmr"})', () => {
  it('by hand on one series: limits, rules and variation per row', () => {
    // 10, 12, 11, 14, 13 as baseline: centre 12, mR̄ 1.75, limits 7.345 / 16.655; then 17 is outside.
    const report = monthlyReport(series([10, 12, 11, 14, 13, 17]));
    const result = spc(report, { chart: 'xmr', baseline: 5 });
    const last = result.rows[5]!;
    expect(last.centre).toBe(12);
    expect(last.upper).toBeCloseTo(16.655, 12);
    expect(last.rules).toEqual(['outside']);
    expect(last.variation).toBe('improvement');
    expect(result.rows[0]).toMatchObject({ rules: [], variation: 'common' });
    expect(result.series).toHaveLength(1);
    expect(result.series[0]!.phases).toEqual([{ period: '2019-01', baseline: 5 }]);
    expect(result.series[0]!.flags).toEqual(['short_baseline']);
    expect(result.series[0]!.assurance).toBeNull();
  });

  it('treats each group and the total as its own series, in period order whatever the row order', () => {
    const rows = [
      ...series([1, 2, 3, 4, 5, 6, 7], 'a'),
      ...series([7, 6, 5, 4, 3, 2, 1], 'b'),
      ...series([4, 4, 4, 4, 4, 4, 4]),
    ];
    const report = monthlyReport([...rows].reverse());
    const result = spc(report, { chart: 'xmr' });
    expect(result.series.map((one) => one.group)).toEqual([{ district: '*' }, { district: 'b' }, { district: 'a' }]);
    const byDistrict = (district: string): string[] =>
      report.rows.flatMap((row, i) => (row.group['district'] === district ? [result.rows[i]!.variation] : []));
    // a rises 6 times in a row: a trend, improvement for higher-better. Centre 4, mR̄ 1: limits 4 ∓ 2.66,
    // two-sigma lines 4 ∓ 1.7733, so 1 is outside below and 1, 2 are two of three below: those two are
    // marked both ways, concern. b falls: concern throughout. The total is flat: common.
    expect(byDistrict('a').reverse()).toEqual(['concern', 'concern', ...Array(5).fill('improvement')]);
    expect(byDistrict('b')).toEqual(Array(7).fill('concern'));
    expect(byDistrict('*')).toEqual(Array(7).fill('common'));
    expect(result.series[0]!.rows.map((i) => report.rows[i]!.period)).toEqual(months(7));
  });

  it('gives suppressed rows and rows without a value nothing; moving ranges join the values around them', () => {
    const rows = series([10, null, 12, 11, 14, 13]);
    rows.splice(4, 1, { period: '2019-05', value: null, flag: 'suppressed' });
    // Present: 10, 12, 11, 13 → centre 46/4 = 11.5; ranges |12−10|, |11−12|, |13−11| = 2, 1, 2 → mR̄ 5/3.
    const result = spc(monthlyReport(rows), { chart: 'xmr' });
    expect(result.rows[1]).toBeNull();
    expect(result.rows[4]).toBeNull();
    expect(result.rows[0]!.centre).toBe(11.5);
    expect(result.rows[5]!.upper).toBeCloseTo(11.5 + (2.66 * 5) / 3, 12);
    expect(result.series[0]!.rows).toEqual([0, 1, 2, 3, 4, 5]);
    expect(result.series[0]!.phases).toEqual([{ period: '2019-01', baseline: 4 }]);
  });

  it('a suppressed row takes no part even if a value were left on it', () => {
    const rows = series([10, 12, 11, 14]);
    rows.splice(1, 1, { period: '2019-02', value: 1000, flag: 'suppressed' });
    const result = spc(monthlyReport(rows), { chart: 'xmr' });
    expect(result.rows[1]).toBeNull();
    expect(result.rows[0]!.centre).toBeCloseTo(35 / 3, 12);
  });

  it('flags a baseline under 12 values, and gives none under 2 any limits', () => {
    const twelve = spc(monthlyReport(series(Array.from({ length: 12 }, (_, i) => i % 3))), { chart: 'xmr' });
    expect(twelve.series[0]!.flags).toEqual([]);
    const eleven = spc(monthlyReport(series(Array.from({ length: 12 }, (_, i) => i % 3))), {
      chart: 'xmr',
      baseline: 11,
    });
    expect(eleven.series[0]!.flags).toEqual(['short_baseline']);
    const single = spc(monthlyReport(series([null, 5, null])), { chart: 'xmr' });
    expect(single.rows[1]).toEqual({
      centre: 5,
      lower: null,
      upper: null,
      twoSigmaLower: null,
      twoSigmaUpper: null,
      rules: [],
      variation: 'common',
    });
    expect(single.series[0]!.flags).toEqual(['short_baseline']);
    expect(single.series[0]!.assurance).toBeNull();
  });

  it('phases: each gets its own baseline and limits, and runs stop at the break', () => {
    // 2019: 12 months around 50; 2020: a reform lifts the level to 60.
    const before = [50, 52, 49, 51, 50, 48, 52, 51, 49, 50, 51, 47];
    const after = [60, 61, 59, 62, 60, 61, 58, 60, 61, 59, 60, 59];
    const report = monthlyReport(series([...before, ...after]));
    const plain = spc(report, { chart: 'xmr' });
    // Without a break, 2020 is one long shift above the overall centre.
    expect(plain.rows.slice(12).every((row) => row!.rules.includes('shift'))).toBe(true);
    const phased = spc(report, { chart: 'xmr', phases: ['2020-01'] });
    expect(phased.series[0]!.phases).toEqual([
      { period: '2019-01', baseline: 12 },
      { period: '2020-01', baseline: 12 },
    ]);
    // centre 600/12 = 50 before; 720/12 = 60 after.
    expect(phased.rows[0]!.centre).toBe(50);
    expect(phased.rows[12]!.centre).toBe(60);
    expect(phased.rows.every((row) => row!.variation === 'common')).toBe(true);
    expect(phased.series[0]!.flags).toEqual([]);
  });

  it('a phase period without a value in a series starts that series’ phase at its next value', () => {
    const report = monthlyReport(series([1, 2, 3, null, 10, 12, 14]));
    const result = spc(report, { chart: 'xmr', phases: ['2019-04'] });
    expect(result.series[0]!.phases).toEqual([
      { period: '2019-01', baseline: 3 },
      { period: '2019-05', baseline: 3 },
    ]);
    expect(result.rows[4]!.centre).toBe(12);
  });

  it('assurance on the last limits against the target', () => {
    // Last phase 2020: centre 60, ranges 1, 2, 3, 2, 1, 3, 2, 1, 2, 1, 1 → mR̄ 19/11; limits 60 ∓ 4.594545 → 55.405455, 64.594545.
    const values = [50, 52, 49, 51, 50, 48, 52, 51, 49, 50, 51, 47, 60, 61, 59, 62, 60, 61, 58, 60, 61, 59, 60, 59];
    const report = monthlyReport(series(values));
    const at = (target: number, polarity: 'higher-better' | 'lower-better' | 'neutral'): unknown =>
      spc(monthlyReport(series(values), { polarity }), { chart: 'xmr', phases: ['2020-01'], target }).series[0]!
        .assurance;
    expect(spc(report, { chart: 'xmr', phases: ['2020-01'] }).rows[23]!.lower).toBeCloseTo(60 - (2.66 * 19) / 11, 12);
    expect(at(55, 'higher-better')).toBe('pass');
    expect(at(60, 'higher-better')).toBe('inconsistent');
    expect(at(65, 'higher-better')).toBe('fail');
    expect(at(55, 'lower-better')).toBe('fail');
    expect(at(60, 'lower-better')).toBe('inconsistent');
    expect(at(65, 'lower-better')).toBe('pass');
    expect(at(60, 'neutral')).toBeNull();
    // The indicator's own target when none is given.
    const withTarget = monthlyReport(series(values), { target: 50 });
    expect(spc(withTarget, { chart: 'xmr', phases: ['2020-01'] })).toMatchObject({
      target: 50,
      series: [{ assurance: 'pass' }],
    });
  });

  it('a limit exactly on the target passes, as a value meeting the target does', () => {
    // Baseline [0, 1]: limits 0.5 ∓ 2.66.
    const report = monthlyReport(series([0, 1, 0.5]), { polarity: 'higher-better' });
    expect(spc(report, { chart: 'xmr', baseline: 2, target: 0.5 - 2.66 }).series[0]!.assurance).toBe('pass');
    expect(spc(report, { chart: 'xmr', baseline: 2, target: 0.5 + 2.66 }).series[0]!.assurance).toBe('inconsistent');
  });
});

describe('spc(report): lines clipped to the values the measure can take', () => {
  it('a rate whose XmR upper limit and two-sigma line lie above 100% is drawn at 1', () => {
    // 9/10, 10/10, 8/10, 10/10, 9/10, 10/10: centre 5.6 / 6 = 0.933333, mR̄ (0.1 + 0.2 + 0.2 + 0.1 + 0.1) / 5
    // = 0.14; upper 0.933333 + 2.66 × 0.14 = 1.305733 → 1, two-sigma 0.933333 + 1.7733 × 0.14 = 1.181595 → 1;
    // lower 0.560933 and two-sigma lower 0.685071 stay. The 100% months are on the limit, not beyond it.
    const numerators = [9, 10, 8, 10, 9, 10];
    const report = monthlyReport(
      months(6).map((period, i) => ({
        period,
        value: numerators[i]! / 10,
        numerator: numerators[i]!,
        denominator: 10,
      })),
      { measure: 'rate' },
    );
    const result = spc(report, { chart: 'xmr' });
    for (const row of result.rows) {
      expect(row!.centre).toBeCloseTo(0.933333, 6);
      expect(row!.upper).toBe(1);
      expect(row!.twoSigmaUpper).toBe(1);
      expect(row!.lower).toBeCloseTo(0.560933, 6);
      expect(row!.twoSigmaLower).toBeCloseTo(0.685071, 6);
      expect(row!.rules).toEqual([]);
      expect(row!.variation).toBe('common');
    }
    // The same numbers as an unbounded measure (a mean) keep their limits.
    const mean = spc(monthlyReport(series(numerators.map((y) => y / 10)), { measure: 'mean' }), { chart: 'xmr' });
    expect(mean.rows[0]!.upper).toBeCloseTo(1.305733, 6);
    expect(mean.rows[0]!.twoSigmaUpper).toBeCloseTo(1.181595, 6);
  });

  it('a count whose lower limit is negative is drawn at 0, and a 0 is not beyond it', () => {
    // 2, 0, 3, 0, 1, 0: centre 1, mR̄ (2 + 3 + 3 + 1 + 1) / 5 = 2; lower 1 − 5.32 → 0, two-sigma
    // 1 − 3.5466 → 0; upper 6.32 and two-sigma 4.5466 stay. Three 0s on the clipped lines: no signal.
    const result = spc(monthlyReport(series([2, 0, 3, 0, 1, 0])), { chart: 'xmr' });
    for (const row of result.rows) {
      expect(row).toMatchObject({ centre: 1, lower: 0, twoSigmaLower: 0, rules: [], variation: 'common' });
      expect(row!.upper).toBeCloseTo(6.32, 12);
      expect(row!.twoSigmaUpper).toBeCloseTo(4.5466, 12);
    }
    // A disposition time (stock ÷ flow × days) cannot be negative either; a sum can.
    const turnover = spc(monthlyReport(series([2, 0, 3, 0, 1, 0]), { measure: 'turnoverDays' }), { chart: 'xmr' });
    expect(turnover.rows[0]!.lower).toBe(0);
    const sum = spc(monthlyReport(series([2, 0, 3, 0, 1, 0]), { measure: 'sum' }), { chart: 'xmr' });
    expect(sum.rows[0]!.lower).toBeCloseTo(-4.32, 12);
    expect(sum.rows[0]!.twoSigmaLower).toBeCloseTo(-2.5466, 12);
  });

  it('a composite (no measure kind) is not clipped', () => {
    const result = spc(monthlyReport(series([2, 0, 3, 0, 1, 0]), { measure: 'composite' }), { chart: 'xmr' });
    expect(result.rows[0]!.lower).toBeCloseTo(-4.32, 12);
  });
});

describe('spc(report, {chart: "pprime"})', () => {
  it('by hand: 20/100, 45/300, 10/50, 25/150 (limits as in limits.test.ts)', () => {
    const counts = [
      [20, 100],
      [45, 300],
      [10, 50],
      [25, 150],
    ] as const;
    const report = monthlyReport(
      months(4).map((period, i) => ({
        period,
        value: counts[i]![0] / counts[i]![1],
        numerator: counts[i]![0],
        denominator: counts[i]![1],
      })),
      { measure: 'rate' },
    );
    const result = spc(report, { chart: 'pprime' });
    expect(result.rows[0]!.centre).toBe(1 / 6);
    expect(result.rows[0]!.upper).toBeCloseTo(0.2891922, 7);
    expect(result.rows[2]!.lower).toBe(0);
  });

  it('refuses an indicator that is not a rate, naming it and its measure', () => {
    const report = monthlyReport(series([1, 2, 3]));
    expect(() => spc(report, { chart: 'pprime' })).toThrow(LawGaugeError);
    expect(() => spc(report, { chart: 'pprime' })).toThrow(/indicator "test_indicator" has measure "count"/);
  });
});

describe('spc(report, options): invalid options name the value', () => {
  const report = monthlyReport(series([1, 2, 3]));
  it.each([
    [{ chart: 'xmr', baseline: 1 }, /options\.baseline: expected a whole number of values ≥ 2, got 1/],
    [{ chart: 'xmr', baseline: 2.5 }, /got 2\.5/],
    [{ chart: 'xmr', baseline: Number.NaN }, /got NaN/],
    [
      { chart: 'xmr', phases: ['2019-02', '2021-07'] },
      /options\.phases\[1\]: the Report has no period "2021-07"; it has 2019-01, 2019-02, 2019-03/,
    ],
    [{ chart: 'xmr', target: Number.POSITIVE_INFINITY }, /options\.target: expected a finite number, got Infinity/],
    [{ chart: 'pie' }, /options\.chart: expected "xmr" or "pprime", got "pie"/],
  ])('%j', (options, message) => {
    const run = (): unknown => spc(report, options as never);
    expect(run).toThrow(message);
    try {
      run();
    } catch (error) {
      expect((error as LawGaugeError).code).toBe('invalid_argument');
    }
  });
});

describe('spc() and funnel(): options are checked as evaluate() checks its own', () => {
  const report = monthlyReport(series([1, 2, 3]));
  const rate = monthlyReport(
    months(3).map((period) => ({ period, value: 0.5, numerator: 5, denominator: 10 })),
    { measure: 'rate' },
  );
  const refusal = (run: () => unknown): LawGaugeError => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(LawGaugeError);
      return error as LawGaugeError;
    }
    throw new Error('not refused');
  };

  it('refuses a misspelt option with unknown_key, worded as evaluate words its own', () => {
    const error = refusal(() => funnel(rate, { overdisperson: false } as never));
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toBe('options.overdisperson: unknown key "overdisperson"; did you mean "overdispersion"?');
    expect(error.issues).toEqual([
      {
        code: 'unknown_key',
        path: ['overdisperson'],
        message: 'unknown key "overdisperson"; did you mean "overdispersion"?',
        params: { key: 'overdisperson', suggestion: 'overdispersion' },
      },
    ]);
    expect(wordIssue(ZH_CN_ISSUES, error.issues[0]!)).toBe('未知的键 "overdisperson"；是否要用 "overdispersion"？');
    // The same issue evaluate() gives for its misspelt option.
    const evaluated = refusal(() => evaluate(builtInCatalog('police-presence'), {}, { minSampel: 10 } as never));
    expect(evaluated.issues[0]).toMatchObject({
      code: 'unknown_key',
      params: { key: 'minSampel', suggestion: 'minSample' },
    });
  });

  it('refuses unknown keys of spc(), withSpc() and withFunnel() too, listing each', () => {
    expect(refusal(() => spc(report, { chart: 'xmr', baseLine: 5, phase: [] } as never)).message).toBe(
      'options.baseLine: unknown key "baseLine"; did you mean "baseline"?\noptions.phase: unknown key "phase"; did you mean "phases"?',
    );
    expect(refusal(() => withSpc(report, { chart: 'xmr', taget: 3 } as never)).issues[0]!.code).toBe('unknown_key');
    expect(refusal(() => withFunnel(rate, { periods: '2019-01' } as never)).issues[0]!.code).toBe('unknown_key');
    expect(refusal(() => spc(report, JSON.parse('{"chart":"xmr","__proto__":{}}') as never)).issues[0]!.code).toBe(
      'forbidden_key',
    );
  });

  it('names options.chart when spc() is called without options (plain JS)', () => {
    const error = refusal(() => (spc as (report: unknown) => unknown)(report));
    expect(error.message).toBe('options.chart: expected "xmr" or "pprime", got undefined');
    expect(error.issues[0]).toMatchObject({ code: 'invalid_compare_option', path: ['chart'] });
    expect(wordIssue(ZH_CN_ISSUES, error.issues[0]!)).toMatch(/"xmr"/);
  });

  it('refuses options that are not an object, phases not an array, overdispersion not a boolean', () => {
    expect(refusal(() => spc(report, 'xmr' as never)).message).toBe(
      'options: expected an object of options, got "xmr"',
    );
    expect(refusal(() => funnel(rate, null as never)).code).toBe('invalid_argument');
    expect(refusal(() => spc(report, { chart: 'xmr', phases: '2019-02' } as never)).message).toBe(
      'options.phases: expected an array of periods, got "2019-02"',
    );
    expect(refusal(() => funnel(rate, { overdispersion: 'false' } as never)).message).toBe(
      'options.overdispersion: expected true or false, got "false"',
    );
  });

  it('still takes every documented option', () => {
    expect(() => spc(report, { chart: 'xmr', baseline: 2, phases: ['2019-02'], target: 2 })).not.toThrow();
    expect(() => funnel(rate, { period: '2019-01', overdispersion: false, target: 0.5 })).not.toThrow();
    expect(() => funnel(rate)).not.toThrow();
  });
});

describe('spc(): series with 0 or 1 values (DOMAIN.md: fewer than 12 → short_baseline, fewer than 2 → no limits)', () => {
  it('flags a series without any value short_baseline, with no phase, assurance or row', () => {
    const rows = [...series([4, 5, 6]), ...series([null, null, null], 'empty')];
    const result = spc(monthlyReport(rows), { chart: 'xmr', target: 3 });
    const empty = result.series.find((one) => one.group['district'] === 'empty')!;
    expect(empty.flags).toEqual(['short_baseline']);
    expect(empty.phases).toEqual([]);
    expect(empty.assurance).toBeNull();
    expect(empty.rows.map((i) => result.rows[i])).toEqual([null, null, null]);
  });

  it('flags a series of one value short_baseline, with a centre and no limits', () => {
    const result = spc(monthlyReport(series([null, 7, null])), { chart: 'xmr' });
    expect(result.series[0]!.flags).toEqual(['short_baseline']);
    expect(result.series[0]!.phases).toEqual([{ period: '2019-02', baseline: 1 }]);
    expect(result.rows[1]).toMatchObject({ centre: 7, lower: null, upper: null });
  });

  it('carries the flag of an empty series through withSpc and carriedSpc', () => {
    const made = monthlyReport([...series([4, 5, 6]), ...series([null, null, null], 'empty')]);
    const report = { ...made, indicator: { ...made.indicator, description: { en: 'Test', 'zh-CN': '测试' } } };
    const carried = carriedSpc(withSpc(report, { chart: 'xmr' }))!;
    expect(carried.series.find((one) => one.group['district'] === 'empty')!.flags).toEqual(['short_baseline']);
    expect(() => checkReportShape(withSpc(report, { chart: 'xmr' }))).not.toThrow();
  });
});
