import type { Report } from '../../src/index.js';
import outliers from './funnel-outliers.json' with { type: 'json' };
import { districtReport } from './reports.js';

/** Shanghai's 16 districts with a size (checks) and a count (police seen), for one month. */
export type Units = readonly (readonly [district: string, seen: number, checks: number])[];

/**
 * June 2019 street visibility in the 16 districts, made so the funnel's verdicts are clear
 * (pooled rate 74.3%). With overdispersion (φ = 2.88, τ² = 0.000487): 浦东新区 (1,980 of 2,400,
 * 82.5%) above the 99.8% limit (81.6%), 闵行区 (1,290 of 1,600, 80.6%) above the 95% limit
 * (79.1%) but not the 99.8% one (81.9%), 金山区 (150 of 300, 50.0%) below the 99.8% limit
 * (63.9%), the other 13 within. Without it: 浦东新区 and 闵行区 above the 99.8% limits (77.0%,
 * 77.6%), 金山区 below it (66.5%), 嘉定区 (600 of 850, 70.6%) below the 95% limit (71.3%) and
 * not the 99.8% one (69.6%), the other 12 within. The numbers are in funnel-outliers.json, which
 * scripts/screenshots.mjs draws for docs/comparing.md too.
 */
export const OUTLIERS: Units = outliers.map(({ district, seen, checks }) => [district, seen, checks]);

/** The same districts, every one close to the pooled rate: all within the limits. */
export const ALL_WITHIN: Units = OUTLIERS.map(([district, , checks], index) => [
  district,
  Math.round(checks * (0.72 + ((index % 5) - 2) * 0.004)),
  checks,
]);

/**
 * A Report of street visibility (a rate, higher is better) with the districts' rows and their
 * total for each month given: `months` maps a period key (2019-05) to its units.
 */
export function funnelReport(months: Readonly<Record<string, Units>>): Report {
  const template = districtReport();
  const rows: Report['rows'] = [];
  for (const [period, units] of Object.entries(months)) {
    const [year, month] = period.split('-').map(Number) as [number, number];
    const end = `${period}-${new Date(Date.UTC(year, month, 0)).getUTCDate()}`;
    const row = (district: string, seen: number, checks: number): Report['rows'][number] => ({
      period,
      start: `${period}-01`,
      end,
      group: { district },
      value: seen / checks,
      numerator: seen,
      denominator: checks,
      n: checks,
      ci: null,
      status: seen / checks >= 0.8 ? 'good' : seen / checks >= 0.6 ? 'warning' : 'bad',
      flag: null,
      change: { previous: null, yearAgo: null },
    });
    for (const [district, seen, checks] of units) rows.push(row(district, seen, checks));
    const seen = units.reduce((sum, unit) => sum + unit[1], 0);
    const checks = units.reduce((sum, unit) => sum + unit[2], 0);
    rows.push(row('*', seen, checks));
  }
  const periods = Object.keys(months).sort();
  return {
    ...template,
    period: { unit: 'month', from: `${periods[0]}-01`, to: rows.at(-1)!.end, toDate: false },
    rows,
  };
}
