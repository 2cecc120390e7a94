import type { FormatRule } from '../errors/issues.js';
import {
  comparesProportionsOfRates,
  hasComparisonSummaries,
  namesItsPeriods,
  rowsOffTheirParts,
} from './contract-rules.js';
import { countZodIssues } from './count-rules.js';
import type { Report } from './report.js';

/**
 * The Report's rules across its parts, each a named predicate of contract-rules.ts and the rule
 * that words it. A refinement of the whole Report would make zod's JSON Schema of it unreadable,
 * so they run after the schema, with the measure kind's (countZodIssues).
 */
export const WHOLE_REPORT_RULES: readonly (readonly [(report: Report) => boolean, FormatRule])[] = [
  [hasComparisonSummaries, 'comparison_summary'],
  [comparesProportionsOfRates, 'comparison_of_rate'],
  [namesItsPeriods, 'comparison_periods'],
];

/**
 * Where a Report of the right shape breaks a rule JSON Schema cannot state, without words: what
 * the widgets' check (validReport) needs, so their bundles carry no wording (see report-rules.ts).
 */
export function reportRuleFailures(report: Report): { readonly path: readonly PropertyKey[] }[] {
  const failures: { readonly path: readonly PropertyKey[] }[] = countZodIssues(report);
  for (const row of rowsOffTheirParts(report)) failures.push({ path: ['rows', row, 'value'] });
  for (const [rule] of WHOLE_REPORT_RULES) if (!rule(report)) failures.push({ path: [] });
  return failures;
}
