import { toCsv, type CsvCell } from '../format/csv-text.js';
import type { Table } from '../table/table.js';

/** What a summary needs of a table: counts, and the quarantined values when the engine lists them. */
export type TableOutcome = Pick<Table, 'quality' | 'quarantine'>;

/** One input file as read. */
export interface ReadSummary {
  readonly dataset: string;
  readonly source: string;
  readonly format: string;
  readonly encoding: string;
  readonly table: TableOutcome;
}

/** Quarantined rows / rows read (0 for an empty file). */
export function rejectRate(table: TableOutcome): number {
  return table.quality.read === 0 ? 0 : table.quality.quarantined / table.quality.read;
}

/**
 * The stderr summary: for each dataset read / used / rejected (read = used + rejected, always),
 * the encoding and format, and the most frequent reasons (code and field) with their counts.
 */
export function summaryText(reads: readonly ReadSummary[], top = 3): string {
  const lines: string[] = [];
  for (const { dataset, source, format, encoding, table } of reads) {
    const { read, used, quarantined } = table.quality;
    const percent = read === 0 ? '0' : ((quarantined / read) * 100).toFixed(2);
    lines.push(`${dataset}: ${source} (${format}${format === 'csv' ? `, ${encoding}` : ''}): read ${read}, used ${used}, rejected ${quarantined} (${percent}%)`);
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
  }
  return `${lines.join('\n')}\n`;
}

/** The `--rejects` CSV: `dataset,row,line,field,value,reason`, one line per unusable value. */
export function rejectsCsv(reads: readonly ReadSummary[], options: { readonly bom: boolean }): string {
  const rows: CsvCell[][] = [['dataset', 'row', 'line', 'field', 'value', 'reason']];
  for (const { table } of reads) for (const entry of table.quarantine) rows.push([entry.dataset, entry.row, entry.line, entry.field, entry.value, `${entry.code}: ${entry.reason}`]);
  return toCsv(rows, { bom: options.bom });
}
