import type { Dataset } from '../model/dataset.js';
import { parseDataset } from '../model/parse.js';
import { checkOptionKeys, type OptionKeys } from '../model/option-keys.js';
import {
  builderOptions,
  SOURCE_INGEST_OPTION_KEYS,
  type SourceIngestOptions,
  type SourceIngestResult,
} from './source-options.js';
import { HeaderSearch, isMissingColumns } from './header-below.js';
import type { ColumnPlan } from './plan-columns.js';
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
  /** Rows read while the first one was not the header, looked at for one that is. */
  private headerSearch: HeaderSearch | null = null;
  /** Which kept fields are required: a footer row fills none of them. */
  private required: boolean[] = [];

  constructor(
    dataset: Dataset | unknown,
    private readonly options: XlsxIngestOptions = {},
  ) {
    this.source = options.source ?? 'xlsx';
    this.builder = new TableBuilder(parseDataset(dataset), { ...builderOptions(options), workbookDates: true });
  }

  /** Rows read so far (the header excluded). */
  get rowsRead(): number {
    return this.builder.rowsRead;
  }

  push(row: XlsxRow): void {
    if (this.columns === null) {
      if (row.cells.every(isBlank)) return;
      const headerRow = this.options.mapping?.headerRow;
      // Rows above the mapping's `headerRow` (a title, a date line) are skipped and counted.
      if (headerRow !== undefined && row.row < headerRow) return this.builder.skip(row.row, 'title');
      const search = this.headerSearch;
      if (search !== null) {
        search.rows.push({ cells: headings(row), line: row.row, row: row.row });
        if (search.full) throw search.withHint((cells, line) => this.plan(cells, line));
        return;
      }
      if (headerRow !== undefined) return this.header(row);
      try {
        this.header(row);
      } catch (error) {
        if (!isMissingColumns(error)) throw error;
        this.headerSearch = new HeaderSearch(error);
      }
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
    // Cells past the header's width are no columns.
    this.builder.addCells(cells, row.row, () =>
      skipReasonOfCells(row.cells.slice(0, slotOf.length), slotOf, this.required),
    );
  }

  private plan(header: readonly string[], line: number): ColumnPlan {
    return this.builder.planColumns(header, {
      mapping: this.options.mapping,
      source: this.source,
      line,
      optional: this.options.optional,
    });
  }

  private header(row: XlsxRow): void {
    const plan = this.plan(headings(row), row.row);
    this.columns = plan.columns;
    this.slotOf = plan.slotOf;
    this.cells = new Array<string>(this.builder.fields.length).fill('');
    this.required = requiredSlots(this.builder.fields);
  }

  end(): SourceIngestResult {
    if (this.headerSearch !== null) throw this.headerSearch.withHint((cells, line) => this.plan(cells, line));
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
  // The header is the first row with cells, or below a title (kept to 1,024 columns at least):
  // no later row needs cells past that width.
  const rows = readXlsxRows(source, {
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    source: options.source ?? 'xlsx',
    boundToFirstRow: true,
  });
  for await (const row of rows) reader.push(row);
  return reader.end();
}

/** A header row's headings, trimmed; formatted but empty cells after the last one are no columns. */
function headings(row: XlsxRow): string[] {
  const header = row.cells.map((cell) => (cell ?? '').trim());
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  return header;
}
