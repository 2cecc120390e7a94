import { serialDateText } from './serial-date.js';
import { decodeExcelEscapes, StringItemText } from './shared-strings.js';
import { attribute, type XmlHandler } from './xml-scanner.js';
import { xlsxError } from './xlsx-problems.js';

/** A row of a sheet: its 1-based row number and its cells' text from column A, `null` where there is none. */
export interface XlsxRow {
  readonly row: number;
  readonly cells: (string | null)[];
}

/** Excel's last column is XFD (16384). */
export const MAX_COLUMNS = 16384;

/**
 * A number as a worksheet writes it: decimal, with an optional exponent. The fraction is one
 * optional group (`\d+(\.\d*)?`, not `\d+\.?\d*`): with two ways to split a run of digits, a
 * long `<v>` of digits followed by anything else backtracked quadratically (40,000 digits: 4 s).
 */
const DECIMAL = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/;
/** A digit 1–9 before any exponent: the number written is not zero. */
const NONZERO_MANTISSA = /^[^eE]*[1-9]/;

/** The 0-based column of a cell reference (`C5` → 2), or -1 when it has no letters. */
export function columnOfReference(reference: string): number {
  let column = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  return i === 0 ? -1 : column - 1;
}

/**
 * Turns a worksheet part's tags into rows: rows and cells from their `r` references (or counted
 * when a writer leaves them out), each cell's value as text (see `readXlsxRows`). Completed rows
 * wait in `ready` until the reader takes them after each chunk.
 */
/** The columns a row keeps, at least, when rows are bound to the first row's width (a title may be narrower than the header below it). */
const TITLE_ROOM = 1024;

export class SheetRowHandler implements XmlHandler {
  wantText = false;
  /** Rows completed and not yet taken. */
  ready: XlsxRow[] = [];
  private rowNumber = 0;
  private cells: (string | null)[] = [];
  private column = -1;
  private type = 'n';
  private dateStyle = false;
  private value = '';
  private hasValue = false;
  private inInline = false;
  private readonly inline = new StringItemText();
  private reference = '';
  /** Cells at or past this column are dropped: the first row's width, with `boundToFirstRow`. */
  private limit = MAX_COLUMNS;
  /** Whether the value came from `<is>` (already unescaped) rather than `<v>`. */
  private fromInline = false;

  /**
   * `boundToFirstRow` keeps later rows to the width of the first row with cells (a header), or
   * 1,024 columns when it is narrower (a title above the header: the header below is read whole):
   * a stray cell at column XFD must not widen every row to 16,384 slots.
   */
  constructor(
    private readonly shared: readonly string[],
    private readonly dateStyles: readonly boolean[],
    private readonly date1904: boolean,
    private readonly source: string,
    private readonly part: string,
    private readonly boundToFirstRow = false,
  ) {}

  open(name: string, attributes: string, selfClosing: boolean): void {
    if (this.inInline) {
      this.wantText = this.inline.open(name, selfClosing);
      return;
    }
    switch (name) {
      case 'c': {
        const reference = attribute(attributes, 'r');
        const column = reference === undefined ? this.column + 1 : columnOfReference(reference);
        if (column < 0 || column >= MAX_COLUMNS)
          throw xlsxError(
            this.source,
            'corrupt_xlsx',
            `${this.part}: row ${this.rowNumber}: "${reference ?? ''}" is not a cell reference`,
          );
        this.column = column;
        this.reference = reference ?? '';
        this.type = attribute(attributes, 't') ?? 'n';
        const style = attribute(attributes, 's');
        this.dateStyle = style !== undefined && this.dateStyles[Number(style)] === true;
        this.value = '';
        this.hasValue = false;
        this.fromInline = false;
        break;
      }
      case 'v':
        if (!selfClosing) {
          this.wantText = true;
          this.hasValue = true;
        }
        break;
      case 'is':
        if (!selfClosing) {
          this.inInline = true;
          this.hasValue = true;
        }
        break;
      case 'row': {
        const reference = attribute(attributes, 'r');
        const number = reference === undefined ? this.rowNumber + 1 : Number(reference);
        if (!Number.isInteger(number) || number < 1)
          throw xlsxError(this.source, 'corrupt_xlsx', `${this.part}: "${reference ?? ''}" is not a row number`);
        this.rowNumber = number;
        this.cells = [];
        this.column = -1;
        break;
      }
      default:
    }
  }

  close(name: string): void {
    if (this.inInline) {
      if (name === 'is') {
        this.inInline = false;
        this.value = this.inline.take();
        this.fromInline = true;
      } else this.inline.close(name);
      this.wantText = false;
      return;
    }
    this.wantText = false;
    if (name === 'c') {
      if (this.column >= this.limit) return;
      const text = this.hasValue ? this.cellText() : null;
      if (text !== null) {
        const cells = this.cells;
        while (cells.length < this.column) cells.push(null);
        cells[this.column] = text;
      }
    } else if (name === 'row') {
      if (this.boundToFirstRow && this.limit === MAX_COLUMNS && this.cells.length > 0)
        this.limit = Math.max(this.cells.length, TITLE_ROOM);
      this.ready.push({ row: this.rowNumber, cells: this.cells });
    }
  }

  text(text: string): void {
    if (this.inInline) this.inline.text(text);
    else this.value += text;
  }

  private cellText(): string | null {
    const value = this.value;
    switch (this.type) {
      case 'n': {
        if (value.length === 0) return null;
        // Only a decimal number is a number (Number() would also read " " as 0 and "0x1A" as 26).
        if (!DECIMAL.test(value)) return value.trim();
        const number = Number(value);
        // A number no double holds (`1e309`, or `1e-400`, which rounds to 0) is given as written,
        // so the table quarantines it as it does in a CSV rather than reading Infinity or 0.
        if (!Number.isFinite(number) || (number === 0 && value.length > 1 && NONZERO_MANTISSA.test(value)))
          return value.trim();
        if (this.dateStyle) return serialDateText(number, this.date1904);
        // As Excel shows it: 15 significant digits, its precision. A formula's binary noise
        // (`=0.1+0.2` is stored as 0.30000000000000004) is not a value anyone typed or sees.
        // Text of 15 characters or fewer has at most 15 digits: most cells skip the rounding.
        const text = String(number);
        return text.length <= 15 ? text : String(Number(number.toPrecision(15)));
      }
      case 's': {
        const index = /^\s*\d+\s*$/.test(value) ? Number(value) : -1;
        const text = this.shared[index];
        if (text === undefined) {
          throw xlsxError(
            this.source,
            'corrupt_xlsx',
            `${this.part}: cell ${this.reference || `${this.column + 1} of row ${this.rowNumber}`} refers to shared string ${value}, but there are ${this.shared.length}`,
          );
        }
        return text;
      }
      case 'b':
        return value === '1' || value === 'true' ? 'true' : value === '0' || value === 'false' ? 'false' : value;
      case 'str':
      case 'inlineStr':
        // `<is>` text was unescaped as a string item; a bare `<v>` was not.
        return this.fromInline ? value : decodeExcelEscapes(value);
      default:
        // `e` (an error such as #N/A) and `d` (an ISO 8601 date) are given as written.
        return value;
    }
  }
}
