import { spc, type Report, type SpcOptions, type SpcResult } from '../../src/index.js';

/**
 * The SPC result the widget draws: computed from the Report's rows here. The one place to change
 * when a Report carries its own result (the widget then draws what the CLI or server computed,
 * when its options match).
 *
 * @throws LawGaugeError (`invalid_argument`) as {@link spc} does, for options it refuses.
 */
export function spcOf(report: Report, options: SpcOptions): SpcResult {
  return spc(report, options);
}
