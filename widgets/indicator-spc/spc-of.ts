import { carriedSpc, type Report, type SpcChart, type SpcOptions, type SpcResult } from '../../src/index.js';
import { computeSpc } from '../../src/internal.js';

/** The options the widget's attributes ask for; those left out take the carried or default ones. */
export type SpcAsked = Partial<SpcOptions>;

/** The chart a page asks for when it says nothing, and the Report carries none. */
const DEFAULT_CHART: SpcChart = 'xmr';

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((item, index) => item === b[index]);

/** Whether the carried result answers what the attributes ask (an attribute left out asks nothing). */
function answers(carried: SpcResult, asked: SpcAsked): boolean {
  return (
    (asked.chart === undefined || asked.chart === carried.chart) &&
    (asked.baseline === undefined || asked.baseline === carried.baseline) &&
    (asked.phases === undefined || sameList(asked.phases, carried.phases)) &&
    (asked.target === undefined || asked.target === carried.target)
  );
}

/**
 * The SPC result the widget draws. A Report that carries one (`lawgauge compute --spc`, or
 * `withSpc()` on a server) is drawn as carried when the attributes agree with it, so the page
 * shows exactly the limits the briefing printed; otherwise the chart is computed from the rows.
 *
 * @throws LawGaugeError (`invalid_argument`) as {@link spc} does, for options it refuses.
 */
export function spcOf(report: Report, asked: SpcAsked): SpcResult {
  const carried = carriedSpc(report);
  if (carried !== null && answers(carried, asked)) return carried;
  return computeSpc(report, { ...asked, chart: asked.chart ?? DEFAULT_CHART });
}
