import type { DatasetMapping } from '../model/mapping.js';
import type { OptionKeys } from '../model/option-keys.js';
import type { Table } from '../table/table.js';
import type { TableBuilderOptions } from './table-builder.js';

export interface SourceIngestOptions {
  /** Names the input in errors, e.g. the file name. Default `csv` / `json`. */
  readonly source?: string;
  /** The dataset's entry of a mapping file: header names, value rewrites, date formats. */
  readonly mapping?: DatasetMapping;
  /** Keep only these fields (each must have a column); default every field of the dataset. */
  readonly fields?: readonly string[];
  /** Rows expected, to size the columns once (they grow past it). */
  readonly capacity?: number;
  /** Fields the file may lack (read as empty, so their defaults apply); the others need a column. */
  readonly optional?: readonly string[];
}

/** The keys of {@link SourceIngestOptions}: the readers refuse any other (see `checkOptionKeys`). */
export const SOURCE_INGEST_OPTION_KEYS: OptionKeys<SourceIngestOptions> = {
  source: true,
  mapping: true,
  fields: true,
  capacity: true,
  optional: true,
};

/** The table builder's share of a reader's options. */
export function builderOptions(options: SourceIngestOptions): TableBuilderOptions {
  return {
    ...(options.fields === undefined ? {} : { fields: options.fields }),
    ...(options.mapping === undefined ? {} : { mapping: options.mapping }),
    ...(options.capacity === undefined ? {} : { capacity: options.capacity }),
  };
}

/** A table read from a file, with the column chosen for each field. */
export interface SourceIngestResult {
  readonly table: Table;
  /** Field → the header (or JSON key) it was read from. */
  readonly columns: ReadonlyMap<string, string>;
}
