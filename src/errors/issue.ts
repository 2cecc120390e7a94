/** A path into a definition or a record: object keys and array indices. */
export type IssuePath = readonly (string | number)[];

/**
 * What a problem's wording needs besides its code: the values it names (a line, a byte offset, the
 * allowed values), so a locale can word it from `code` and these alone while `message` stays the
 * English wording. Data-run problems, definition problems (catalogs, mappings, programmes,
 * dashboards) and evaluation options carry them; a Report's shape problems do not yet.
 */
export type IssueParams = Readonly<Record<string, string | number | boolean | readonly string[]>>;

/**
 * One problem found in a definition. Problems are collected, never thrown one at a time, so a
 * user fixing a catalog sees all of them at once.
 */
export interface DefinitionIssue {
  /** Stable machine-readable code, e.g. `unknown_field`, `invalid_type`, `forbidden_key`. */
  readonly code: string;
  /** Where the problem is, from the root named by the error (e.g. `catalog`). */
  readonly path: IssuePath;
  readonly message: string;
  readonly params?: IssueParams;
}

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
