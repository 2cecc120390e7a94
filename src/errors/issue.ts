import type { LawGaugeIssue } from './issues.js';

/** A path into a definition or a record: object keys and array indices. */
export type IssuePath = readonly (string | number)[];

/**
 * Params in their loosest form: what a quarantined value's wording names. Each issue code has its
 * own params type (see {@link LawGaugeIssue}).
 */
export type IssueParams = Readonly<Record<string, string | number | boolean | readonly string[]>>;

/** Another name of {@link LawGaugeIssue}, kept for code written before the issues were typed. */
export type DefinitionIssue = LawGaugeIssue;

/** `catalog.indicators[3].measure.where.and[1].field` */
export function formatPath(root: string, path: IssuePath): string {
  let text = root;
  for (const part of path) {
    text +=
      typeof part === 'number'
        ? `[${part}]`
        : /^[A-Za-z_$][\w$-]*$/.test(part)
          ? `.${part}`
          : `[${JSON.stringify(part)}]`;
  }
  return text;
}
