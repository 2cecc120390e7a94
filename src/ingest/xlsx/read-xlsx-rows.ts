import { invalidArgument } from '../../errors/law-gauge-error.js';
import { checkOptionKeys, type OptionKeys } from '../../model/option-keys.js';
import { scanPart } from './read-part.js';
import { readSharedStrings } from './shared-strings.js';
import { SheetRowHandler, type XlsxRow } from './sheet-rows.js';
import { readDateStyles } from './styles.js';
import { readWorkbook, type Workbook, type WorkbookSheet } from './workbook.js';
import { workbookError, xlsxError } from './xlsx-problems.js';
import { bytesAccess, ZipDirectory, type RandomAccessBytes } from './zip-directory.js';

/** A workbook's bytes: in memory, with random access (a file handle, a `Blob`), or as a stream of chunks. */
export type XlsxSource = Uint8Array | RandomAccessBytes | AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

export interface ReadXlsxOptions {
  /** The sheet: its name, or its 1-based position in the workbook; default the first. */
  readonly sheet?: string | number;
  /** Names the input in errors, e.g. the file name. Default `xlsx`. */
  readonly source?: string;
  /**
   * Keep every later row to the width of the first row with cells (a table's header): cells past
   * it have no column, and a stray cell at column XFD must not widen every row to 16,384 slots.
   */
  readonly boundToFirstRow?: boolean;
}

function isRandomAccess(source: XlsxSource): source is RandomAccessBytes {
  return (
    !(source instanceof Uint8Array) &&
    typeof (source as Partial<RandomAccessBytes>).read === 'function' &&
    typeof (source as Partial<RandomAccessBytes>).size === 'number'
  );
}

/** A stream of chunks is gathered (compressed, as it is on disk): a zip is read from its end. */
async function gather(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    length += chunk.length;
  }
  if (parts.length === 1) return parts[0]!;
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

function chooseSheet(
  workbook: Workbook,
  wanted: string | number | undefined,
  source: string,
): WorkbookSheet & { readonly part: string } {
  const names = workbook.sheets.map((sheet) => `"${sheet.name}"`).join(', ');
  if (workbook.sheets.length === 0)
    throw workbookError(source, { code: 'no_sheet', message: 'the workbook has no sheets', params: {} });
  let sheet: WorkbookSheet | undefined;
  if (wanted === undefined) sheet = workbook.sheets[0];
  // A sheet named "2019" is that sheet, whatever its position: --sheet 2019 means it.
  else if (typeof wanted === 'number' && !workbook.sheets.some((candidate) => candidate.name === String(wanted))) {
    if (!Number.isInteger(wanted) || wanted < 1)
      throw invalidArgument('sheet', `a sheet number counts from 1; got ${wanted}`);
    sheet = workbook.sheets[wanted - 1];
    if (sheet === undefined)
      throw workbookError(source, {
        code: 'unknown_sheet',
        message: `the workbook has ${workbook.sheets.length} sheet${workbook.sheets.length === 1 ? '' : 's'}, so there is no sheet ${wanted}; its sheets: ${names}`,
        params: {
          sheet: wanted,
          count: workbook.sheets.length,
          sheets: workbook.sheets.map((candidate) => candidate.name),
        },
      });
  } else {
    const name = String(wanted);
    sheet =
      workbook.sheets.find((candidate) => candidate.name === name) ??
      workbook.sheets.find((candidate) => candidate.name.trim().toLowerCase() === name.trim().toLowerCase());
    if (sheet === undefined)
      throw workbookError(source, {
        code: 'unknown_sheet',
        message: `the workbook has no sheet "${wanted}"; its sheets: ${names}`,
        params: { sheet: String(wanted), sheets: workbook.sheets.map((candidate) => candidate.name) },
      });
  }
  if (sheet!.kind !== 'worksheet')
    throw workbookError(source, {
      code: 'not_a_worksheet',
      message: `sheet "${sheet!.name}" is a ${sheet!.kind}, not a worksheet with cells`,
      params: { sheet: sheet!.name, kind: sheet!.kind },
    });
  if (sheet!.part === null)
    throw xlsxError(source, 'corrupt_xlsx', `sheet "${sheet!.name}" has no part in the workbook's relationships`);
  return sheet as WorkbookSheet & { readonly part: string };
}

/** The keys of xlsxSheetNames()'s options: any other is refused, not ignored. */
const SHEET_NAMES_OPTION_KEYS: OptionKeys<Pick<ReadXlsxOptions, 'source'>> = { source: true };

/** The names of a workbook's sheets, in order. */
export async function xlsxSheetNames(
  source: XlsxSource,
  options: Pick<ReadXlsxOptions, 'source'> = {},
): Promise<string[]> {
  checkOptionKeys(options, SHEET_NAMES_OPTION_KEYS);
  const name = options.source ?? 'xlsx';
  const access =
    source instanceof Uint8Array
      ? bytesAccess(source)
      : isRandomAccess(source)
        ? source
        : bytesAccess(await gather(source));
  const workbook = await readWorkbook(await ZipDirectory.open(access, name), name);
  return workbook.sheets.map((sheet) => sheet.name);
}

/**
 * Reads one sheet of an Excel workbook (.xlsx, ECMA-376) row by row. The workbook, its styles and
 * its shared strings are read first (the strings are held: cells refer to them); the sheet is
 * then inflated and parsed a chunk at a time, so memory holds the shared strings and a chunk's
 * rows, never the sheet's XML or all its rows. With a stream source the compressed bytes are
 * gathered first (a zip's directory is at its end); give random access to avoid even that.
 *
 * Each row comes with its sheet row number (rows the sheet lacks are not given) and its cells
 * from column A (`null` where there is none). Cell text: strings as written (rich text runs
 * joined, phonetic guides dropped), numbers as the shortest text that reads back the same
 * (`String(n)`), numbers in a date or time format as `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS` (1900
 * and 1904 date systems), booleans `true`/`false`, error cells as their error (`#N/A`), formula
 * cells as their cached result.
 */
export async function* readXlsxRows(source: XlsxSource, options: ReadXlsxOptions = {}): AsyncGenerator<XlsxRow> {
  const name = options.source ?? 'xlsx';
  const access =
    source instanceof Uint8Array
      ? bytesAccess(source)
      : isRandomAccess(source)
        ? source
        : bytesAccess(await gather(source));
  const zip = await ZipDirectory.open(access, name);
  const workbook = await readWorkbook(zip, name);
  const sheet = chooseSheet(workbook, options.sheet, name);
  const entry = zip.find(sheet.part);
  if (entry === undefined)
    throw xlsxError(name, 'corrupt_xlsx', `sheet "${sheet.name}": the archive has no ${sheet.part}`);
  const shared = await readSharedStrings(zip, workbook.sharedStrings, name);
  const dateStyles = await readDateStyles(zip, workbook.styles, name);
  const handler = new SheetRowHandler(
    shared,
    dateStyles,
    workbook.date1904,
    name,
    entry.name,
    options.boundToFirstRow === true,
  );
  const chunks = scanPart(zip, entry, name, handler);
  while (!(await chunks.next()).done) {
    if (handler.ready.length === 0) continue;
    const rows = handler.ready;
    handler.ready = [];
    yield* rows;
  }
}
