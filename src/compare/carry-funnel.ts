import type { Report, ReportRow } from '../model/report.js';
import { funnel, type FunnelOptions, type FunnelResult } from './funnel-report.js';

/** A row without an earlier `funnel`: computing again replaces what an earlier run left. */
function withoutFunnel(row: ReportRow): ReportRow {
  const copy = { ...row };
  delete copy.funnel;
  return copy;
}

/**
 * A new Report carrying `funnel(report, options)`: each group row in a funnel gets its `funnel`,
 * and the Report a `funnel` saying how they were drawn and each period's overdispersion. The
 * input is left as it was; a `funnel` it carried already is replaced. {@link carriedFunnel} gives
 * the result back.
 *
 * @throws LawGaugeError as {@link funnel} does.
 */
export function withFunnel(report: Report, options: FunnelOptions = {}): Report {
  const result = funnel(report, options);
  const rows = report.rows.map((row, index) => {
    const own = result.rows[index];
    return own === null || own === undefined ? withoutFunnel(row) : { ...withoutFunnel(row), funnel: own };
  });
  return {
    ...report,
    rows,
    funnel: {
      overdispersion: result.overdispersion,
      ...(result.period === undefined ? {} : { period: result.period }),
      target: result.target,
      periods: result.periods.map((period) => ({ ...period })),
    },
  };
}

/**
 * What `funnel()` found, as a Report carries it (from {@link withFunnel} or `lawgauge compute
 * --funnel`): `carriedFunnel(withFunnel(report, options))` equals `funnel(report, options)`. Null
 * when the Report carries none.
 */
export function carriedFunnel(report: Report): FunnelResult | null {
  const carried = report.funnel;
  if (carried === undefined) return null;
  return {
    overdispersion: carried.overdispersion,
    ...(carried.period === undefined ? {} : { period: carried.period }),
    target: carried.target,
    rows: report.rows.map((row) => row.funnel ?? null),
    periods: carried.periods,
  };
}
