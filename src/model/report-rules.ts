import type * as z from 'zod/mini';
import type { DefinitionIssue } from '../errors/issue.js';
import { FORMAT_RULE_WORDS } from '../errors/messages/en.js';
import { comparesProportionsOfRates, hasComparisonSummaries, namesItsPeriods } from './contract-rules.js';
import { countZodIssues } from './count-rules.js';
import type { Report } from './report.js';
import { issuesFromZod } from './zod-issues.js';

/** The Report's rules across its parts, each a named predicate of contract-rules.ts with its words. */
const WHOLE_REPORT_RULES = [
  [hasComparisonSummaries, FORMAT_RULE_WORDS.comparison_summary],
  [comparesProportionsOfRates, FORMAT_RULE_WORDS.comparison_of_rate],
  [namesItsPeriods, FORMAT_RULE_WORDS.comparison_periods],
] as const;

/**
 * The rules a Report of the right shape must also meet, which JSON Schema cannot state: the
 * measure kind's (countZodIssues), and those tying its rows' comparisons to the Report's own
 * `spc` and `funnel`. parseReport, checkReportShape and validReport run them after the schema
 * (a refinement of the whole Report would make zod's JSON Schema of it unreadable). The issues
 * are zod's, as a refinement would give them.
 */
export function reportRuleZodIssues(report: Report): z.core.$ZodIssue[] {
  const issues = countZodIssues(report);
  for (const [rule, words] of WHOLE_REPORT_RULES) {
    if (!rule(report)) issues.push({ code: 'custom', message: words, input: report, path: [] } as z.core.$ZodIssue);
  }
  return issues;
}

/** The issues of {@link reportRuleZodIssues}, worded. */
export function reportRuleIssues(report: Report): DefinitionIssue[] {
  const issues = reportRuleZodIssues(report);
  return issues.length === 0 ? [] : issuesFromZod(issues);
}
