import type { Report } from '../../src/index.js';
import { funnel, type FunnelOptions, type FunnelResult } from '../../src/internal.js';

/**
 * The funnel `<indicator-funnel>` draws: the one place it asks the core for one, so a Report
 * that carries its funnel can be preferred here without touching the drawing.
 *
 * @throws LawGaugeError (`invalid_argument`) as `funnel()` does: a Report that is not a rate, a
 *   period it lacks, a target outside [0, 1].
 */
export function funnelOf(report: Report, options: FunnelOptions): FunnelResult {
  return funnel(report, options);
}
