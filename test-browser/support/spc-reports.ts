import type { Report, ReportRow } from '../../src/index.js';

/** What a hand-made series may change: its measure, polarity, target and the rows without a value. */
export interface SeriesOptions {
  /** `mean` (a value, no counts) or `rate` (each value as n of 100). Default `mean`. */
  readonly measure?: 'mean' | 'rate';
  readonly polarity?: 'higher-better' | 'lower-better' | 'neutral';
  readonly target?: number | null;
  /** First month, `YYYY-MM`; default 2018-01. */
  readonly from?: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** One monthly row of the total: `null` is a month without a value, `'suppressed'` one withheld. */
function row(period: string, value: number | null | 'suppressed', measure: 'mean' | 'rate'): ReportRow {
  const [year, month] = period.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const present = typeof value === 'number';
  const numerator = measure === 'rate' && present ? Math.round(value * 100) : null;
  return {
    period,
    start: `${period}-01`,
    end: `${period}-${pad(last)}`,
    group: {},
    value: present ? (numerator === null ? value : numerator / 100) : null,
    numerator,
    denominator: measure === 'rate' && present ? 100 : null,
    n: present ? 100 : null,
    ci: null,
    status: null,
    flag: value === 'suppressed' ? 'suppressed' : present ? null : 'no-data',
    change: { previous: null, yearAgo: null },
  };
}

/**
 * A monthly total series of hand-chosen values, as a Report: a mean in minutes (any chart but
 * p′) or a rate of n in 100 checks.
 */
export function seriesReport(values: readonly (number | null | 'suppressed')[], options: SeriesOptions = {}): Report {
  const measure = options.measure ?? 'mean';
  const [year, month] = (options.from ?? '2018-01').split('-').map(Number) as [number, number];
  const periods = values.map((_, index) => {
    const months = year * 12 + month - 1 + index;
    return `${Math.floor(months / 12)}-${pad((months % 12) + 1)}`;
  });
  const rate = measure === 'rate';
  return {
    schema: 'lawgauge/report@1',
    indicator: {
      id: rate ? 'street_visibility_rate' : 'patrol_minutes',
      label: rate
        ? { 'zh-CN': '街面见警率', en: 'Street police visibility' }
        : { 'zh-CN': '巡逻时长', en: 'Patrol time' },
      description: { 'zh-CN': '手工构造的序列', en: 'A hand-made series' },
      unit: rate ? 'percent' : 'count',
      polarity: options.polarity ?? 'higher-better',
      target: options.target ?? null,
      thresholds: null,
      minSample: null,
      display: rate ? null : { decimals: 1 },
      methodology: null,
      source: null,
      measure,
      dataset: 'patrol_checks',
      catalog: { id: 'police-presence', version: null },
    },
    period: { unit: 'month', from: `${periods[0]}-01`, to: `${periods.at(-1)}-28`, toDate: false },
    groupBy: [],
    suppressBelow: null,
    rows: periods.map((period, index) => row(period, values[index]!, measure)),
    quality: {},
  };
}

/**
 * Every rule at a known place (higher-better, the first 12 months its baseline: centre 11.5,
 * mean moving range 21/11, limits 6.42–16.58, two-sigma lines 8.11–14.89):
 * - 2019-01 (index 12) 18: `outside`, high — improvement;
 * - 2019-06 and 2019-08 (17, 19) 8 and 7.5: `two-of-three`, low — concern;
 * - 2019-10 to 2020-04 (21–27): 7 above the centre, not rising: `shift`, high — improvement;
 * - 2020-06 to 2020-12 (29–35): 7 falling: `trend`, low — concern (2020-06 to 2020-10 lie above
 *   the centre, so no shift);
 * - 2021-01 (36): common cause. 2019-02 (13) lies on the centre line.
 */
export const EVERY_RULE: readonly number[] = [
  10, 12, 11, 13, 10, 12, 11, 13, 10, 12, 11, 13, 18, 11.5, 11, 12, 11, 8, 11, 7.5, 11.4, 12, 13, 12.5, 13.5, 12, 13,
  12.2, 11, 14, 13.4, 12.8, 12.2, 11.6, 11, 10.4, 11.7,
];

/** Street visibility (n of 100 checks) wandering round 70%: no rule broken. */
export const STEADY: readonly number[] = [
  0.7, 0.72, 0.69, 0.71, 0.73, 0.68, 0.7, 0.72, 0.7, 0.69, 0.71, 0.7, 0.72, 0.71, 0.69, 0.7, 0.73, 0.7,
];

/**
 * Response minutes (lower is better) creeping up; the first 8 set limits that lie wholly above 10,
 * so a target of 10 will not be met.
 */
export const SLOWER: readonly number[] = [
  11, 11.4, 10.8, 11.2, 11.1, 10.9, 11.3, 11.5, 11.8, 12.1, 12.4, 12.2, 12.9, 13.3, 13.1, 13.8,
];

/**
 * A reform in 2019-01 raises visibility from about 65% to 75% (its own phase; May 2019
 * suppressed), and it climbs again from 2020-02: a shift above the new centre to the end.
 */
export const REFORM: readonly (number | 'suppressed')[] = [
  0.64,
  0.66,
  0.63,
  0.65,
  0.67,
  0.64,
  0.66,
  0.65,
  0.63,
  0.66,
  0.65,
  0.64,
  0.74,
  0.76,
  0.73,
  0.75,
  'suppressed',
  0.74,
  0.76,
  0.73,
  0.75,
  0.74,
  0.76,
  0.75,
  0.74,
  0.78,
  0.79,
  0.8,
  0.79,
  0.81,
  0.8,
  0.82,
];
