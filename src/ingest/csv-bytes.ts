import type { Dataset } from '../model/dataset.js';
import { parseDataset } from '../model/parse.js';
import { checkOptionKeys } from '../model/option-keys.js';
import {
  builderOptions,
  SOURCE_INGEST_OPTION_KEYS,
  type SourceIngestOptions,
  type SourceIngestResult,
} from './source-options.js';
import {
  noHeader,
  problemAtLine,
  quoteRunsToEnd,
  recordTooLong,
  rejectFieldCount,
  rejectInvalidBytes,
  rejectUnterminated,
} from './csv-problems.js';
import type { Gb18030Error } from './gb18030-to-utf8.js';
import { HeaderSearch, isMissingColumns } from './header-below.js';
import { utf16ByteOrder, utf16Error } from './utf16.js';
import type { ColumnPlan } from './plan-columns.js';
import { requiredSlots, skipReason } from './skip-rows.js';
import { TableBuilder, type SkipCheck, type TablePart } from './table-builder.js';
import { decodeUtf8, decodeUtf8Span } from './values/decode-utf8.js';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
const MAX_RECORD_BYTES = 64 * 1024 * 1024;

function concat(first: Uint8Array, second: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(first.length + second.length);
  bytes.set(first);
  bytes.set(second, first.length);
  return bytes;
}

/** Where an unquoted field (or a quoted field's text after its closing quote) ends: its comma, line break or the end of the bytes. */
function fieldEnd(bytes: Uint8Array, from: number): number {
  const n = bytes.length;
  let j = from;
  let c: number;
  while (j < n && (c = bytes[j]!) !== COMMA && c !== LF && c !== CR) j++;
  return j;
}

/** The record `bytes[start, end)` without its line end (LF, CRLF or CR). */
function withoutLineEnd(bytes: Uint8Array, start: number, end: number): Uint8Array {
  let stop = end;
  while (stop > start && (bytes[stop - 1] === LF || bytes[stop - 1] === CR)) stop--;
  return bytes.subarray(start, stop);
}

/**
 * Line breaks (LF, CRLF or a lone CR) in `bytes` from `from`, not counting those that end the bytes:
 * how many lines past its first a field left open to the end runs.
 */
function lineBreaks(bytes: Uint8Array, from: number): number {
  let stop = bytes.length;
  while (stop > from && (bytes[stop - 1] === LF || bytes[stop - 1] === CR)) stop--;
  let count = 0;
  for (let k = from; k < stop; k++) {
    const c = bytes[k]!;
    if (c === LF || (c === CR && bytes[k + 1] !== LF)) count++;
  }
  return count;
}

/**
 * The records of one part of a CSV file, read by {@link ByteCsvIngest.continuing} (in a worker):
 * the table part, with rows and lines counted from its start, and the lines it spans.
 */
export interface CsvPart {
  readonly table: TablePart;
  readonly lines: number;
}

/** `readRecord`: the record runs past the bytes; it is kept for the next chunk. */
const MORE = -1;
/** `readRecord`: a quote never closes before the end of the input. */
const UNTERMINATED = -2;

/**
 * Streams UTF-8 CSV bytes into a {@link Table} without decoding the file: the same records,
 * rules and results as {@link CsvIngest} on the decoded text (a test checks they agree on
 * arbitrary input), but plain numbers and dates are read straight from the bytes, repeated
 * spellings are looked up by their bytes, and only the other cells of the kept columns become
 * strings. This is the reader `lawgauge compute` uses for UTF-8 files.
 *
 * The reader does not validate UTF-8 itself (bad sequences decode to U+FFFD); a caller that has
 * found invalid sequences (`readDatasetFile` does, chunk by chunk) passes their offsets to
 * {@link ByteCsvIngest.markInvalid} before pushing the chunk, and each record holding one is then
 * quarantined whole with its line and the offset (a header holding one is an error). A GB18030
 * file reaches it as UTF-8 through `Gb18030ToUtf8`, whose errors {@link ByteCsvIngest.pushTranscoded}
 * takes with the chunk: each record holding one is quarantined the same way, named by the offset in
 * the file.
 */
export class ByteCsvIngest {
  private readonly builder: TableBuilder;
  private readonly source: string;
  private readonly decode = decodeUtf8;
  private leftover: Uint8Array | null = null;
  private line = 1;
  private bomChecked = false;
  private done = false;
  private columns: ReadonlyMap<string, string> | null = null;
  private headerCount = 0;
  private headerCells: string[] = [];
  /** Records above the header still to skip as `title` rows (mapping `headerRow` − 1). */
  private aboveHeader: number;
  /** Records read while the first one was not the header, looked at for one that is. */
  private headerSearch: HeaderSearch | null = null;
  /** Records read in header mode (titles, the header, and rows looked at for it). */
  private headerRecords = 0;
  /** The header's names as matched onto fields (trimmed), once read. */
  private headerNames: readonly string[] | null = null;
  private slotOf: Int32Array = new Int32Array(0);
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly texts: (string | null)[];
  /** Whether a slow-path record left unquoted texts to clear. */
  private textsUsed = false;
  private firstInvalid = 0;
  /** Input offsets of invalid UTF-8 sequences from `markInvalid`, ascending; `invalid[invalidAt]` is the next one not yet reached. */
  private invalid: number[] = [];
  private invalidAt = 0;
  /** For a GB18030 file, the transcoder's error at each of `invalid` (its place in the file), else empty. */
  private invalidErrors: Gb18030Error[] = [];
  /** The transcoder's error at `firstInvalid`; null when the file is read as UTF-8. */
  private firstError: Gb18030Error | null = null;
  /** `invalid[invalidAt]`, or Infinity: one comparison per record. */
  private nextInvalid = Infinity;
  /** Input offset of `bytes[0]` in the current `parse` call, and of `leftover[0]`. */
  private base = 0;
  private leftoverBase = 0;
  /** Bytes pushed before the current chunk. */
  private pushed = 0;
  private readonly required: readonly boolean[];
  /** The record being added, `rawBytes[rawStart, rawEnd)`: what `skipCheck` decodes when it cannot be used. */
  private rawBytes: Uint8Array = new Uint8Array(0);
  private rawStart = 0;
  private rawEnd = 0;
  /** What `readRecord` read besides where the record ends: its fields, and the line after it. */
  private fieldCount = 0;
  private lineAfter = 0;
  /** What `quotedField` read besides where the field ends: its text, and the line breaks inside its quotes. */
  private quotedText = '';
  private quotedLines = 0;
  /**
   * While the record kept for the next chunk (`leftover`) is inside a quoted field: the input offset
   * the search for its closing quote got to (every quote before it was doubled), else -1. A chunk
   * with no closing quote is then appended to the record without reading it again from its start:
   * an open quote near the top of a huge file took each chunk back to the quote (quadratic).
   */
  private quoteScanned = -1;
  /** Set by `quotedField` when it returns {@link MORE}: where its search for a closing quote stopped, in the bytes. */
  private quoteStop = -1;
  /** The kept record's bytes are `leftover`, a view of this buffer, grown by doubling when appended to. */
  private leftoverBuffer: Uint8Array = new Uint8Array(0);
  /** Where `readRecord` found a quote that never closes: its offset in the bytes, and its line. */
  private openQuote = 0;
  private openQuoteLine = 0;
  private readonly skipCheck: SkipCheck = () =>
    skipReason(this.decode(this.rawBytes.subarray(this.rawStart, this.rawEnd)), this.slotOf, this.required);

  /** `part`: the reader reads a part of a file for another to absorb (see {@link ByteCsvIngest.continuing}). */
  constructor(
    dataset: Dataset | unknown,
    private readonly options: SourceIngestOptions = {},
    part = false,
  ) {
    const definition = parseDataset(dataset);
    this.source = options.source ?? 'csv';
    this.builder = new TableBuilder(definition, { ...builderOptions(options), ...(part ? { part } : {}) });
    const slots = this.builder.fields.length;
    this.starts = new Int32Array(slots);
    this.ends = new Int32Array(slots);
    this.texts = new Array<string | null>(slots).fill(null);
    this.required = requiredSlots(this.builder.fields);
    this.aboveHeader = (options.mapping?.headerRow ?? 1) - 1;
  }

  /**
   * A reader of a part of a file that starts a record after the header (`header`, as
   * {@link ByteCsvIngest.header} gave it; `offset`, the part's first byte in the file), with the
   * same dataset and options as the reader of the file's start: its rows and lines count from 1 at
   * the part, no BOM is looked for, and `endPart` gives what it read for that reader to `absorb`.
   */
  static continuing(
    dataset: Dataset | unknown,
    options: SourceIngestOptions,
    header: readonly string[],
    offset: number,
  ): ByteCsvIngest {
    const reader = new ByteCsvIngest(dataset, options, true);
    reader.bomChecked = true;
    reader.pushed = offset;
    reader.planHeader(header, 1);
    return reader;
  }

  /** The header's names (trimmed) once the header has been read, else null. */
  get header(): readonly string[] | null {
    return this.headerNames;
  }

  /** Whether the bytes pushed so far end where a record ends (no record is open, waiting for more). */
  get atRecordEnd(): boolean {
    return this.leftover === null;
  }

  /** Line of the next record: 1 + the lines read so far. */
  get nextLine(): number {
    return this.line;
  }

  /** Records read so far (the header excluded). */
  get rowsRead(): number {
    return this.builder.rowsRead;
  }

  /** The end of a part read by a {@link ByteCsvIngest.continuing} reader. */
  endPart(): CsvPart {
    if (!this.done) {
      this.done = true;
      this.take(new Uint8Array(0), true);
    }
    return { table: this.builder.part(), lines: this.line - 1 };
  }

  /** Readies a part for {@link absorb} ahead of its turn (see `TableBuilder.prepare`): for when it arrives. */
  prepare(part: CsvPart): void {
    this.builder.prepare(part.table);
  }

  /**
   * Appends the records of the next part of the file, `bytes` long, read by a
   * {@link ByteCsvIngest.continuing} reader, as if pushed here: this reader must have read the
   * header and stopped at the end of a record (where the part starts).
   */
  absorb(part: CsvPart, bytes: number): void {
    if (this.done || this.columns === null || this.leftover !== null)
      throw new Error('ByteCsvIngest: absorb needs the header read and no record open');
    this.builder.absorb(part.table, this.line - 1, problemAtLine);
    this.line += part.lines;
    this.pushed += bytes;
  }

  push(chunk: Uint8Array): void {
    if (this.done) throw new Error('ByteCsvIngest: push after end');
    this.take(chunk, false);
  }

  /**
   * Marks invalid UTF-8 sequences by their offsets in the input (bytes pushed before them, a BOM
   * included), ascending and not before the chunk last pushed: the records holding them are
   * quarantined as `invalid_encoding`. Call before pushing the chunk they are in (or before `end`).
   */
  markInvalid(offsets: readonly number[]): void {
    for (const offset of offsets) this.invalid.push(offset);
    this.nextInvalid = this.invalid[this.invalidAt] ?? Infinity;
  }

  /**
   * Pushes the UTF-8 a `Gb18030ToUtf8` made of the next chunk of a GB18030 file, with the sequences
   * that were not GB18030 in it (its `errors`): the records holding them are quarantined as
   * `invalid_encoding`, named by the offset in the file. A clean chunk costs one test.
   */
  pushTranscoded(chunk: Uint8Array, errors: readonly Gb18030Error[]): void {
    if (errors.length > 0) {
      for (const error of errors) {
        this.invalid.push(this.pushed + error.output);
        this.invalidErrors.push(error);
      }
      this.nextInvalid = this.invalid[this.invalidAt] ?? Infinity;
    }
    this.push(chunk);
  }

  end(): SourceIngestResult {
    if (!this.done) {
      this.done = true;
      this.take(new Uint8Array(0), true);
    }
    if (this.headerSearch !== null) throw this.headerSearch.withHint((cells, line) => this.plan(cells, line));
    if (this.columns === null) throw noHeader(this.source);
    return { table: this.builder.finish(), columns: this.columns };
  }

  private take(chunk: Uint8Array, final: boolean): void {
    let bytes = chunk;
    let base = this.pushed;
    this.pushed += chunk.length;
    if (this.leftover !== null && !final && this.quoteScanned >= 0 && this.appendInQuote(chunk)) return;
    this.quoteScanned = -1;
    if (this.leftover !== null) {
      // Finish the record cut by the chunk boundary on its own, so the chunk is not copied.
      const lf = final ? -1 : chunk.indexOf(LF);
      if (lf >= 0 && this.bomChecked) {
        const head = concat(this.leftover, chunk.subarray(0, lf + 1));
        this.leftover = null;
        this.base = this.leftoverBase;
        this.parse(head, false);
        bytes = chunk.subarray(lf + 1);
        base += lf + 1;
        // Still open (a quoted line break): carry on from where that record starts.
        if (this.leftover !== null) {
          bytes = concat(this.leftover, bytes);
          base = this.leftoverBase;
          this.leftover = null;
        }
      } else {
        bytes = concat(this.leftover, chunk);
        base = this.leftoverBase;
        this.leftover = null;
      }
    }
    if (!this.bomChecked) {
      const bom = [0xef, 0xbb, 0xbf];
      if (bytes.length < 3 && !final && bytes.every((byte, i) => byte === bom[i])) {
        // A copy: the caller may reuse its buffer for the next chunk.
        this.leftover = bytes.slice();
        this.leftoverBase = base;
        return;
      }
      this.bomChecked = true;
      const utf16 = utf16ByteOrder(bytes);
      if (utf16 !== null) throw utf16Error(this.source, utf16);
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        bytes = bytes.subarray(3);
        base += 3;
      }
    }
    this.base = base;
    this.parse(bytes, final);
  }

  private keep(bytes: Uint8Array, start: number, line: number): void {
    if (bytes.length - start > MAX_RECORD_BYTES) throw recordTooLong(this.source, line, MAX_RECORD_BYTES, 'bytes');
    this.leftover = bytes.slice(start);
    this.leftoverBuffer = this.leftover;
    this.leftoverBase = this.base + start;
    this.line = line;
    // Inside a quoted field: the next chunks need only be searched for its closing quote.
    this.quoteScanned = this.quoteStop >= 0 && this.bomChecked ? this.base + this.quoteStop : -1;
    this.quoteStop = -1;
  }

  /**
   * Appends `chunk` to the kept record when the record's open quote does not close in it (every
   * quote in it doubled, none last): the record is then still cut, as reading it again from its
   * start would find, and the chunk is searched once. Otherwise false, for the record to be read.
   */
  private appendInQuote(chunk: Uint8Array): boolean {
    const leftover = this.leftover!;
    const kept = leftover.length;
    // Where the search goes on in the chunk (a quote last in the record so far is searched again).
    const from = this.quoteScanned - this.leftoverBase - kept;
    if (from !== 0) return false;
    const n = chunk.length;
    for (let j = 0; ;) {
      const q = chunk.indexOf(QUOTE, j);
      if (q < 0) break;
      if (q + 1 >= n || chunk[q + 1] !== QUOTE) return false;
      j = q + 2;
    }
    const length = kept + n;
    if (length > MAX_RECORD_BYTES) throw recordTooLong(this.source, this.line, MAX_RECORD_BYTES, 'bytes');
    let buffer = this.leftoverBuffer;
    if (length > buffer.length) {
      buffer = new Uint8Array(Math.min(MAX_RECORD_BYTES, Math.max(length, buffer.length * 2)));
      buffer.set(leftover);
      this.leftoverBuffer = buffer;
    }
    buffer.set(chunk, kept);
    this.leftover = buffer.subarray(0, length);
    this.quoteScanned += n;
    return true;
  }

  /**
   * Reads the records of `bytes` (`final`: nothing follows them), keeping a record cut by the end
   * of the bytes for the next call. One loop over records: a plain record (on one line, no quote,
   * no lone CR) is split at its commas in place as its line end is looked for, others are read
   * field by field.
   */
  private parse(bytes: Uint8Array, final: boolean): void {
    const n = bytes.length;
    let i = 0;
    let line = this.line;
    while (i < n) {
      const recordStart = i;
      const recordLine = line;
      const c = bytes[i]!;
      if (c === LF || c === CR) {
        if (c === CR && i + 1 >= n && !final) return this.keep(bytes, recordStart, recordLine);
        i += c === CR && bytes[i + 1] === LF ? 2 : 1;
        line++;
        if (this.columns !== null) this.builder.skip(recordLine, 'blank');
        continue;
      }
      if (this.columns !== null) {
        this.clearTexts();
        const lf = this.splitPlainRecord(bytes, i);
        if (lf >= 0) {
          i = lf + 1;
          line++;
          this.record(bytes, this.fieldCount, recordLine, recordStart, i);
          continue;
        }
      }
      const end = this.readRecord(bytes, i, line, final);
      if (end === MORE) return this.keep(bytes, recordStart, recordLine);
      if (end === UNTERMINATED) {
        this.unterminated(bytes, recordLine);
        this.invalidIn(Infinity, Infinity);
        this.line = line;
        return;
      }
      i = end;
      line = this.lineAfter;
      this.record(bytes, this.fieldCount, recordLine, recordStart, i);
    }
    this.line = line;
  }

  /** Unquoted texts of the slow path's last record back to null, when it left any. */
  private clearTexts(): void {
    // Spans need no reset: a record with the header's field count sets every mapped slot,
    // a record with another count is rejected unread, and unmapped slots stay empty (0, 0).
    if (this.textsUsed) {
      this.texts.fill(null);
      this.textsUsed = false;
    }
  }

  /**
   * The record from `start` when it is plain — its LF within the bytes, no quote, and a CR only
   * right before the LF: sets each mapped field's span and `fieldCount`, and returns where its LF
   * is. Otherwise -1, for `readRecord` to read it (spans set here are then set again).
   *
   * One pass looks for commas and the line end together: looking for the LF first (`indexOf`) and
   * then splitting at commas read every byte twice, and a call per record cost as much as the split.
   */
  private splitPlainRecord(bytes: Uint8Array, start: number): number {
    const { starts, ends, slotOf } = this;
    const n = bytes.length;
    const slots = slotOf.length;
    let column = 0;
    let fieldStart = start;
    for (let k = start; k < n; k++) {
      const c = bytes[k]!;
      if (c === COMMA) {
        const slot = column < slots ? slotOf[column]! : -1;
        if (slot >= 0) {
          starts[slot] = fieldStart;
          ends[slot] = k;
        }
        column++;
        fieldStart = k + 1;
        continue;
      }
      // LF, CR and the quote are the only bytes below 35 that matter (most bytes are above).
      if (c > QUOTE) continue;
      if (c === QUOTE) return -1;
      let lf = k;
      if (c === CR) {
        if (k + 1 >= n || bytes[k + 1] !== LF) return -1;
        lf = k + 1;
      } else if (c !== LF) continue;
      const slot = column < slots ? slotOf[column]! : -1;
      if (slot >= 0) {
        starts[slot] = fieldStart;
        ends[slot] = k;
      }
      this.fieldCount = column + 1;
      return lf;
    }
    return -1;
  }

  /**
   * Reads the header, or a record that is not plain, field by field from `start` on line `line`:
   * where it ends (past its line break), with `fieldCount` and `lineAfter` set; or {@link MORE} when
   * it runs past the bytes, {@link UNTERMINATED} when a quote never closes in the final bytes.
   */
  private readRecord(bytes: Uint8Array, start: number, line: number, final: boolean): number {
    const n = bytes.length;
    const header = this.columns === null;
    const slotOf = this.slotOf;
    const slots = slotOf.length;
    if (header) this.headerCells = [];
    this.quoteStop = -1;
    let i = start;
    let column = 0;
    for (;;) {
      const slot = header ? column : column < slots ? slotOf[column]! : -1;
      const end = i < n && bytes[i] === QUOTE ? this.quotedField(bytes, i, final, slot >= 0) : fieldEnd(bytes, i);
      if (end === UNTERMINATED) {
        this.openQuote = i;
        this.openQuoteLine = line;
      }
      if (end < 0) return end;
      if (end >= n && !final) return MORE;
      if (slot >= 0) {
        if (bytes[i] === QUOTE) this.setText(header, slot, this.quotedText);
        else if (header) this.headerCells[slot] = this.decode(bytes.subarray(i, end));
        else {
          this.starts[slot] = i;
          this.ends[slot] = end;
          this.texts[slot] = null;
        }
      }
      if (i < n && bytes[i] === QUOTE) line += this.quotedLines;
      i = end;
      column++;
      if (i >= n) break;
      const c = bytes[i]!;
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c === CR) {
        if (i + 1 >= n && !final) return MORE;
        i += bytes[i + 1] === LF ? 2 : 1;
      } else i++;
      line++;
      break;
    }
    this.fieldCount = column;
    this.lineAfter = line;
    return i;
  }

  /**
   * A quoted field from its opening quote at `start`, and any text after its closing quote up to
   * the next comma or line break: where it ends, with `quotedText` (when `wanted`) and
   * `quotedLines` (line breaks inside the quotes) set; or {@link MORE} / {@link UNTERMINATED}.
   */
  private quotedField(bytes: Uint8Array, start: number, final: boolean, wanted: boolean): number {
    const n = bytes.length;
    const decode = this.decode;
    let value = '';
    let j = start + 1;
    let segment = j;
    for (;;) {
      const q = bytes.indexOf(QUOTE, j);
      if (q < 0 || (q + 1 >= n && !final)) {
        if (final) return UNTERMINATED;
        this.quoteStop = q < 0 ? n : q;
        return MORE;
      }
      if (bytes[q + 1] === QUOTE) {
        if (wanted) value += decode(bytes.subarray(segment, q + 1));
        j = q + 2;
        segment = j;
        continue;
      }
      if (wanted) value += decode(bytes.subarray(segment, q));
      let lines = 0;
      for (let k = bytes.indexOf(LF, start); k >= 0 && k < q; k = bytes.indexOf(LF, k + 1)) lines++;
      this.quotedLines = lines;
      const end = fieldEnd(bytes, q + 1);
      if (end > q + 1 && wanted) value += decode(bytes.subarray(q + 1, end));
      this.quotedText = value;
      return end;
    }
  }

  /** A field's text read by the slow path: a header cell, or a record's text in place of its span. */
  private setText(header: boolean, slot: number, value: string): void {
    if (header) this.headerCells[slot] = value;
    else {
      this.texts[slot] = value;
      this.textsUsed = true;
    }
  }

  /**
   * Takes off the marked offsets before input offset `end` and counts those from `start` on (none
   * can come earlier: blank lines hold no bytes ≥ 0x80); the first counted is `firstInvalid`.
   */
  private invalidIn(start: number, end: number): number {
    let count = 0;
    while (this.nextInvalid < end) {
      if (this.nextInvalid >= start && count++ === 0) {
        this.firstInvalid = this.nextInvalid;
        this.firstError = this.invalidErrors[this.invalidAt] ?? null;
      }
      this.nextInvalid = this.invalid[++this.invalidAt] ?? Infinity;
    }
    if (this.invalidAt === this.invalid.length) {
      this.invalid = [];
      this.invalidErrors = [];
      this.invalidAt = 0;
    }
    return count;
  }

  /** The record `bytes[start, end)` (its line end included) with `fieldCount` fields. */
  private record(bytes: Uint8Array, fieldCount: number, line: number, start: number, end: number): void {
    if (this.nextInvalid < this.base + end) {
      const count = this.invalidIn(this.base + start, this.base + end);
      if (count > 0) {
        const first = this.firstInvalid;
        const error = this.firstError;
        rejectInvalidBytes(
          this.builder,
          this.source,
          line,
          this.columns === null,
          error?.offset ?? first,
          error?.byte ?? bytes[first - this.base]!,
          count,
          this.decode(withoutLineEnd(bytes, start, end)),
          error === null ? 'utf-8' : 'gb18030',
        );
        return;
      }
    }
    if (this.columns === null) {
      this.headerRecord(
        this.headerCells.map((cell) => cell.trim()),
        line,
      );
      return;
    }
    this.rawBytes = bytes;
    this.rawStart = start;
    this.rawEnd = end;
    if (fieldCount !== this.headerCount) {
      const reason = this.skipCheck();
      if (reason === null || reason === 'note') {
        const text = this.decode(withoutLineEnd(bytes, start, end));
        rejectFieldCount(this.builder, line, fieldCount, this.headerCount, text);
        if (reason === 'note') this.builder.noteCandidate();
      } else this.builder.skip(line, reason);
    } else this.builder.addSpans(bytes, this.starts, this.ends, this.texts, line, decodeUtf8Span, this.skipCheck);
  }

  /**
   * A record read before the columns are known: a title above the header (mapping `headerRow`),
   * the header, or (the first record was not the header, and no `headerRow` was given) a record
   * looked at for the header, which the error then names.
   */
  private headerRecord(cells: readonly string[], line: number): void {
    this.headerRecords++;
    if (this.aboveHeader > 0) {
      this.aboveHeader--;
      this.builder.skip(line, 'title');
      return;
    }
    const search = this.headerSearch;
    if (search !== null) {
      search.rows.push({ cells, line, row: this.headerRecords });
      if (search.full) throw search.withHint((header, at) => this.plan(header, at));
      return;
    }
    if (this.options.mapping?.headerRow !== undefined) return this.planHeader(cells, line);
    try {
      this.planHeader(cells, line);
    } catch (error) {
      if (!isMissingColumns(error)) throw error;
      this.headerSearch = new HeaderSearch(error);
    }
  }

  private plan(header: readonly string[], line: number): ColumnPlan {
    return this.builder.planColumns(header, {
      mapping: this.options.mapping,
      source: this.source,
      line,
      optional: this.options.optional,
    });
  }

  private planHeader(header: readonly string[], line: number): void {
    const plan = this.plan(header, line);
    this.columns = plan.columns;
    this.headerNames = header;
    this.headerCount = header.length;
    this.slotOf = plan.slotOf;
  }

  /**
   * The record from line `line` whose quote (at `openQuote` in the final `bytes`) never closes.
   * Quarantined when the quote is open on the last line only; when it swallows later lines, those
   * records would be lost into one rejected field, so the read fails naming both lines.
   */
  private unterminated(bytes: Uint8Array, line: number): void {
    const header = this.columns === null;
    if (!header) {
      const lastLine = this.openQuoteLine + lineBreaks(bytes, this.openQuote + 1);
      if (lastLine > this.openQuoteLine) throw quoteRunsToEnd(this.source, this.openQuoteLine, lastLine);
    }
    rejectUnterminated(this.builder, this.source, line, header);
  }
}

/** Reads a whole UTF-8 CSV byte array into a table; `ByteCsvIngest` (lawgauge/internal) streams. */
export function ingestCsvBytes(
  dataset: Dataset | unknown,
  bytes: Uint8Array,
  options: SourceIngestOptions = {},
): SourceIngestResult {
  const reader = new ByteCsvIngest(dataset, checkOptionKeys(options, SOURCE_INGEST_OPTION_KEYS) as SourceIngestOptions);
  reader.push(bytes);
  return reader.end();
}
