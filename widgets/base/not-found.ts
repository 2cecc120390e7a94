import { TOTAL, type Report, type ReportRow } from '../../src/index.js';
import type { Messages } from './indicator-messages.js';
import type { WidgetLang } from './messages.js';
import { TEXT_MESSAGES } from './text-messages.js';
import { periodLabel } from './period-label.js';

/** How many values a "not found" message names at most: the first and last few, then how many in all. */
const LISTED = 8;

/**
 * The distinct `keys` (in order of first appearance) as a bounded list: all of them when few,
 * else the first and last four, then how many there are. One pass over the keys, any number of them;
 * only the names listed are worded by `label`.
 */
function listed(keys: Iterable<string>, label: (key: string) => string, lang: WidgetLang, m: Messages): string {
  const distinct = new Set(keys);
  const all = Array.from(distinct);
  const join = (part: string[]): string => part.map(label).join(TEXT_MESSAGES[lang].punctuation.list);
  if (all.length <= LISTED) return join(all);
  return `${join(all.slice(0, LISTED / 2))} … ${join(all.slice(-LISTED / 2))}${m.inAll(all.length)}`;
}

/** Why a `period` attribute shows nothing: the period asked for, and the periods `rows` have. */
export function noPeriod(rows: readonly ReportRow[], period: string, lang: WidgetLang, m: Messages): string {
  return m.noPeriod(
    periodLabel(period, lang),
    listed(
      rows.map((row) => row.period),
      (key) => periodLabel(key, lang),
      lang,
      m,
    ),
  );
}

/** Why a `group` attribute shows nothing: the value asked for, and the values of the Report's first group field. */
export function noGroup(report: Report, group: string, lang: WidgetLang, m: Messages): string {
  const field = report.groupBy[0] ?? '';
  const values = report.rows.map((row) => String(row.group[field])).filter((value) => value !== TOTAL);
  return m.noGroup(
    group,
    listed(values, (value) => value, lang, m),
  );
}
