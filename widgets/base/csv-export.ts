import type { Report, ReportRow } from '../../src/index.js';
import type { Messages } from './indicator-messages.js';
import type { WidgetLang } from './messages.js';
import { tableRows } from './report-text.js';

/**
 * CSV text for spreadsheets: a UTF-8 BOM so Excel reads Chinese correctly, RFC 4180 quoting, and
 * text cells starting with = + - @ (or a tab / carriage return) neutralised with a leading
 * apostrophe so they are never run as formulas. Numbers are written in full precision.
 */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (value: string | number | null): string => {
    if (value === null) return '';
    if (typeof value === 'number') return String(value);
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Offers `text` as a file download (a Blob URL; no inline script or markup). */
export function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A chart's visible rows as CSV, offered as a download and returned (charts' `exportCsv()`). */
export function exportRows(report: Report, rows: readonly ReportRow[], lang: WidgetLang, messages: Messages): string {
  const { header, body } = tableRows(report, rows, lang, messages);
  const csv = toCsv([header, ...body]);
  download(csv, `${report.indicator.id}.csv`);
  return csv;
}
