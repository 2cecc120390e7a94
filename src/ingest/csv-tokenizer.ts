import { recordTooLong } from './csv-problems.js';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Longest record kept while waiting for the rest of it: past this, a quote was surely left open. */
const MAX_RECORD_CHARS = 64 * 1024 * 1024;

/** Index of `char` in `text` from `from`, or the text's length when there is none. */
function indexOrEnd(text: string, char: string, from: number): number {
  const index = text.indexOf(char, from);
  return index < 0 ? text.length : index;
}

/** Receives the records of a CSV text. */
export interface CsvSink {
  /**
   * One record: `cells` holds the selected columns' text (a buffer reused for the next record);
   * `fieldCount` is how many fields the record had; `line` the physical line it starts on;
   * `text.slice(start, end)` is the record as written, its line end included.
   */
  record(cells: readonly string[], fieldCount: number, line: number, text: string, start: number, end: number): void;
  /** An empty line (no record): `line` is its physical line. */
  blank?(line: number): void;
  /** The text ended inside a quoted field that opened on `line`. */
  unterminated(line: number): void;
}

/**
 * An incremental RFC 4180 reader: `push` text in chunks of any size, then `end`. Handles CRLF,
 * LF and lone CR line ends, quoted fields with commas and line breaks, and `""` escapes; tracks
 * physical line numbers; reports empty lines apart (`blank`), not as records. Text after a closing quote, or a quote inside an
 * unquoted field, is kept literally (as spreadsheets do). Only the selected columns are copied
 * out, so unused columns cost a scan and no strings.
 */
export class CsvTokenizer {
  private leftover = '';
  private line = 1;
  private done = false;
  /** Column → cell slot, or -1 to skip; `null` keeps every column (for the header). */
  private slotOf: Int32Array | null = null;
  private cells: string[] = [];

  constructor(
    private readonly sink: CsvSink,
    private readonly source = 'csv',
  ) {}

  /** From now on, copy out only the columns with a slot ≥ 0, into cells[slot]. */
  select(slotOf: Int32Array, slots: number): void {
    this.slotOf = slotOf;
    this.cells = new Array<string>(slots).fill('');
  }

  push(chunk: string): void {
    if (this.done) throw new Error('CsvTokenizer: push after end');
    this.parse(this.leftover.length === 0 ? chunk : this.leftover + chunk, false);
  }

  end(): void {
    if (this.done) return;
    this.done = true;
    this.parse(this.leftover, true);
    this.leftover = '';
  }

  private parse(text: string, final: boolean): void {
    const n = text.length;
    let i = 0;
    let line = this.line;
    let nextQuote = -1;
    let nextLf = -1;
    let nextCr = -1;
    while (i < n) {
      const recordStart = i;
      const recordLine = line;
      let c = text.charCodeAt(i);
      if (c === LF || c === CR) {
        // A blank line: no record.
        if (c === CR && i + 1 >= n && !final) return this.keep(text, recordStart, recordLine);
        i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        line++;
        this.sink.blank?.(recordLine);
        continue;
      }
      let column = 0;
      const slotOf = this.slotOf;
      const slots = slotOf === null ? 0 : slotOf.length;
      if (slotOf === null) this.cells.length = 0;
      else this.cells.fill('');
      // Fast path: a whole record on one line with no quote and no lone CR is split with indexOf
      // (native memchr), the common case of a spreadsheet export; anything else takes the
      // character loop below.
      if (slotOf !== null) {
        if (nextQuote < i) nextQuote = indexOrEnd(text, '"', i);
        if (nextLf < i) nextLf = indexOrEnd(text, '\n', i);
        if (nextCr < i) nextCr = indexOrEnd(text, '\r', i);
        if (nextLf < n && nextQuote > nextLf && nextCr >= nextLf - 1) {
          const end = nextCr === nextLf - 1 ? nextCr : nextLf;
          const cells = this.cells;
          let start = i;
          for (let k = i; k < end; k++) {
            if (text.charCodeAt(k) !== COMMA) continue;
            const slot = column < slots ? slotOf[column]! : -1;
            if (slot >= 0) cells[slot] = text.slice(start, k);
            column++;
            start = k + 1;
          }
          const slot = column < slots ? slotOf[column]! : -1;
          if (slot >= 0) cells[slot] = text.slice(start, end);
          column++;
          i = nextLf + 1;
          line++;
          this.sink.record(this.cells, column, recordLine, text, recordStart, i);
          continue;
        }
      }
      for (;;) {
        const slot = slotOf === null ? column : column < slots ? slotOf[column]! : -1;
        let value = '';
        if (i < n && text.charCodeAt(i) === QUOTE) {
          let j = i + 1;
          let segment = j;
          for (;;) {
            const q = text.indexOf('"', j);
            if (q < 0 || (q + 1 >= n && !final)) {
              if (!final) return this.keep(text, recordStart, recordLine);
              this.sink.unterminated(recordLine);
              this.line = line;
              return;
            }
            if (text.charCodeAt(q + 1) === QUOTE) {
              if (slot >= 0) value += text.slice(segment, q + 1);
              j = q + 2;
              segment = j;
              continue;
            }
            if (slot >= 0) value += text.slice(segment, q);
            for (let k = text.indexOf('\n', i); k >= 0 && k < q; k = text.indexOf('\n', k + 1)) line++;
            i = q + 1;
            break;
          }
          // Anything between the closing quote and the delimiter is kept as written.
          let j2 = i;
          while (j2 < n && (c = text.charCodeAt(j2)) !== COMMA && c !== LF && c !== CR) j2++;
          if (j2 >= n && !final) return this.keep(text, recordStart, recordLine);
          if (j2 > i && slot >= 0) value += text.slice(i, j2);
          i = j2;
        } else {
          let j = i;
          while (j < n && (c = text.charCodeAt(j)) !== COMMA && c !== LF && c !== CR) j++;
          if (j >= n && !final) return this.keep(text, recordStart, recordLine);
          if (slot >= 0) value = text.slice(i, j);
          i = j;
        }
        if (slot >= 0) this.cells[slot] = value;
        column++;
        if (i >= n) break;
        c = text.charCodeAt(i);
        if (c === COMMA) {
          i++;
          continue;
        }
        if (c === CR) {
          if (i + 1 >= n && !final) return this.keep(text, recordStart, recordLine);
          i += text.charCodeAt(i + 1) === LF ? 2 : 1;
        } else i++;
        line++;
        break;
      }
      this.sink.record(this.cells, column, recordLine, text, recordStart, i);
    }
    this.leftover = '';
    this.line = line;
  }

  /** Waits for more text: the record starting at `start` is not complete yet. */
  private keep(text: string, start: number, line: number): void {
    if (text.length - start > MAX_RECORD_CHARS) throw recordTooLong(this.source, line, MAX_RECORD_CHARS, 'characters');
    this.leftover = text.slice(start);
    this.line = line;
  }
}
