import type { Dataset } from '../model/dataset.js';
import type { DatasetMapping } from '../model/mapping.js';
import { parseDataset } from '../model/parse.js';
import type { Table } from '../table/table.js';
import { CsvTokenizer } from './csv-tokenizer.js';
import { noHeader, rejectFieldCount, rejectUnterminated } from './csv-problems.js';
import { requiredSlots, skipReason } from './skip-rows.js';
import { TableBuilder, type SkipCheck, type TableBuilderOptions } from './table-builder.js';

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

/**
 * Streams CSV text into a {@link Table}: `push` decoded text in chunks of any size, then `end`.
 * The first record is the header, matched onto fields by the table builder's `planColumns`. A record with the
 * wrong number of fields, or an unterminated quote, is quarantined whole with its line; values
 * are parsed as by `ingest`. Blank rows and footer rows (合计, Total, …), when they cannot be used,
 * are counted as skipped instead (see skip-rows.ts). Only the kept fields' cells are copied, so memory follows the table.
 */
export class CsvIngest {
  private readonly builder: TableBuilder;
  private readonly tokenizer: CsvTokenizer;
  private readonly source: string;
  private columns: ReadonlyMap<string, string> | null = null;
  private headerCount = 0;
  private started = false;
  private slotOf: Int32Array = new Int32Array(0);
  private readonly required: readonly boolean[];
  /** The record being added, as written: what `skipCheck` reads when it cannot be used. */
  private rawText = '';
  private rawStart = 0;
  private rawEnd = 0;
  private readonly skipCheck: SkipCheck = () =>
    skipReason(this.rawText.slice(this.rawStart, this.rawEnd), this.slotOf, this.required);

  constructor(
    dataset: Dataset | unknown,
    private readonly options: SourceIngestOptions = {},
  ) {
    const definition = parseDataset(dataset);
    this.source = options.source ?? 'csv';
    this.builder = new TableBuilder(definition, builderOptions(options));
    const builder = this.builder;
    this.required = requiredSlots(builder.fields);
    this.tokenizer = new CsvTokenizer(
      {
        record: (cells, fieldCount, line, text, start, end) => {
          if (this.columns === null) return this.header(cells, line);
          this.rawText = text;
          this.rawStart = start;
          this.rawEnd = end;
          if (fieldCount !== this.headerCount) {
            const reason = this.skipCheck();
            if (reason === null) rejectFieldCount(builder, line, fieldCount, this.headerCount);
            else builder.skip(line, reason);
          } else builder.addCells(cells, line, this.skipCheck);
        },
        blank: (line) => {
          if (this.columns !== null) builder.skip(line, 'blank');
        },
        unterminated: (line) => {
          rejectUnterminated(builder, this.source, line, this.columns === null);
        },
      },
      this.source,
    );
  }

  private header(cells: readonly string[], line: number): void {
    const header = cells.map((cell) => cell.trim());
    const plan = this.builder.planColumns(header, {
      mapping: this.options.mapping,
      source: this.source,
      line,
      optional: this.options.optional,
    });
    this.columns = plan.columns;
    this.headerCount = header.length;
    this.slotOf = plan.slotOf;
    this.tokenizer.select(plan.slotOf, this.builder.fields.length);
  }

  /** Records read so far (the header excluded). */
  get rowsRead(): number {
    return this.builder.rowsRead;
  }

  push(text: string): void {
    // A byte-order mark is not part of the first header.
    const bom = !this.started && text.charCodeAt(0) === 0xfeff;
    if (text.length > 0) this.started = true;
    this.tokenizer.push(bom ? text.slice(1) : text);
  }

  end(): SourceIngestResult {
    this.tokenizer.end();
    if (this.columns === null) throw noHeader(this.source);
    return { table: this.builder.finish(), columns: this.columns };
  }
}

/** Reads a whole CSV text into a table; see {@link CsvIngest} for streaming. */
export function ingestCsv(
  dataset: Dataset | unknown,
  text: string,
  options: SourceIngestOptions = {},
): SourceIngestResult {
  const reader = new CsvIngest(dataset, options);
  reader.push(text);
  return reader.end();
}
