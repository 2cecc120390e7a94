import { reportValid } from '../shape/generated/report-valid.js';
import { validChecker } from '../shape/valid-checker.js';
import { reportRuleFailures } from './report-rule-checks.js';
import type { Report } from './report.js';

/**
 * Whether untrusted JSON is a `lawgauge/report@1` Report, with the verdicts of
 * {@link checkReportShape} but none of its explaining: the widget bundles check with it and load
 * `checkReportShape`'s explanation of a failing document on demand. Reports are treated as
 * immutable once checked: the same Report given to many widgets is checked once.
 *
 * @throws ShapeFailure (root `report`, code `invalid_report`) naming where the Report first fails.
 */
export const validReport: (input: unknown) => Report = validChecker<Report>('report', reportValid, {
  rules: reportRuleFailures,
  remember: true,
  code: 'invalid_report',
});
