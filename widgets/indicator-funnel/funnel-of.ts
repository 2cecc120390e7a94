import { carriedFunnel, type FunnelOptions, type FunnelResult, type Report } from '../../src/index.js';
import { computeFunnel } from '../../src/internal.js';

/** Whether the carried funnel covers `period` and was drawn with the options asked for. */
function answers(carried: FunnelResult, asked: FunnelOptions): boolean {
  return (
    (carried.period === undefined || carried.period === asked.period) &&
    carried.overdispersion === (asked.overdispersion ?? true) &&
    (asked.target === undefined ? carried.target === null : carried.target === asked.target)
  );
}

/**
 * The funnel `<indicator-funnel>` draws. A Report that carries one (`lawgauge compute --funnel`,
 * or `withFunnel()` on a server) is drawn as carried when it covers the period with the same
 * overdispersion and target, so the page shows exactly the limits the briefing printed; otherwise
 * the funnel is computed from the rows.
 *
 * @throws LawGaugeError (`invalid_argument`) as `funnel()` does: a Report that is not a rate, a
 *   period it lacks, a target outside [0, 1].
 */
export function funnelOf(report: Report, options: FunnelOptions): FunnelResult {
  const carried = carriedFunnel(report);
  if (carried !== null && answers(carried, options)) return carried;
  return computeFunnel(report, options);
}
