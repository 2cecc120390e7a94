import type { Dataset } from '../model/dataset.js';
import { parseDataset } from '../model/parse.js';
import { checkOptionKeys, type OptionKeys } from '../model/option-keys.js';
import {
  builderOptions,
  SOURCE_INGEST_OPTION_KEYS,
  type SourceIngestOptions,
  type SourceIngestResult,
} from './source-options.js';
import { requiredSlots, skipReasonOfCells } from './skip-rows.js';
import { TableBuilder } from './table-builder.js';
import { readXlsxRows, type XlsxSource } from './xlsx/read-xlsx-rows.js';
import type { XlsxRow } from './xlsx/sheet-rows.js';
import { workbookError } from './xlsx/xlsx-problems.js';

export interface XlsxIngestOptions extends SourceIngestOptions {
  /** The sheet: its name, or its 1-based position; default the first. */
  readonly sheet?: string | number;
}

/** The keys of {@link XlsxIngestOptions}: any other is refused, not ignored. */
const XLSX_INGEST_OPTION_KEYS: OptionKeys<XlsxIngestOptions> = { ...SOURCE_INGEST_OPTION_KEYS, sheet: true };

function isBlank(cell: string | null): boolean {
  return cell === null || cell.trim().length === 0;
}

/**
 * Builds a {@link Table} from the rows of a sheet (see {@link readXlsxRows}), one `push` at a
 * time, then `end`. The first row with any text is the header, matched onto fields by
 * {@link TableBuilder.planColumns}; every later row (blank ones too: the table builder decides what a blank
 * row is) goes to the table with its sheet row number as its line, so quarantine entries name
 * the row a user sees in Excel. Cells past the header's columns are ignored.
 */
export class XlsxIngest {
  private readonly builder: TableBuilder;
  private readonly source: string;
  private columns: ReadonlyMap<string, string> | null = null;
  private slotOf: Int32Array = new Int32Array(0);
  private cells: string[] = [];
  /** Which kept fields are required: a footer row fills none of them. */
  private required: boolean[] = [];

  constructor(
    dataset: Dataset | unknown,
    private readonly options: XlsxIngestOptions = {},
  ) {
    this.source = options.source ?? 'xlsx';
    this.builder = new TableBuilder(parseDataset(dataset), builderOptions(options));
  }

  /** Rows read so far (the header excluded). */
  get rowsRead(): number {
    return this.builder.rowsRead;
  }

  push(row: XlsxRow): void {
    if (this.columns === null) {
      if (row.cells.every(isBlank)) return;
      this.header(row);
      return;
    }
    const { slotOf, cells } = this;
    cells.fill('');
    const count = Math.min(slotOf.length, row.cells.length);
    for (let column = 0; column < count; column++) {
      const slot = slotOf[column]!;
      if (slot >= 0) cells[slot] = row.cells[column] ?? '';
    }
    // Only a row that cannot be used is asked whether it is a blank or a footer row (合计 …).
    this.builder.addCells(cells, row.row, () => skipReasonOfCells(row.cells, slotOf, this.required));
  }

  private header(row: XlsxRow): void {
    const header = row.cells.map((cell) => (cell ?? '').trim());
    // Formatted but empty cells after the last heading are no columns.
    while (header.length > 0 && header[header.length - 1] === '') header.pop();
    const plan = this.builder.planColumns(header, {
      mapping: this.options.mapping,
      source: this.source,
      line: row.row,
      optional: this.options.optional,
    });
    this.columns = plan.columns;
    this.slotOf = plan.slotOf;
    this.cells = new Array<string>(this.builder.fields.length).fill('');
    this.required = requiredSlots(this.builder.fields);
  }

  end(): SourceIngestResult {
    if (this.columns === null)
      throw workbookError(this.source, {
        code: 'no_header',
        message: 'the sheet is empty: no header row',
        params: { in: 'sheet' },
      });
    return { table: this.builder.finish(), columns: this.columns };
  }
}

/** Reads one sheet of a workbook into a table (streaming: `XlsxIngest` and `readXlsxRows` in lawgauge/internal). */
export async function ingestXlsx(
  dataset: Dataset | unknown,
  source: XlsxSource,
  options: XlsxIngestOptions = {},
): Promise<SourceIngestResult> {
  checkOptionKeys(options, XLSX_INGEST_OPTION_KEYS);
  const reader = new XlsxIngest(dataset, options);
  // The header is the first row with cells: no later row needs cells past its width.
  const rows = readXlsxRows(source, {
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    source: options.source ?? 'xlsx',
    boundToFirstRow: true,
  });
  for await (const row of rows) reader.push(row);
  return reader.end();
}
