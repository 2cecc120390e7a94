import { formatPath } from './issue.js';
import type { LawGaugeIssue } from './issues.js';

/**
 * What kind of input was wrong: a definition (catalog, mapping, programme, dashboard, overrides),
 * an argument or option given in code or on the command line, data (a file, records, a SQL
 * engine's answer), or a Report (an indicator's or a reform programme's, as a widget reads it).
 */
export type LawGaugeErrorCode = 'invalid_definition' | 'invalid_argument' | 'invalid_data' | 'invalid_report';

/**
 * The one error class lawgauge throws. `issues` holds every problem found (for a definition, all
 * of them); `message` lists them, each prefixed by its path, e.g.
 * `catalog.indicators[3].measure.numerator.where.and[1].field: unknown field "closed_date" …`.
 */
export class LawGaugeError extends Error {
  override readonly name = 'LawGaugeError';
  readonly code: LawGaugeErrorCode;
  readonly issues: readonly LawGaugeIssue[];
  /** What the paths are relative to: `catalog`, `options`, `report`, … */
  readonly root: string;

  constructor(code: LawGaugeErrorCode, root: string, issues: readonly LawGaugeIssue[]) {
    super(issues.map((issue) => `${formatPath(root, issue.path)}: ${issue.message}`).join('\n'));
    this.code = code;
    this.root = root;
    this.issues = issues;
  }
}

/** API misuse: throws at once with a short message naming the argument. */
export function invalidArgument(argument: string, message: string): LawGaugeError {
  return new LawGaugeError('invalid_argument', argument, [
    { code: 'invalid_argument', path: [], message, params: { detail: message } },
  ]);
}
