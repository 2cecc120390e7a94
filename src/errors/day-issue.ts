import { gotParams } from './described.js';
import type { IssuePath } from './issue.js';
import type { InvalidDateIssue, InvalidFormatIssue } from './issues.js';
import { EN_ISSUES, notARealDayWords } from './messages/en.js';

/**
 * The one answer to a value given where a `YYYY-MM-DD` date belongs (a catalog's date constant, a
 * Report's or dashboard's date, a programme's task dates, `from`/`to`, reform's `asOf`) that names
 * no day: written so but absent from the calendar, `invalid_date` (`"2019-02-30" is not a real
 * date: 2019-02 has 28 days, not 30`, as the CLI's `--from` says); written otherwise,
 * `invalid_format` (`expected a date YYYY-MM-DD, got "2019-2-3"`). `task`: the programme task it
 * belongs to.
 */
export function dayIssue(input: unknown, path: IssuePath, task?: string): InvalidDateIssue | InvalidFormatIssue {
  if (typeof input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input)) {
    const params = {
      value: JSON.stringify(input),
      format: 'YYYY-MM-DD' as const,
      ...(task === undefined ? {} : { task }),
    };
    return { code: 'invalid_date', path, message: notARealDayWords(params), params };
  }
  const params = { format: 'regex', rule: 'iso_date' as const, ...gotParams(input) };
  return { code: 'invalid_format', path, message: EN_ISSUES.invalid_format(params), params };
}
