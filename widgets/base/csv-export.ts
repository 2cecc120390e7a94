import type { Report, ReportRow } from '../../src/index.js';
import { csvText } from '../../src/internal.js';
import type { Messages } from './indicator-messages.js';
import type { WidgetLang } from './messages.js';
import { tableRows } from './report-text.js';
import { saveFile } from './save-file.js';

/** Offers CSV `text` as a file download. */
export function download(text: string, fileName: string): void {
  saveFile(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** A chart's visible rows as CSV, offered as a download and returned (charts' `exportCsv()`). */
export function exportRows(report: Report, rows: readonly ReportRow[], lang: WidgetLang, messages: Messages): string {
  const { header, body } = tableRows(report, rows, lang, messages);
  const csv = csvText([header, ...body]);
  download(csv, `${report.indicator.id}.csv`);
  return csv;
}
