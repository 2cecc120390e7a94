import type * as z from 'zod/mini';
import type { DefinitionIssue } from '../errors/issue.js';
import { FORMAT_RULE_WORDS } from '../errors/messages/en.js';
import { countZodIssues } from './count-rules.js';
import type { Report } from './report.js';
import { WHOLE_REPORT_RULES } from './report-rule-checks.js';
import { issuesFromZod } from './zod-issues.js';

/**
 * The rules a Report of the right shape must also meet, which JSON Schema cannot state: the
 * measure kind's (countZodIssues), and those tying its rows' comparisons to the Report's own
 * `spc` and `funnel` (WHOLE_REPORT_RULES). parseReport and checkReportShape run them after the
 * schema; the issues are zod's, as a refinement would give them, worded.
 */
export function reportRuleIssues(report: Report): DefinitionIssue[] {
  const issues = countZodIssues(report);
  for (const [rule, name] of WHOLE_REPORT_RULES) {
    if (!rule(report))
      issues.push({ code: 'custom', message: FORMAT_RULE_WORDS[name], input: report, path: [] } as z.core.$ZodIssue);
  }
  return issues.length === 0 ? [] : issuesFromZod(issues);
}
