import { formatPath } from '../errors/issue.js';
import type { LawGaugeError } from '../errors/law-gauge-error.js';
import type { ArgumentErrorKind, Messages } from './messages/messages.js';

/**
 * The first steps of the paths of a data file's issues that its messages already word (`no column
 * for field "filed_on"`, `line 12 has 3 fields`): the file's name is printed without them, not glued
 * to them (`cases.csv.columns.filed_on`).
 */
const DATA_FILE_PLACES: ReadonlySet<string | number> = new Set(['columns', 'mapping', 'line', 'header']);

/** Where an issue of `error` is: its root and path, or only the root for a data file's place its message names. */
function issuePlace(error: LawGaugeError, path: LawGaugeError['issues'][number]['path']): string {
  const worded = error.code === 'invalid_data' && path.length > 0 && DATA_FILE_PLACES.has(path[0]!);
  return worded ? error.root : formatPath(error.root, path);
}

/**
 * A LawGaugeError as the run prints it: each issue on its own line after its place, worded in the
 * run's language from its code and params, then (unless `count` is false) how many there are. In
 * English this is the error's own message.
 */
export function lawGaugeErrorText(error: LawGaugeError, messages: Messages, count = true): string {
  const lines = error.issues.map((issue) => `${issuePlace(error, issue.path)}: ${messages.problem(issue)}`);
  return `${lines.join('\n')}${count ? `\n${messages.problemCount(error.issues.length)}` : ''}`;
}

/** Node's parseArgs errors (unknown option, missing value) are usage errors. */
export function isArgumentError(error: unknown): error is Error & { readonly code: string } {
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === 'string' &&
    (error as unknown as { code: string }).code.startsWith('ERR_PARSE_ARGS')
  );
}

/** What Node's argument parser refused, and the option or argument it named (the first one quoted in its message). */
export function argumentProblem(error: Error & { readonly code: string }): {
  readonly kind: ArgumentErrorKind;
  readonly token: string;
} {
  const token = /'([^']*)'/.exec(error.message)?.[1]?.replace(/ <value>$/, '') ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return { kind: 'unknown_option', token };
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return { kind: 'unexpected_argument', token };
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return {
        kind: error.message.includes('does not take an argument')
          ? 'takes_no_value'
          : error.message.includes('argument is ambiguous')
            ? 'dash_value'
            : 'missing_value',
        token,
      };
    default:
      return { kind: 'other', token };
  }
}
