import { formatPath, type DefinitionIssue } from './issue.js';

/**
 * The one error class lawgauge throws. `issues` holds every problem found (for a definition, all
 * of them); `message` lists them, each prefixed by its path, e.g.
 * `catalog.indicators[3].measure.numerator.where.and[1].field: unknown field "closed_date" …`.
 */
export class LawGaugeError extends Error {
  override readonly name = 'LawGaugeError';
  /** `invalid_definition`, `invalid_argument`, `invalid_data`. */
  readonly code: string;
  readonly issues: readonly DefinitionIssue[];
  /** What the paths are relative to: `catalog`, `options`, `report`, … */
  readonly root: string;

  constructor(code: string, root: string, issues: readonly DefinitionIssue[]) {
    super(issues.map((issue) => `${formatPath(root, issue.path)}: ${issue.message}`).join('\n'));
    this.code = code;
    this.root = root;
    this.issues = issues;
  }
}

/** API misuse: throws at once with a short message naming the argument. */
export function invalidArgument(argument: string, message: string): LawGaugeError {
  return new LawGaugeError('invalid_argument', argument, [{ code: 'invalid_argument', path: [], message }]);
}
