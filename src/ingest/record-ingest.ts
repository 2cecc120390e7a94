import { describedGot, gotParams } from '../errors/described.js';
import { LawGaugeError } from '../errors/law-gauge-error.js';
import type { Dataset } from '../model/dataset.js';
import { parseDataset } from '../model/parse.js';
import { checkOptionKeys } from '../model/option-keys.js';
import {
  builderOptions,
  SOURCE_INGEST_OPTION_KEYS,
  type SourceIngestOptions,
  type SourceIngestResult,
} from './source-options.js';
import type { SkipReason } from '../table/table.js';
import { showValue, TableBuilder } from './table-builder.js';
import { rejectInvalidBytes } from './csv-problems.js';

/**
 * Reads JSON records (from an array or NDJSON lines) into a {@link Table}, matching their keys onto
 * fields like CSV headers (mapping `columns`, field names, labels). `keys` are the keys to match:
 * those of the first records; a key missing from a later record reads as an empty value.
 */
export class RecordIngest {
  private readonly builder: TableBuilder;
  private readonly keyOf: (string | null)[];
  private readonly cells: unknown[];
  readonly columns: ReadonlyMap<string, string>;
  private readonly source: string;

  constructor(dataset: Dataset | unknown, keys: readonly string[], options: SourceIngestOptions = {}) {
    const definition = parseDataset(dataset);
    this.source = options.source ?? 'json';
    this.builder = new TableBuilder(definition, builderOptions(options));
    const plan = this.builder.planColumns(keys, {
      mapping: options.mapping,
      source: options.source ?? 'json',
      optional: options.optional,
    });
    this.columns = plan.columns;
    this.keyOf = this.builder.fields.map((field) => plan.columns.get(field.name) ?? null);
    this.cells = new Array<unknown>(this.keyOf.length);
  }

  /** Adds one record; `line` is its line in an NDJSON file. */
  add(record: unknown, line: number | null = null): void {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      const kind = Array.isArray(record) ? 'an array' : record === null ? 'null' : `a ${typeof record}`;
      this.builder.reject(
        line,
        {
          code: 'invalid_record',
          message: `the record is ${kind}, not an object`,
          params: { kind: Array.isArray(record) ? 'array' : record === null ? 'null' : typeof record },
        },
        showValue(record),
      );
      return;
    }
    const fields = record as Record<string, unknown>;
    for (let slot = 0; slot < this.keyOf.length; slot++) {
      const key = this.keyOf[slot]!;
      this.cells[slot] = key !== null && Object.hasOwn(fields, key) ? fields[key] : undefined;
    }
    this.builder.addCells(this.cells, line);
  }

  /** Counts a row that holds no record (e.g. a blank NDJSON line) as skipped. */
  skip(line: number | null, reason: SkipReason): void {
    this.builder.skip(line, reason);
  }

  /** Counts a line that is not JSON as quarantined; `detail` is the parser's account. */
  reject(line: number, detail: string, value: string): void {
    this.builder.reject(
      line,
      { code: 'invalid_json', message: `line ${line} is not JSON: ${detail}`, params: { line, detail } },
      value,
    );
  }

  /**
   * Counts an NDJSON line holding bytes that are not text in the file's encoding as quarantined
   * (`invalid_encoding`, as a CSV row): `count` invalid sequences, the first at file offset `first`
   * starting with `byte`; `value` is the line as decoded.
   */
  rejectInvalidBytes(
    line: number,
    first: number,
    byte: number,
    count: number,
    value: string,
    encoding: 'utf-8' | 'gb18030',
  ): void {
    rejectInvalidBytes(this.builder, this.source, line, false, first, byte, count, value, encoding);
  }

  finish(): SourceIngestResult {
    return { table: this.builder.finish(), columns: this.columns };
  }
}

/** The distinct keys of the first `limit` object records, in first-seen order. */
export function recordKeys(records: readonly unknown[], limit = 1000): string[] {
  const keys = new Set<string>();
  for (let index = 0; index < records.length && index < limit; index++) {
    const record = records[index];
    if (record !== null && typeof record === 'object' && !Array.isArray(record))
      for (const key of Object.keys(record)) keys.add(key);
  }
  return [...keys];
}

/**
 * Ingests an array of JSON records whose keys may be a file's own names (`立案日期`), mapped like
 * CSV headers. Unlike `ingest`, which expects records keyed by field name.
 *
 * @throws LawGaugeError when `records` is not an array or fields have no key.
 */
export function ingestJsonRecords(
  dataset: Dataset | unknown,
  records: readonly unknown[],
  options: SourceIngestOptions = {},
): SourceIngestResult {
  checkOptionKeys(options, SOURCE_INGEST_OPTION_KEYS);
  if (!Array.isArray(records)) {
    const got = gotParams(records);
    throw new LawGaugeError('invalid_data', options.source ?? 'json', [
      {
        code: 'invalid_type',
        path: [],
        message: `expected array, got ${describedGot(got)}`,
        params: { expected: ['array'], required: false, ...got },
      },
    ]);
  }
  const reader = new RecordIngest(dataset, recordKeys(records), { capacity: records.length, ...options });
  records.forEach((record) => reader.add(record));
  return reader.finish();
}
