import {
  formatPath,
  LawGaugeError,
  wordIssue,
  type Dataset,
  type Table,
  type WordableProblem,
} from '../../src/index.js';
import type { WorkerMessages } from './worker-messages.js';

/** The extensions the worker reads. */
export const DATA_EXTENSIONS = ['.csv', '.json', '.xlsx'] as const;

/**
 * What a data file is: a format the worker reads, or one it refuses naming why — NDJSON, which
 * `lawgauge compute` reads with a reader of its own (not in the browser bundle), and tab-separated
 * text, which no lawgauge reader splits on tabs.
 */
export type DataFormat = 'csv' | 'json' | 'xlsx' | 'ndjson' | 'tsv';

const BY_EXTENSION: Readonly<Record<string, DataFormat>> = {
  csv: 'csv',
  json: 'json',
  xlsx: 'xlsx',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
  tsv: 'tsv',
};
const BY_MEDIA_TYPE: Readonly<Record<string, DataFormat>> = {
  'text/csv': 'csv',
  'application/json': 'json',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/x-ndjson': 'ndjson',
  'application/jsonl': 'ndjson',
  'text/tab-separated-values': 'tsv',
};

/**
 * A data file's format: from the extension of its name (a URL's path or a `File`'s name), else
 * from its media type (a blob's or response's `type`); undefined when neither says (a `.txt`).
 */
export function dataFormat(name: string, type: string): DataFormat | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension !== undefined && Object.hasOwn(BY_EXTENSION, extension)) return BY_EXTENSION[extension];
  const media = type.split(';')[0]!.trim().toLowerCase();
  return Object.hasOwn(BY_MEDIA_TYPE, media) ? BY_MEDIA_TYPE[media] : undefined;
}

/**
 * A problem the worker words itself, in the language of the panels that report it: a file's read
 * is kept (and may fail) across a language switch, so its problem is worded each time it is shown.
 */
export class WorkerProblem extends Error {
  constructor(readonly words: (m: WorkerMessages) => string) {
    super('lawgauge compute worker problem');
  }
}

/**
 * Why a fetch threw (not an HTTP status: the request never completed), in the panel's words: for a
 * blob: URL (a file the page gave) that is a page's CSP without `connect-src blob:`.
 */
export function fetchFailure(url: string, source: string, error: unknown): WorkerProblem {
  if (url.startsWith('blob:')) return new WorkerProblem((m) => m.blobBlocked(source));
  const detail = error instanceof Error ? error.message : String(error);
  return new WorkerProblem((m) => m.notFetched(source, detail));
}

/**
 * An error as the panel shows it, in its language. A data error names its file, then each problem
 * worded from the core's issue table (the words name the field or line); a definition's problems
 * keep their place in it (`catalog.indicators[0]…`).
 */
export function workerErrorText(error: unknown, m: WorkerMessages): string {
  if (error instanceof WorkerProblem) return error.words(m);
  if (error instanceof LawGaugeError)
    return error.issues
      .map((issue) =>
        m.inFile(
          error.code === 'invalid_data' ? error.root : formatPath(error.root, issue.path),
          wordIssue(m.issues, issue),
        ),
      )
      .join('\n');
  return error instanceof Error ? error.message : String(error);
}

/** The name a data-quality line gives a file: a `File`'s own, or the last part of its URL's path. */
export function fileLabel(url: string, name: string | undefined): string {
  if (name !== undefined) return name;
  const last = new URL(url).pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last) || url;
  } catch {
    return last || url;
  }
}

/** A table as read from a file: which header (or JSON key) each field was read from. */
export interface ReadTable {
  readonly table: Table;
  readonly columns: ReadonlyMap<string, string>;
}

/**
 * A field as a data-quality line names it: as the user's file does, its header beside its id
 * (`审限天数（time_limit_days）`), as `lawgauge compute` says it; a field the file has no column for
 * (read as its default) by the catalog's label in the panel's language beside its id; else its id.
 */
export function fieldNamed(
  field: string,
  columns: ReadonlyMap<string, string> | undefined,
  dataset: Dataset,
  m: WorkerMessages,
): string {
  const header = columns?.get(field) ?? dataset.fields.find((candidate) => candidate.name === field)?.label?.[m.lang];
  return header === undefined || header === field ? field : m.rows.fieldShown(field, header);
}

/**
 * A table's data-quality line as the panel shows it, in its language: its file, the rows read, used,
 * rejected and skipped (the core's words, as `lawgauge compute` sums up a file), and the first
 * rejected value with its place, its field named by `named` (as the file names it).
 */
export function tableQuality(
  table: Table,
  source: string,
  m: WorkerMessages,
  named: (field: string) => string = (field) => field,
  columns?: ReadonlyMap<string, string>,
): string {
  const { read, used, quarantined, skipped } = table.quality;
  const counts = m.rows.rowCounts({
    read: m.count(read),
    used: m.count(used),
    rejected: m.count(quarantined),
    skipped: m.count(skipped),
  });
  const first = table.quarantine[0];
  // The reason names the field by its header too, as `lawgauge compute` words it.
  const withColumn = (entry: NonNullable<typeof first>): WordableProblem => {
    const params: object | undefined = entry.params;
    const column = columns?.get(entry.field);
    return params === undefined || column === undefined || !('field' in params)
      ? entry
      : { code: entry.code, message: entry.message, params: { ...params, column } };
  };
  return m.quality(
    source,
    counts,
    first === undefined
      ? undefined
      : m.rowProblem(
          m.rows.rowPlace(first.row, first.line),
          named(first.field),
          wordIssue(m.issues, withColumn(first)),
        ),
  );
}
