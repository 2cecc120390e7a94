import { toCsv, type Report, type ReportRow } from '../../src/index.js';
import type { Messages } from './indicator-messages.js';
import type { WidgetLang } from './messages.js';
import { tableRows } from './report-text.js';

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
