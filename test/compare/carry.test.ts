import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  builtInCatalog,
  carriedFunnel,
  carriedSpc,
  checkReportShape,
  evaluate,
  funnel,
  ingest,
  LawGaugeError,
  parseReport,
  spc,
  withFunnel,
  withSpc,
  wordIssue,
  ZH_CN_ISSUES,
  type FunnelOptions,
  type Report,
  type SpcOptions,
} from '../../src/index.js';
import { validReport } from '../../src/internal.js';
import { monthlyReport as bareReport, months, type RowSpec } from '../support/compare-report.js';

/** A hand-made monthly Report that passes the Report contract (its description is not empty). */
function monthlyReport(rows: readonly RowSpec[], indicator: Parameters<typeof bareReport>[1] = {}): Report {
  const report = bareReport(rows, indicator);
  return { ...report, indicator: { ...report.indicator, description: { en: 'Test', 'zh-CN': '测试' } } };
}

const catalog = builtInCatalog('police-presence');
const dataset = catalog.datasets.find((one) => one.id === 'patrol_checks')!;
const records = JSON.parse(
  readFileSync(new URL('../../seeds/patrol_checks.json', import.meta.url), 'utf8'),
) as unknown[];
/** The seed's street visibility by district and month, 2018–2020: small districts suppressed. */
const [visibility] = evaluate(
  catalog,
  { patrol_checks: ingest(dataset, records) },
  {
    from: '2018-01-01',
    to: '2020-12-31',
    by: 'district',
    indicators: ['street_visibility_rate'],
    suppressBelow: 6,
  },
);
const seed = visibility!;

/** A deep copy that throws on any write: proof that a function leaves its input alone. */
function frozen<T>(value: T): T {
  const copy = structuredClone(value);
  const freeze = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    Object.freeze(node);
    for (const child of Object.values(node)) freeze(child);
  };
  freeze(copy);
  return copy;
}

/** What parseReport, checkReportShape and validReport each say of a Report: the same for all three. */
function verdicts(report: unknown): { path: string; rule: string; zh: string }[] {
  const problems = (check: (input: unknown) => unknown): LawGaugeError['issues'] => {
    try {
      check(report);
      return [];
    } catch (error) {
      if (error instanceof LawGaugeError) return error.issues;
      throw error;
    }
  };
  const parsed = problems(parseReport);
  expect(problems(checkReportShape)).toEqual(parsed);
  const refusedByValid = ((): boolean => {
    try {
      validReport(structuredClone(report));
      return false;
    } catch {
      return true;
    }
  })();
  expect(refusedByValid).toBe(parsed.length > 0);
  return parsed.map((issue) => ({
    path: issue.path.join('.'),
    rule: issue.code === 'custom' && 'rule' in issue.params ? issue.params.rule : issue.code,
    zh: wordIssue(ZH_CN_ISSUES, issue),
  }));
}

describe('withSpc and carriedSpc', () => {
  const options: SpcOptions[] = [
    { chart: 'xmr' },
    { chart: 'pprime' },
    { chart: 'pprime', phases: ['2019-04'], baseline: 12 },
    { chart: 'xmr', baseline: 6, target: 0.5, phases: ['2019-04', '2020-01'] },
  ];

  it.each(options)('carries exactly what spc() finds, and leaves the input as it was: %j', (asked) => {
    const input = frozen(seed);
    const carried = withSpc(input, asked);
    expect(input).toEqual(seed);
    expect(carriedSpc(carried)).toStrictEqual(spc(seed, asked));
    // The Report is a valid Report, and survives JSON (no NaN, no undefined).
    const json = JSON.parse(JSON.stringify(carried)) as Report;
    expect(verdicts(json)).toEqual([]);
    expect(carriedSpc(json)).toStrictEqual(spc(seed, asked));
  });

  it('by hand: a row gets its point, the Report how the chart was drawn', () => {
    // 10, 12, 11, 14, 13 as baseline: centre 12, mR̄ 1.75, limits 12 ∓ 4.655, lines 12 ∓ 3.103275; 17 is outside.
    const rows: RowSpec[] = months(6).map((period, i) => ({ period, value: [10, 12, 11, 14, 13, 17][i]! }));
    const report = withSpc(monthlyReport(rows, { target: 11 }), { chart: 'xmr', baseline: 5 });
    expect(report.rows[5]!.spc).toEqual({
      centre: 12,
      lower: 12 - 2.66 * 1.75,
      upper: 12 + 2.66 * 1.75,
      twoSigmaLower: 12 - 1.7733 * 1.75,
      twoSigmaUpper: 12 + 1.7733 * 1.75,
      rules: ['outside'],
      variation: 'improvement',
    });
    expect(report.rows[0]!.spc!.rules).toEqual([]);
    // Lower limit 7.345 < target 11 < upper 16.655: the target is sometimes met.
    expect(report.spc).toEqual({
      chart: 'xmr',
      target: 11,
      baseline: 5,
      phases: [],
      series: [
        {
          group: { district: '*' },
          phases: [{ period: '2019-01', baseline: 5 }],
          assurance: 'inconsistent',
          flags: ['short_baseline'],
        },
      ],
    });
  });

  it('replaces what an earlier computation carried: a row that no longer takes part loses its point', () => {
    const rows: RowSpec[] = months(4).map((period) => ({ period, value: 0.5, numerator: 5, denominator: 10 }));
    // A value without a denominator: on an XmR chart, not on a p′ chart.
    rows[2] = { period: rows[2]!.period, value: 0.5 };
    const report = monthlyReport(rows, { measure: 'rate' });
    const xmr = withSpc(report, { chart: 'xmr' });
    expect(xmr.rows[2]!.spc).toBeDefined();
    const pprime = withSpc(xmr, { chart: 'pprime' });
    expect(pprime.rows[2]).not.toHaveProperty('spc');
    expect(pprime.spc!.chart).toBe('pprime');
    expect(carriedSpc(pprime)).toStrictEqual(spc(report, { chart: 'pprime' }));
  });

  it('gives null for a Report without one, and leaves out a series whose rows were filtered away', () => {
    expect(carriedSpc(seed)).toBeNull();
    const carried = withSpc(seed, { chart: 'xmr' });
    const huangpu = { ...carried, rows: carried.rows.filter((row) => row.group['district'] === '黄浦区') };
    const back = carriedSpc(huangpu)!;
    expect(back.series.map((one) => one.group)).toEqual([{ district: '黄浦区' }]);
    expect(back.series[0]!.rows).toEqual(huangpu.rows.map((_, i) => i));
  });

  it('round-trips any series of counts (property)', () => {
    const value = fc.option(fc.integer({ min: 0, max: 500 }), { nil: null, freq: 6 });
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 30 }),
        fc.array(value, { minLength: 1, maxLength: 30 }),
        fc.option(fc.integer({ min: 2, max: 12 }), { nil: undefined }),
        (a, b, baseline) => {
          const rows: RowSpec[] = [
            ...months(a.length).map((period, i) => ({ period, district: 'a', value: a[i]! })),
            ...months(b.length).map((period, i) => ({ period, district: 'b', value: b[i]! })),
          ];
          const report = monthlyReport(rows);
          const asked: SpcOptions = { chart: 'xmr', ...(baseline === undefined ? {} : { baseline }) };
          const carried = withSpc(report, asked);
          expect(carriedSpc(carried)).toStrictEqual(spc(report, asked));
          expect(verdicts(carried)).toEqual([]);
        },
      ),
      { seed: 2323, numRuns: 150 },
    );
  });
});

describe('withFunnel and carriedFunnel', () => {
  const options: FunnelOptions[] = [
    {},
    { overdispersion: false },
    { period: '2019-06' },
    { target: 0.6, period: '2020-02' },
  ];

  it.each(options)('carries exactly what funnel() finds, and leaves the input as it was: %j', (asked) => {
    const input = frozen(seed);
    const carried = withFunnel(input, asked);
    expect(input).toEqual(seed);
    expect(carriedFunnel(carried)).toStrictEqual(funnel(seed, asked));
    const json = JSON.parse(JSON.stringify(carried)) as Report;
    expect(verdicts(json)).toEqual([]);
    expect(carriedFunnel(json)).toStrictEqual(funnel(seed, asked));
  });

  it('by hand: two groups, no overdispersion; the total row gets none', () => {
    // a: 20 of 100, b: 30 of 100 → p0 = 0.25, s = √(0.25·0.75/100) = 0.0433013; 95% limits 0.25 ∓ 0.0848686.
    const rows: RowSpec[] = [
      { period: '2019-01', district: 'a', value: 0.2, numerator: 20, denominator: 100 },
      { period: '2019-01', district: 'b', value: 0.3, numerator: 30, denominator: 100 },
      { period: '2019-01', value: 0.25, numerator: 50, denominator: 200 },
    ];
    const report = withFunnel(monthlyReport(rows, { measure: 'rate' }), { overdispersion: false });
    const spread = Math.sqrt((0.25 * 0.75) / 100);
    expect(report.rows[0]!.funnel!.target).toBe(0.25);
    expect(report.rows[0]!.funnel!.lower95).toBeCloseTo(0.25 - 1.959964 * spread, 15);
    expect(report.rows[1]!.funnel!.upper998).toBeCloseTo(0.25 + 3.090232 * spread, 15);
    expect(report.rows.map((row) => row.funnel?.position)).toEqual(['within', 'within', undefined]);
    expect(report.rows[2]).not.toHaveProperty('funnel');
    expect(report.funnel).toEqual({
      overdispersion: false,
      target: null,
      periods: [{ period: '2019-01', k: 2, phi: null, tau2: 0 }],
    });
    expect(carriedFunnel(seed)).toBeNull();
  });

  it('a Report can carry both, each read back on its own', () => {
    const both = withFunnel(withSpc(seed, { chart: 'pprime' }), {});
    expect(carriedSpc(both)).toStrictEqual(spc(seed, { chart: 'pprime' }));
    expect(carriedFunnel(both)).toStrictEqual(funnel(seed));
    expect(verdicts(both)).toEqual([]);
  });
});

describe('the Report contract refuses comparisons that cannot be', () => {
  const rows: RowSpec[] = [
    { period: '2019-01', district: 'a', value: 0.2, numerator: 20, denominator: 100 },
    { period: '2019-01', district: 'b', value: 0.3, numerator: 30, denominator: 100 },
    { period: '2019-01', value: 0.25, numerator: 50, denominator: 200 },
    { period: '2019-02', district: 'a', value: null, flag: 'suppressed' },
  ];
  const good = withFunnel(withSpc(monthlyReport(rows, { measure: 'rate' }), { chart: 'pprime' }), {});
  const edit = (change: (report: Report) => void): Report => {
    const copy = structuredClone(good);
    change(copy);
    return copy;
  };
  const spcOf = (report: Report, row: number) => report.rows[row]!.spc as Record<string, unknown>;
  const funnelOf = (report: Report, row: number) => report.rows[row]!.funnel as Record<string, unknown>;

  it('accepts the Report as computed', () => {
    expect(verdicts(good)).toEqual([]);
  });

  it.each([
    [
      'rules out of order',
      (r: Report) => Object.assign(spcOf(r, 0), { rules: ['trend', 'outside'], variation: 'concern' }),
      'rows.0.spc',
      'spc_rules_order',
      '判异规则应按 outside、shift、trend、two-of-three 的顺序列出，每条至多一次',
    ],
    [
      'a rule twice',
      (r: Report) => Object.assign(spcOf(r, 0), { rules: ['outside', 'outside'], variation: 'concern' }),
      'rows.0.spc',
      'spc_rules_order',
      '',
    ],
    [
      'a signal called common',
      (r: Report) => Object.assign(spcOf(r, 0), { rules: ['shift'], variation: 'common' }),
      'rows.0.spc',
      'spc_variation',
      '',
    ],
    [
      'no signal but a concern',
      (r: Report) => (spcOf(r, 0)['variation'] = 'concern'),
      'rows.0.spc',
      'spc_variation',
      '',
    ],
    [
      'a lower limit above the upper',
      (r: Report) => Object.assign(spcOf(r, 0), { lower: 0.9, upper: 0.1 }),
      'rows.0.spc',
      'spc_lines_order',
      '',
    ],
    ['a limit without its partner', (r: Report) => (spcOf(r, 0)['lower'] = 0.1), 'rows.0.spc', 'spc_lines_order', ''],
    [
      'the centre beyond a two-sigma line',
      (r: Report) => {
        const centre = spcOf(r, 0)['centre'] as number;
        Object.assign(spcOf(r, 0), { twoSigmaLower: centre - 0.1, twoSigmaUpper: centre - 0.01 });
      },
      'rows.0.spc',
      'spc_lines_order',
      '',
    ],
    [
      'funnel limits crossed',
      (r: Report) => (funnelOf(r, 0)['lower998'] = (funnelOf(r, 0)['lower95'] as number) + 0.001),
      'rows.0.funnel',
      'funnel_limits_order',
      '应满足 lower998 ≤ lower95 ≤ target ≤ upper95 ≤ upper998',
    ],
    [
      'a suppressed row on a chart',
      (r: Report) => (r.rows[3]!.spc = r.rows[0]!.spc!),
      'rows.3',
      'compared_row',
      '没有值或已抑制的行不参与比较，不能带有 spc 或 funnel',
    ],
    [
      'the total row in a funnel',
      (r: Report) => (r.rows[2]!.funnel = r.rows[0]!.funnel!),
      'rows.2',
      'funnel_unit',
      'funnel 只属于分子齐全、分母 > 0 的分组行，不属于合计行',
    ],
    [
      'a funnel point without its denominator',
      (r: Report) => (r.rows[0]!.denominator = null),
      'rows.0',
      'funnel_unit',
      '',
    ],
    ['rows carrying points the Report does not explain', (r: Report) => delete r.spc, '', 'comparison_summary', ''],
    [
      'a funnel of a ratio',
      (r: Report) => {
        r.indicator.measure = 'ratio';
        delete r.spc;
        for (const row of r.rows) delete row.spc;
      },
      '',
      'comparison_of_rate',
      'p′ 控制图和漏斗图只适用于比率指标（口径为 rate 或 complement）',
    ],
    ['a phase the Report does not have', (r: Report) => (r.spc!.phases = ['2031-01']), '', 'comparison_periods', ''],
    [
      'a funnel period the Report does not have',
      (r: Report) => (r.funnel!.periods[0]!.period = '2031-01'),
      '',
      'comparison_periods',
      '"spc" 或 "funnel" 提到了 Report 中没有的期间',
    ],
  ])('%s', (_, change, path, rule, zh) => {
    const found = verdicts(edit(change));
    expect(found.map(({ path: where, rule: which }) => ({ path: where, rule: which }))).toEqual([{ path, rule }]);
    if (zh !== '') expect(found[0]!.zh).toBe(zh);
  });

  it('refuses values outside their sets and ranges', () => {
    const bad = edit((r) => {
      spcOf(r, 0)['rules'] = ['wiggle'];
      funnelOf(r, 1)['upper998'] = 1.5;
      r.funnel!.periods[0]!.tau2 = -1;
      r.spc!.baseline = 1;
    });
    expect(verdicts(bad).map(({ path, rule }) => `${path} ${rule}`)).toEqual([
      'rows.0.spc.rules.0 invalid_value',
      'rows.1.funnel.upper998 too_big',
      'spc.baseline too_small',
      'funnel.periods.0.tau2 too_small',
    ]);
  });
});
