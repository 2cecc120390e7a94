import { html, type TemplateResult } from 'lit';
import { formatNumber, type Report, type ReportRow } from '../../src/index.js';
import { formattedValue } from '../../src/internal.js';
import type { Messages } from './indicator-messages.js';
import type { WidgetLang } from './messages.js';
import { pagedTable } from './pager.js';
import { numberColumns, tableRows } from './report-text.js';

/**
 * The "view as table" alternative of a chart: the same rows and the same withheld values (a
 * suppressed cell shows its flag, never a number), with a caption and column headers. A long list
 * is shown a page at a time (see pager.ts): `aria-rowcount` gives the whole table's rows and each
 * row its `aria-rowindex`, so a screen reader says where in all of them a row is.
 */
export function dataTable(
  report: Report,
  rows: readonly ReportRow[],
  lang: WidgetLang,
  m: Messages,
  onExport: () => void,
): TemplateResult {
  const show = (cell: string | number | null, column: number): string => {
    if (cell === null) return '—';
    if (typeof cell === 'number')
      return column === 2 ? formattedValue(cell, report.indicator, lang) : formatNumber(cell, lang, 3);
    return cell;
  };
  const { header } = tableRows(report, [], lang, m);
  // A column holding numbers is right-aligned, header included (a withheld cell's words too): decided
  // over every row, not the page, so columns do not shift as pages turn.
  const align = numberColumns(rows).map((number) => (number ? 'num' : ''));
  const page = (first: number, count: number): TemplateResult => {
    const { body } = tableRows(report, rows.slice(first, first + count), lang, m);
    return html`<table part="table" aria-rowcount=${rows.length + 1}>
      <caption>${report.indicator.label[lang]}</caption>
      <thead><tr aria-rowindex="1">${header.map((name, column) => html`<th scope="col" class=${align[column]!}>${name}</th>`)}</tr></thead>
      <tbody>${body.map((cells, index) => html`<tr aria-rowindex=${first + index + 2}>${cells.map((cell, column) => (column === 1 ? html`<th scope="row" class=${align[column]!}>${show(cell, column)}</th>` : html`<td class=${align[column]!}>${show(cell, column)}</td>`))}</tr>`)}</tbody>
    </table>`;
  };
  // Focusable and named: a keyboard scrolls it sideways when it is wider than the widget.
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label=${report.indicator.label[lang]}>
    ${pagedTable(report, rows.length, lang, page)}
    <button type="button" part="export" @click=${onExport}>${m.exportCsv}</button>
  </div>`;
}
