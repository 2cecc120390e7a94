import type { Report, ReportRow } from '../../src/index.js';

/** The row of `report` for a period and group (`*` = total; `group` matches the first group field). */
export function rowOf(reports: readonly Report[], indicator: string, period: string, group = '*'): ReportRow {
  const report = reports.find((candidate) => candidate.indicator.id === indicator);
  if (report === undefined) throw new Error(`no report for ${indicator}`);
  const row = report.rows.find(
    (candidate) =>
      candidate.period === period &&
      (report.groupBy.length === 0 ? group === '*' : candidate.group[report.groupBy[0]!] === group),
  );
  if (row === undefined) throw new Error(`no row for ${indicator} ${period} ${group}`);
  return row;
}
