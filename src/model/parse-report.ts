import { countIssues } from './count-rules.js';
import { parseWith } from './parse-with.js';
import { Report } from './report.js';

/**
 * Validates a Report, e.g. one fetched from a server before a widget renders it: the schema, then
 * the rules of its measure kind (counts are whole numbers ≥ 0, a rate is ≥ 0; see COUNT_FIELDS).
 */
export function parseReport(input: unknown): Report {
  return parseWith(Report, input, 'report', { check: countIssues, code: 'invalid_report' });
}
