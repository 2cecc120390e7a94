import type { Report, ReportRow } from '../model/report.js';
import { seriesKey, seriesOf } from './report-series.js';
import { spc, type SpcOptions, type SpcResult, type SpcSeries } from './spc-report.js';

/** A row without an earlier `spc`: computing again replaces what an earlier run left. */
function withoutSpc(row: ReportRow): ReportRow {
  const copy = { ...row };
  delete copy.spc;
  return copy;
}

/**
 * A new Report carrying `spc(report, options)`: each row that takes part gets its `spc`, and the
 * Report an `spc` saying how the charts were drawn and each series' phases, assurance and flags.
 * The input is left as it was; an `spc` it carried already is replaced. {@link carriedSpc} gives
 * the result back, so a widget reads one shape whether the Report came from the CLI or not.
 *
 * @throws LawGaugeError as {@link spc} does.
 */
export function withSpc(report: Report, options: SpcOptions): Report {
  const result = spc(report, options);
  const rows = report.rows.map((row, index) => {
    const own = result.rows[index];
    return own === null || own === undefined ? withoutSpc(row) : { ...withoutSpc(row), spc: own };
  });
  const series = result.series.map(({ group, phases, assurance, flags }) => ({
    group: { ...group },
    phases: phases.map((phase) => ({ ...phase })),
    assurance,
    flags: [...flags],
  }));
  const baseline = result.baseline === undefined ? {} : { baseline: result.baseline };
  return {
    ...report,
    rows,
    spc: { chart: result.chart, target: result.target, ...baseline, phases: [...result.phases], series },
  };
}

/**
 * What `spc()` found, as a Report carries it (from {@link withSpc} or `lawgauge compute --spc`):
 * `carriedSpc(withSpc(report, options))` equals `spc(report, options)`. Null when the Report
 * carries none. A carried series whose group has no rows left (a Report filtered after the
 * computation) is left out.
 */
export function carriedSpc(report: Report): SpcResult | null {
  const carried = report.spc;
  if (carried === undefined) return null;
  const rowsOf = new Map(seriesOf(report).map((one) => [seriesKey(report, one.group), one.rows]));
  const series = carried.series.flatMap((one): SpcSeries[] => {
    const rows = rowsOf.get(seriesKey(report, one.group));
    return rows === undefined
      ? []
      : [{ group: one.group, rows, phases: one.phases, assurance: one.assurance, flags: one.flags }];
  });
  return {
    chart: carried.chart,
    target: carried.target,
    ...(carried.baseline === undefined ? {} : { baseline: carried.baseline }),
    phases: carried.phases,
    rows: report.rows.map((row) => row.spc ?? null),
    series,
  };
}
