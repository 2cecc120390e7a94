import { parseWith } from './parse-with.js';
import { Report } from './report.js';

/** Validates a Report, e.g. one fetched from a server before a widget renders it. */
export function parseReport(input: unknown): Report {
  return parseWith(Report, input, 'report');
}
