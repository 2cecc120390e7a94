import type { IssueParamsOf, LawGaugeIssueCode } from '../issues.js';

/**
 * Every issue code worded in one language from its params alone. A table must have every code
 * (adding a code to the union without wording it in each language fails to compile).
 */
export type IssueMessages = { readonly [C in LawGaugeIssueCode]: (params: IssueParamsOf<C>) => string };

/** What `wordIssue` needs of a problem: an issue of an error, or a quarantined value. */
export interface WordableProblem {
  readonly code: string;
  readonly message: string;
  readonly params?: unknown;
}

/**
 * A problem in the table's language: worded from its code and params, or its own (English)
 * `message` when the table has no such code or the problem carries no params (the transitional
 * shape checkers' issues).
 */
export function wordIssue(messages: IssueMessages, problem: WordableProblem): string {
  const { code, params } = problem;
  if (params === undefined || params === null || !Object.hasOwn(messages, code)) return problem.message;
  return (messages[code as LawGaugeIssueCode] as (params: unknown) => string)(params);
}
