import { toCsv, type CsvCell } from '../format/csv-text.js';
import type { Catalog } from '../model/catalog.js';
import { exclusionRoles, exclusionScope, type ExclusionRole } from '../model/empty-exclusions.js';
import type { Report } from '../model/report.js';
import { baseIndicator } from '../measures/registry.js';
import type { Table } from '../table/table.js';
import { readsAsGb18030 } from './gb18030-hint.js';
import type { Messages } from './messages/messages.js';

/**
 * What a summary needs of a table: counts, the quarantined values when the engine lists them, and
 * the skipped rows when the reader lists them.
 */
export type TableOutcome = Pick<Table, 'quality' | 'quarantine'> &
  Partial<Pick<Table, 'skippedRows' | 'rulesWithoutColumns'>>;

/** One input file as read. */
export interface ReadSummary {
  readonly dataset: string;
  readonly source: string;
  readonly format: string;
  readonly encoding: string;
  readonly table: TableOutcome;
  /** Field → the header (or JSON key) it was read from, when the reader says: rows' problems name the field by it. */
  readonly columns?: ReadonlyMap<string, string>;
}

/** Quarantined rows / rows that hold records (used + quarantined: skipped blank and footer rows count in neither); 0 when none. */
export function rejectRate(table: TableOutcome): number {
  const records = table.quality.used + table.quality.quarantined;
  return records === 0 ? 0 : table.quality.quarantined / records;
}

/** Skipped rows listed with their lines on the summary. */
const SKIPPED_SHOWN = 5;

type Entry = TableOutcome['quarantine'][number];

/** A field as the file names it (`立案日期 (filed_on)`), or its id when the header is the id or not known. */
function shownField(field: string, columns: ReadonlyMap<string, string> | undefined, messages: Messages): string {
  const header = columns?.get(field);
  return header === undefined || header === field ? field : messages.fieldShown(field, header);
}

/**
 * A quarantined value as the CLI words it: its reason in the run's language, naming the field by
 * the header it was read from beside its id (`"立案日期" (filed_on) is required but empty`).
 */
function reasonOf(entry: Entry, messages: Messages, columns: ReadonlyMap<string, string> | undefined): string {
  let params: object | undefined = entry.params;
  if (params !== undefined && columns !== undefined) {
    if ('field' in params && typeof params.field === 'string' && columns.has(params.field))
      params = { ...params, column: columns.get(params.field) };
    else if (entry.code === 'duplicate_key' && 'key' in params && typeof params.key === 'string')
      params = {
        ...params,
        key: params.key
          .split(' + ')
          .map((name) => shownField(name, columns, messages))
          .join(' + '),
      };
  }
  return messages.problem({ code: entry.code, message: entry.reason, params });
}

/**
 * The stderr summary, in the run's language: for each dataset read / used / rejected / skipped
 * (read = used + quarantined + skipped, always; the percentage is rejected of used + rejected, and a
 * file without records says so instead), the
 * encoding and format, the most frequent reasons (code and field) with their counts, the record
 * rules the file lacked columns for, and the first skipped rows' lines.
 */
export function summaryText(reads: readonly ReadSummary[], messages: Messages, top = 3): string {
  const lines: string[] = [];
  for (const { dataset, source, format, encoding, table, columns } of reads) {
    const { read, used, quarantined, skipped } = table.quality;
    // No records (an empty file, or only blank and footer rows): no share to give.
    const percent = used + quarantined === 0 ? null : (rejectRate(table) * 100).toFixed(2);
    const by = table.skippedRows;
    const skippedBy =
      skipped === 0 || by === undefined
        ? []
        : (['title', 'blank', 'footer', 'note'] as const)
            .filter((reason) => (by[reason] ?? 0) > 0)
            .map((reason) => [reason, by[reason] ?? 0] as const);
    lines.push(
      messages.summaryLine({
        dataset,
        source,
        format,
        encoding: format === 'csv' ? encoding : null,
        read,
        used,
        rejected: quarantined,
        percent,
        skipped,
        skippedBy,
      }),
    );
    const counts = new Map<string, { count: number; shown: string; place: string; reason: string }>();
    for (const entry of table.quarantine) {
      const key = `${entry.field === '*' ? '' : `${entry.field}: `}${entry.code}`;
      const seen = counts.get(key);
      if (seen === undefined)
        counts.set(key, {
          count: 1,
          shown: `${entry.field === '*' ? '' : `${shownField(entry.field, columns, messages)}: `}${entry.code}`,
          place: messages.rowPlace(entry.row, entry.line),
          reason: reasonOf(entry, messages, columns),
        });
      else seen.count++;
    }
    const ranked = [...counts].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1)).slice(0, top);
    for (const [, { count, shown, place, reason }] of ranked)
      lines.push(messages.reasonLine(count, shown, place, reason));
    if (counts.size > top) lines.push(messages.moreKinds(counts.size - top));
    const rows = table.skippedRows?.rows ?? [];
    if (rows.length > 0) {
      const shown = rows
        .slice(0, SKIPPED_SHOWN)
        .map(({ row, line, reason }) => messages.skippedPlace(row, line, reason));
      lines.push(messages.skippedList(shown, skipped > shown.length));
    }
    // Notes after the dataset's indented lines (reasons, skipped rows), not between them.
    for (const { rule, missing } of table.rulesWithoutColumns ?? [])
      lines.push(messages.ruleWithoutColumn(dataset, rule, missing));
    // Rows quarantined for bytes that are not UTF-8, in a file that reads as GB18030 throughout:
    // most likely a GBK export with too few Chinese values for `--encoding auto` to tell.
    const notUtf8 = table.quarantine.filter((entry) => entry.code === 'invalid_encoding').length;
    if (notUtf8 > 0 && encoding === 'utf-8' && readsAsGb18030(source))
      lines.push(messages.gb18030Hint(dataset, notUtf8));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The notes on records the indicators left out because a field their measure needs is empty (the
 * Reports' `quality.<dataset>.excluded`), naming the field by the file's header beside its id:
 * `note: cases: 2 records without 审限天数 (time_limit_days) are not counted in on_time_closure_rate, …`.
 * A field only a rate's or ratio's numerator needs leaves its records in the denominator, and the
 * note says so.
 */
export function excludedText(
  reports: readonly Pick<Report, 'indicator' | 'quality'>[],
  reads: readonly ReadSummary[],
  messages: Messages,
  catalog: Catalog,
): string {
  const lines: string[] = [];
  for (const report of reports)
    for (const [dataset, quality] of Object.entries(report.quality)) {
      const columns = reads.find((read) => read.dataset === dataset)?.columns;
      const roles = rolesOf(catalog, report.indicator.id);
      for (const [field, records] of Object.entries(quality.excluded ?? {})) {
        const note = roles.get(field) === 'numerator' ? messages.excludedNumeratorNote : messages.excludedNote;
        lines.push(note(dataset, records, shownField(field, columns, messages), report.indicator.id));
      }
    }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** The roles of the fields an indicator's measure (its base rate's, for a complement) needs. */
function rolesOf(catalog: Catalog, id: string): Map<string, ExclusionRole> {
  const indicator = catalog.indicators.find((candidate) => candidate.id === id);
  const dataset = catalog.datasets.find((candidate) => candidate.id === indicator?.dataset);
  if (indicator === undefined || dataset === undefined) return new Map();
  const base = baseIndicator(indicator.measure);
  const measure = catalog.indicators.find((candidate) => candidate.id === base)?.measure ?? indicator.measure;
  return exclusionRoles(measure, exclusionScope(dataset));
}

/**
 * The `--rejects` CSV: `dataset,row,line,field,value,code,reason`, one line per unusable value;
 * `field` (the catalog's id) and `code` are stable across languages and files (to filter or count
 * on), `reason` is in the run's language and names the field by the file's header.
 */
export function rejectsCsv(
  reads: readonly ReadSummary[],
  messages: Messages,
  options: { readonly bom: boolean },
): string {
  const rows: CsvCell[][] = [['dataset', 'row', 'line', 'field', 'value', 'code', 'reason']];
  for (const { table, columns } of reads)
    for (const entry of table.quarantine)
      rows.push([
        entry.dataset,
        entry.row,
        entry.line,
        entry.field,
        entry.value,
        entry.code,
        reasonOf(entry, messages, columns),
      ]);
  return toCsv(rows, { bom: options.bom });
}
