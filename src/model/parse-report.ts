import { reportRuleIssues } from './report-rules.js';
import { parseWith } from './parse-with.js';
import { Report } from './report.js';

/**
 * Validates a Report, e.g. one fetched from a server before a widget renders it: the schema, then
 * the rules of its measure kind (counts are whole numbers ≥ 0, a rate is ≥ 0; see COUNT_FIELDS) and
 * of the comparisons it carries (see report-rules.ts).
 */
export function parseReport(input: unknown): Report {
  return parseWith(Report, input, 'report', { check: reportRuleIssues, code: 'invalid_report' });
}
