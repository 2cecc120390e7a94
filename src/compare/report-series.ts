import { TOTAL, type GroupValue, type Report, type ReportRow } from '../model/report.js';

/** One group's rows over periods, in time order: a series for an SPC chart. */
export interface ReportSeries {
  readonly group: Readonly<Record<string, GroupValue>>;
  /** Indices into `report.rows`, ordered by period start. */
  readonly rows: readonly number[];
}

/** The total row: `*` in every group field (the only row of a Report without group fields). */
export function isTotalRow(report: Report, row: ReportRow): boolean {
  return report.groupBy.every((field) => row.group[field] === TOTAL);
}

/** Whether a row takes part in a comparison: it has a value and is not suppressed. */
export function takesPart(row: ReportRow): boolean {
  return row.value !== null && row.flag !== 'suppressed';
}

/** Whether a row can enter a proportion chart: it takes part, with y of n > 0. */
export function hasProportion(row: ReportRow): boolean {
  return takesPart(row) && row.numerator !== null && row.denominator !== null && row.denominator > 0;
}

/** What tells a Report's series apart: the values of its group fields, as one string. */
export function seriesKey(report: Report, group: Readonly<Record<string, GroupValue>>): string {
  return JSON.stringify(report.groupBy.map((field) => group[field] ?? null));
}

/** The Report's series, one per group (the total rows are one too), in order of first appearance. */
export function seriesOf(report: Report): ReportSeries[] {
  const byGroup = new Map<string, { group: Record<string, GroupValue>; rows: number[] }>();
  report.rows.forEach((row, index) => {
    const key = seriesKey(report, row.group);
    let series = byGroup.get(key);
    if (series === undefined) byGroup.set(key, (series = { group: row.group, rows: [] }));
    series.rows.push(index);
  });
  const series = [...byGroup.values()];
  const start = (index: number): string => report.rows[index]!.start;
  for (const { rows } of series) rows.sort((a, b) => (start(a) < start(b) ? -1 : start(a) > start(b) ? 1 : a - b));
  return series;
}
