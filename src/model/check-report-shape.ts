import type { LawGaugeIssue } from '../errors/issues.js';
import { shapeChecker } from '../shape/check-shape.js';
import { reportShape } from '../shape/generated/report-shape.js';
import type { ShapeIssueCode } from './issue-words.js';
import { reportRuleIssues } from './report-rules.js';
import type { Report } from './report.js';

/** A problem of a Report: zod's code and params for it, and its English message. */
export type ReportIssue = Extract<LawGaugeIssue, { readonly code: ReportIssueCode }>;
/** The codes of a Report's problems: zod's issue codes, and `forbidden_key`. */
export type ReportIssueCode = ShapeIssueCode;

/**
 * Checks that untrusted JSON is a `lawgauge/report@1` Report, without zod: the widgets use it to
 * stay small. It is generated from the zod `Report` schema (src/shape/generated/report-shape.ts),
 * and gives the same verdicts, issue codes, paths and messages as `parseReport`; the issues are
 * {@link ReportIssue}s.
 *
 * @throws LawGaugeError (root `report`) listing what is wrong, with paths.
 */
export function checkReportShape(input: unknown): Report {
  return checkReport(input);
}
// Reports are treated as immutable once checked: the same Report given to many widgets is checked once.
const checkReport = shapeChecker<Report>('report', reportShape, {
  rules: reportRuleIssues,
  remember: true,
  code: 'invalid_report',
});
