import { toCsv, type CsvCell } from '../format/csv-text.js';
import type { Table } from '../table/table.js';

/**
 * What a summary needs of a table: counts, the quarantined values when the engine lists them, and
 * the skipped rows when the reader lists them.
 */
export type TableOutcome = Pick<Table, 'quality' | 'quarantine'> & Partial<Pick<Table, 'skippedRows'>>;

/** One input file as read. */
export interface ReadSummary {
  readonly dataset: string;
  readonly source: string;
  readonly format: string;
  readonly encoding: string;
  readonly table: TableOutcome;
}

/** Quarantined rows / rows that hold records (used + quarantined: skipped blank and footer rows count in neither); 0 when none. */
export function rejectRate(table: TableOutcome): number {
  const records = table.quality.used + table.quality.quarantined;
  return records === 0 ? 0 : table.quality.quarantined / records;
}

/** Skipped rows listed with their lines on the summary. */
const SKIPPED_SHOWN = 5;

/** `, skipped 3 (2 blank, 1 footer)`: the count, and by reason when there are any. */
function skippedText(table: TableOutcome): string {
  const { skipped } = table.quality;
  const rows = table.skippedRows;
  if (skipped === 0 || rows === undefined) return `, skipped ${skipped}`;
  const reasons = [rows.blank > 0 ? `${rows.blank} blank` : '', rows.footer > 0 ? `${rows.footer} footer` : ''].filter((part) => part !== '');
  return `, skipped ${skipped} (${reasons.join(', ')})`;
}

/**
 * The stderr summary: for each dataset read / used / rejected / skipped (read = used + rejected +
 * skipped, always; the percentage is rejected of used + rejected), the encoding and format, the most
 * frequent reasons (code and field) with their counts, and the first skipped rows' lines.
 */
export function summaryText(reads: readonly ReadSummary[], top = 3): string {
  const lines: string[] = [];
  for (const { dataset, source, format, encoding, table } of reads) {
    const { read, used, quarantined } = table.quality;
    const percent = used + quarantined === 0 ? '0' : (rejectRate(table) * 100).toFixed(2);
    lines.push(`${dataset}: ${source} (${format}${format === 'csv' ? `, ${encoding}` : ''}): read ${read}, used ${used}, rejected ${quarantined} (${percent}%)${skippedText(table)}`);
    const counts = new Map<string, { count: number; example: string }>();
    for (const entry of table.quarantine) {
      const key = `${entry.field === '*' ? '' : `${entry.field}: `}${entry.code}`;
      const seen = counts.get(key);
      if (seen === undefined) counts.set(key, { count: 1, example: `row ${entry.row}${entry.line === null ? '' : `, line ${entry.line}`}: ${entry.reason}` });
      else seen.count++;
    }
    const ranked = [...counts].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1)).slice(0, top);
    for (const [key, { count, example }] of ranked) lines.push(`  ${count} × ${key} (e.g. ${example})`);
    if (counts.size > top) lines.push(`  … ${counts.size - top} more kind(s); see --rejects`);
    const skipped = table.skippedRows?.rows ?? [];
    if (skipped.length > 0) {
      const shown = skipped.slice(0, SKIPPED_SHOWN).map(({ row, line, reason }) => `${line === null ? `row ${row}` : `line ${line}`} (${reason})`);
      lines.push(`  skipped: ${shown.join(', ')}${table.quality.skipped > shown.length ? ', …' : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The `--rejects` CSV: `dataset,row,line,field,value,reason`, one line per unusable value. */
export function rejectsCsv(reads: readonly ReadSummary[], options: { readonly bom: boolean }): string {
  const rows: CsvCell[][] = [['dataset', 'row', 'line', 'field', 'value', 'reason']];
  for (const { table } of reads) for (const entry of table.quarantine) rows.push([entry.dataset, entry.row, entry.line, entry.field, entry.value, `${entry.code}: ${entry.reason}`]);
  return toCsv(rows, { bom: options.bom });
}
