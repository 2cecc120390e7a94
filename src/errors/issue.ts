import type { ShapeCheckIssue } from './issues.js';

/** A path into a definition or a record: object keys and array indices. */
export type IssuePath = readonly (string | number)[];

/**
 * Params in their loosest form: what a quarantined value's wording names. Each issue code has its
 * own params type (see {@link LawGaugeIssue}).
 */
export type IssueParams = Readonly<Record<string, string | number | boolean | readonly string[]>>;

/**
 * @deprecated Use {@link LawGaugeIssue}, the union of every issue by code. Transitional: until the
 * browser's shape checkers are generated from the zod schemas (issue 21, item 1), this names their
 * issues; it then becomes an alias of `LawGaugeIssue`.
 */
export type DefinitionIssue = ShapeCheckIssue;

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
