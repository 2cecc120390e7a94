import { html, type TemplateResult } from 'lit';
import { formatNumber, formatValue, type Report, type ReportRow } from '../../src/index.js';
import type { Messages } from './indicator-messages.js';
import type { WidgetLang } from './messages.js';
import { tableRows } from './report-text.js';

/**
 * The "view as table" alternative of a chart: the same rows and the same withheld values (a
 * suppressed cell shows its flag, never a number), with a caption and column headers.
 */
export function dataTable(report: Report, rows: readonly ReportRow[], lang: WidgetLang, m: Messages, onExport: () => void): TemplateResult {
  const { header, body } = tableRows(report, rows, lang, m);
  const show = (cell: string | number | null, column: number): string => {
    if (cell === null) return '—';
    if (typeof cell === 'number') return column === 2 ? formatValue(cell, report.indicator, lang) : formatNumber(cell, lang, 3);
    return cell;
  };
  // A column holding numbers is right-aligned, header included (a withheld cell's words too).
  const align = header.map((_, column) => (body.some((cells) => typeof cells[column] === 'number') ? 'num' : ''));
  return html`<div class="table-wrap">
    <table part="table">
      <caption>${report.indicator.label[lang]}</caption>
      <thead><tr>${header.map((name, column) => html`<th scope="col" class=${align[column]!}>${name}</th>`)}</tr></thead>
      <tbody>${body.map((cells) => html`<tr>${cells.map((cell, column) => (column === 1 ? html`<th scope="row" class=${align[column]!}>${show(cell, column)}</th>` : html`<td class=${align[column]!}>${show(cell, column)}</td>`))}</tr>`)}</tbody>
    </table>
    <button type="button" part="export" @click=${onExport}>${m.exportCsv}</button>
  </div>`;
}
