import { invalidArgument } from '../errors/law-gauge-error.js';
import type { Dataset } from '../model/dataset.js';
import { checkOptionKeys, type OptionKeys } from '../model/option-keys.js';
import { parseDataset } from '../model/parse.js';
import type { Table } from '../table/table.js';
import { TableBuilder } from './table-builder.js';

export interface IngestOptions {
  /** 1-based source line of each record, when the records were read from a file. */
  readonly lines?: ArrayLike<number>;
  /**
   * Keep only these fields (e.g. `fieldsUsed(catalog).get(id)`); the others are neither read nor
   * checked. Default: every field of the dataset.
   */
  readonly fields?: readonly string[];
}

/** The keys of {@link IngestOptions}: any other is refused, not ignored. */
const INGEST_OPTION_KEYS: OptionKeys<IngestOptions> = { lines: true, fields: true };

/**
 * Turns plain records into a columnar {@link Table}. Every value is parsed by its field's type
 * (dates in several spellings, full-width digits, 是/否 booleans, Chinese enum synonyms, empty
 * markers as null). A record with any unreadable value, or a missing required value, goes to the
 * table's `quarantine` with the dataset, row, field, value and reason; the rest are kept. Fields
 * the dataset does not define are ignored.
 *
 * @throws LawGaugeError when the dataset definition is invalid, `records` is not an array, or the
 *   options are not an object or have a key not listed in IngestOptions (`unknown_key`).
 */
export function ingest(dataset: Dataset | unknown, records: readonly unknown[], options: IngestOptions = {}): Table {
  checkOptionKeys(options, INGEST_OPTION_KEYS);
  const definition = parseDataset(dataset);
  if (!Array.isArray(records))
    throw invalidArgument('records', `expected an array of records, got ${records === null ? 'null' : typeof records}`);
  const builder = new TableBuilder(definition, {
    capacity: records.length,
    ...(options.fields === undefined ? {} : { fields: options.fields }),
  });
  for (let index = 0; index < records.length; index++)
    builder.addRecord(records[index], options.lines?.[index] ?? null);
  return builder.finish();
}
