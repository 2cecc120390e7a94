import type * as z from 'zod/mini';
import type { DefinitionIssue } from '../errors/issue.js';
import { FORMAT_RULE_WORDS } from '../errors/messages/en.js';
import { countZodIssues } from './count-rules.js';
import type { Report } from './report.js';
import { WHOLE_REPORT_RULES } from './report-rule-checks.js';
import { rowsOffTheirParts } from './contract-rules.js';
import { issuesFromZod } from './zod-issues.js';

/**
 * The rules a Report of the right shape must also meet, which JSON Schema cannot state: the
 * measure kind's (countZodIssues; a rate's or a ratio's value is its numerator ÷ denominator,
 * rowsOffTheirParts), and those tying its rows' comparisons to the Report's own
 * `spc` and `funnel` (WHOLE_REPORT_RULES). parseReport and checkReportShape run them after the
 * schema; the issues are zod's, as a refinement would give them, worded.
 */
export function reportRuleIssues(report: Report): DefinitionIssue[] {
  const issues = countZodIssues(report);
  for (const row of rowsOffTheirParts(report)) {
    const path = ['rows', row, 'value'];
    issues.push({
      code: 'custom',
      message: FORMAT_RULE_WORDS.value_of_parts,
      input: report.rows[row]!.value,
      path,
    } as z.core.$ZodIssue);
  }
  for (const [rule, name] of WHOLE_REPORT_RULES) {
    if (!rule(report))
      issues.push({ code: 'custom', message: FORMAT_RULE_WORDS[name], input: report, path: [] } as z.core.$ZodIssue);
  }
  return issues.length === 0 ? [] : issuesFromZod(issues);
}
