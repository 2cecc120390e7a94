import { formatPath } from '../errors/issue.js';
import type { LawGaugeError } from '../errors/law-gauge-error.js';
import type { Messages } from './messages/messages.js';

/**
 * The first steps of the paths of a data file's issues that its messages already word (`no column
 * for field "filed_on"`, `line 12 has 3 fields`, `read the first sheet, …`): the file's name is printed without them, not glued
 * to them (`cases.csv.columns.filed_on`).
 */
const DATA_FILE_PLACES: ReadonlySet<string | number> = new Set(['columns', 'mapping', 'line', 'header', 'sheet']);

/** The flag that gives each of evaluate()'s options: the CLI's user never wrote `options.by[0]`. */
const OPTION_FLAGS: Readonly<Record<string, string>> = {
  by: '--by',
  from: '--from',
  to: '--to',
  period: '--period',
  indicators: '--indicator',
  toDate: '--ytd',
  suppressBelow: '--suppress',
};

/**
 * Where an issue of `error` is: its root and path, or only the root for a data file's place its
 * message names, or the flag that gave an evaluation option (`--by`, not `options.by[0]`).
 */
function issuePlace(error: LawGaugeError, path: LawGaugeError['issues'][number]['path']): string {
  const head = path[0];
  if (error.code === 'invalid_argument' && error.root === 'options' && typeof head === 'string') {
    const flag = Object.hasOwn(OPTION_FLAGS, head) ? OPTION_FLAGS[head] : undefined;
    if (flag !== undefined) return flag;
  }
  const worded = error.code === 'invalid_data' && path.length > 0 && DATA_FILE_PLACES.has(path[0]!);
  return worded ? error.root : formatPath(error.root, path);
}

/**
 * A LawGaugeError as the run prints it: each issue on its own line after its place, worded in the
 * run's language from its code and params, then (unless `count` is false) how many there are. In
 * English this is the error's own message.
 */
export function lawGaugeErrorText(error: LawGaugeError, messages: Messages, count = true): string {
  const lines = error.issues.map(
    (issue) =>
      `${issuePlace(error, issue.path)}: ${messages.problem(issue)}${issue.code === 'header_below' ? messages.headerRowFlag(issue.params.row) : ''}`,
  );
  return `${lines.join('\n')}${count ? `\n${messages.problemCount(error.issues.length)}` : ''}`;
}
