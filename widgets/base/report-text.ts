import { TOTAL, type Report, type ReportRow } from '../../src/index.js';
import { formattedValue } from '../../src/internal.js';
import type { Messages } from './indicator-messages.js';
import type { LgSelectDetail } from './lawgauge-element.js';
import type { WidgetLang } from './messages.js';
import { periodLabel } from './period-label.js';
import { TABLE_MESSAGES } from './table-messages.js';
import { TEXT_MESSAGES } from './text-messages.js';

/**
 * A row's group as people read it: the group values joined, each by its name in the Report's
 * `groupLabels` when it has one (`Huangpu` for 黄浦区 in English), or the words for "total".
 */
export function groupName(report: Report, row: ReportRow, lang: WidgetLang): string {
  const values = report.groupBy.map((field) => row.group[field]);
  const words = TEXT_MESSAGES[lang];
  if (values.length === 0 || values.every((value) => value === TOTAL)) return words.total;
  return report.groupBy
    .map((field, index) => {
      const value = values[index];
      if (value === null) return words.emptyGroup;
      const labels = report.groupLabels?.[field];
      const key = String(value);
      return labels !== undefined && Object.hasOwn(labels, key) ? labels[key]![lang] : key;
    })
    .join(' · ');
}

/** The `lg-select` detail of a Report row the user activated (a bar, a trend point, a table row). */
export function rowSelection(report: Report, row: ReportRow, lang: WidgetLang): LgSelectDetail {
  return {
    indicator: report.indicator.id,
    period: row.period,
    group: { ...row.group },
    label: groupName(report, row, lang),
    value: row.value,
  };
}

/**
 * A row's value in words: the formatted value, or why there is none. A value on fewer than the
 * minimum sample (`unstable`: for a rate, a small denominator) says so, so no widget shows 1 of 1
 * as a plain 100%.
 */
export function valueText(report: Report, row: ReportRow, lang: WidgetLang, m: Messages): string {
  if (row.value === null) return m.flag[row.flag ?? 'no-data'];
  const value = formattedValue(row.value, report.indicator, lang);
  return row.flag === 'unstable' ? m.unstableValue(value) : value;
}

/**
 * A row's value as drawn where space is short: the formatted value, marked `*` when it rests on
 * fewer than the minimum sample (the widget words the mark in a visible note or legend, and the
 * row's accessible name carries {@link valueText}), or `—` without a value.
 */
export function valueMark(report: Report, row: ReportRow, lang: WidgetLang, m: Messages): string {
  if (row.value === null) return '—';
  const value = formattedValue(row.value, report.indicator, lang);
  return row.flag === 'unstable' ? `${value}${m.unstableMark}` : value;
}

/** The sentence counting the values of `rows` on a small sample, or '' when none is. */
export function unstableCount(report: Report, rows: readonly (ReportRow | undefined)[], m: Messages): string {
  let count = 0;
  let total = 0;
  for (const row of rows)
    if (row?.value != null) {
      total++;
      if (row.flag === 'unstable') count++;
    }
  return count === 0 ? '' : m.unstableCount(count, total, report.indicator.minSample);
}

/** The row fields behind {@link tableRows}' number columns, by column (value, numerator, denominator, n). */
const NUMBER_COLUMNS: Readonly<Record<number, 'value' | 'numerator' | 'denominator' | 'n'>> = {
  2: 'value',
  3: 'numerator',
  4: 'denominator',
  5: 'n',
};

/**
 * Which of {@link tableRows}' columns hold a number in some of `rows` (those are right-aligned),
 * read from the rows' fields rather than from their cells, so a long list needs no cells built.
 */
export function numberColumns(rows: readonly ReportRow[]): boolean[] {
  return Array.from({ length: 8 }, (_, column) => {
    const field = NUMBER_COLUMNS[column];
    return field !== undefined && rows.some((row) => row[field] !== null);
  });
}

/** The visible numbers of a set of rows, for the table view and CSV export (columns as {@link numberColumns} knows them). */
export function tableRows(
  report: Report,
  rows: readonly ReportRow[],
  lang: WidgetLang,
  m: Messages,
): { header: string[]; body: (string | number | null)[][] } {
  const c = TABLE_MESSAGES[lang].columns;
  const header = [c.period, c.group, c.value, c.numerator, c.denominator, c.n, c.status, c.flag];
  const body = rows.map((row) => [
    periodLabel(row.period, lang),
    groupName(report, row, lang),
    row.value,
    row.numerator,
    row.denominator,
    row.n,
    row.status === null || row.value === null ? null : m.status[row.status],
    row.flag === null ? null : m.flag[row.flag],
  ]);
  return { header, body };
}
