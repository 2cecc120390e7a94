import { reformReportValid } from '../shape/generated/reform-report-valid.js';
import { validChecker } from '../shape/valid-checker.js';
import type { ReformReport } from './reform-report.js';

/**
 * Whether untrusted JSON is a ReformReport, with the verdicts of {@link checkReformReportShape}
 * but none of its explaining (see `validReport`).
 *
 * @throws ShapeFailure (root `reformReport`, code `invalid_report`) naming where it first fails.
 */
export const validReformReport: (input: unknown) => ReformReport = validChecker<ReformReport>(
  'reformReport',
  reformReportValid,
  { code: 'invalid_report' },
);
