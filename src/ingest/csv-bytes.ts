import type { Dataset } from '../model/dataset.js';
import { parseDataset } from '../model/parse.js';
import { builderOptions, type SourceIngestOptions, type SourceIngestResult } from './csv-ingest.js';
import { noHeader, recordTooLong, rejectFieldCount, rejectInvalidBytes, rejectUnterminated } from './csv-problems.js';
import { requiredSlots, skipReason } from './skip-rows.js';
import { TableBuilder, type SkipCheck } from './table-builder.js';
import { decodeUtf8 } from './values/decode-utf8.js';

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

function indexOrEnd(bytes: Uint8Array, byte: number, from: number): number {
  const index = bytes.indexOf(byte, from);
  return index < 0 ? bytes.length : index;
}

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
 * quarantined whole with its line and the offset (a header holding one is an error).
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
  private readonly skipCheck: SkipCheck = () =>
    skipReason(this.decode(this.rawBytes.subarray(this.rawStart, this.rawEnd)), this.slotOf, this.required);

  constructor(
    dataset: Dataset | unknown,
    private readonly options: SourceIngestOptions = {},
  ) {
    const definition = parseDataset(dataset);
    this.source = options.source ?? 'csv';
    this.builder = new TableBuilder(definition, builderOptions(options));
    const slots = this.builder.fields.length;
    this.starts = new Int32Array(slots);
    this.ends = new Int32Array(slots);
    this.texts = new Array<string | null>(slots).fill(null);
    this.required = requiredSlots(this.builder.fields);
  }

  /** Records read so far (the header excluded). */
  get rowsRead(): number {
    return this.builder.rowsRead;
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

  end(): SourceIngestResult {
    if (!this.done) {
      this.done = true;
      this.take(new Uint8Array(0), true);
    }
    if (this.columns === null) throw noHeader(this.source);
    return { table: this.builder.finish(), columns: this.columns };
  }

  private take(chunk: Uint8Array, final: boolean): void {
    let bytes = chunk;
    let base = this.pushed;
    this.pushed += chunk.length;
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
        this.leftover = bytes;
        this.leftoverBase = base;
        return;
      }
      this.bomChecked = true;
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
    this.leftoverBase = this.base + start;
    this.line = line;
  }

  private parse(bytes: Uint8Array, final: boolean): void {
    const n = bytes.length;
    const { starts, ends, texts, decode } = this;
    let i = 0;
    let line = this.line;
    let nextQuote = -1;
    let nextLf = -1;
    let nextCr = -1;
    while (i < n) {
      const recordStart = i;
      const recordLine = line;
      let c = bytes[i]!;
      if (c === LF || c === CR) {
        if (c === CR && i + 1 >= n && !final) return this.keep(bytes, recordStart, recordLine);
        i += c === CR && bytes[i + 1] === LF ? 2 : 1;
        line++;
        if (this.columns !== null) this.builder.skip(recordLine, 'blank');
        continue;
      }
      const header = this.columns === null;
      const slotOf = this.slotOf;
      const slots = slotOf.length;
      let column = 0;
      if (header) this.headerCells = [];
      else {
        // Spans need no reset: a record with the header's field count sets every mapped slot,
        // a record with another count is rejected unread, and unmapped slots stay empty (0, 0).
        if (this.textsUsed) {
          texts.fill(null);
          this.textsUsed = false;
        }
        // Fast path: the whole record on one line, with no quote and no lone CR.
        if (nextQuote < i) nextQuote = indexOrEnd(bytes, QUOTE, i);
        if (nextLf < i) nextLf = indexOrEnd(bytes, LF, i);
        if (nextCr < i) nextCr = indexOrEnd(bytes, CR, i);
        if (nextLf < n && nextQuote > nextLf && nextCr >= nextLf - 1) {
          const end = nextCr === nextLf - 1 ? nextCr : nextLf;
          let start = i;
          for (let k = i; k < end; k++) {
            if (bytes[k] !== COMMA) continue;
            const slot = column < slots ? slotOf[column]! : -1;
            if (slot >= 0) {
              starts[slot] = start;
              ends[slot] = k;
            }
            column++;
            start = k + 1;
          }
          const slot = column < slots ? slotOf[column]! : -1;
          if (slot >= 0) {
            starts[slot] = start;
            ends[slot] = end;
          }
          column++;
          i = nextLf + 1;
          line++;
          this.record(bytes, column, recordLine, recordStart, i);
          continue;
        }
      }
      for (;;) {
        const slot = header ? column : column < slots ? slotOf[column]! : -1;
        if (i < n && bytes[i] === QUOTE) {
          let value = '';
          let j = i + 1;
          let segment = j;
          for (;;) {
            const q = bytes.indexOf(QUOTE, j);
            if (q < 0 || (q + 1 >= n && !final)) {
              if (!final) return this.keep(bytes, recordStart, recordLine);
              this.unterminated(recordLine);
              this.invalidIn(Infinity, Infinity);
              this.line = line;
              return;
            }
            if (bytes[q + 1] === QUOTE) {
              if (slot >= 0) value += decode(bytes.subarray(segment, q + 1));
              j = q + 2;
              segment = j;
              continue;
            }
            if (slot >= 0) value += decode(bytes.subarray(segment, q));
            for (let k = bytes.indexOf(LF, i); k >= 0 && k < q; k = bytes.indexOf(LF, k + 1)) line++;
            i = q + 1;
            break;
          }
          let j2 = i;
          while (j2 < n && (c = bytes[j2]!) !== COMMA && c !== LF && c !== CR) j2++;
          if (j2 >= n && !final) return this.keep(bytes, recordStart, recordLine);
          if (j2 > i && slot >= 0) value += decode(bytes.subarray(i, j2));
          i = j2;
          if (slot >= 0) {
            if (header) this.headerCells[slot] = value;
            else {
              texts[slot] = value;
              this.textsUsed = true;
            }
          }
        } else {
          let j = i;
          while (j < n && (c = bytes[j]!) !== COMMA && c !== LF && c !== CR) j++;
          if (j >= n && !final) return this.keep(bytes, recordStart, recordLine);
          if (slot >= 0) {
            if (header) this.headerCells[slot] = decode(bytes.subarray(i, j));
            else {
              starts[slot] = i;
              ends[slot] = j;
              texts[slot] = null;
            }
          }
          i = j;
        }
        column++;
        if (i >= n) break;
        c = bytes[i]!;
        if (c === COMMA) {
          i++;
          continue;
        }
        if (c === CR) {
          if (i + 1 >= n && !final) return this.keep(bytes, recordStart, recordLine);
          i += bytes[i + 1] === LF ? 2 : 1;
        } else i++;
        line++;
        break;
      }
      this.record(bytes, column, recordLine, recordStart, i);
    }
    this.line = line;
  }

  /**
   * Takes off the marked offsets before input offset `end` and counts those from `start` on (none
   * can come earlier: blank lines hold no bytes ≥ 0x80); the first counted is `firstInvalid`.
   */
  private invalidIn(start: number, end: number): number {
    let count = 0;
    while (this.nextInvalid < end) {
      if (this.nextInvalid >= start && count++ === 0) this.firstInvalid = this.nextInvalid;
      this.nextInvalid = this.invalid[++this.invalidAt] ?? Infinity;
    }
    if (this.invalidAt === this.invalid.length) {
      this.invalid = [];
      this.invalidAt = 0;
    }
    return count;
  }

  /** The record `bytes[start, end)` (its line end included) with `fieldCount` fields. */
  private record(bytes: Uint8Array, fieldCount: number, line: number, start: number, end: number): void {
    if (this.nextInvalid < this.base + end) {
      const count = this.invalidIn(this.base + start, this.base + end);
      if (count > 0) {
        let stop = end;
        while (stop > start && (bytes[stop - 1] === LF || bytes[stop - 1] === CR)) stop--;
        const first = this.firstInvalid;
        rejectInvalidBytes(
          this.builder,
          this.source,
          line,
          this.columns === null,
          first,
          bytes[first - this.base]!,
          count,
          this.decode(bytes.subarray(start, stop)),
        );
        return;
      }
    }
    if (this.columns === null) {
      const header = this.headerCells.map((cell) => cell.trim());
      const plan = this.builder.planColumns(header, {
        mapping: this.options.mapping,
        source: this.source,
        line,
        optional: this.options.optional,
      });
      this.columns = plan.columns;
      this.headerCount = header.length;
      this.slotOf = plan.slotOf;
      return;
    }
    this.rawBytes = bytes;
    this.rawStart = start;
    this.rawEnd = end;
    if (fieldCount !== this.headerCount) {
      const reason = this.skipCheck();
      if (reason === null) rejectFieldCount(this.builder, line, fieldCount, this.headerCount);
      else this.builder.skip(line, reason);
    } else this.builder.addSpans(bytes, this.starts, this.ends, this.texts, line, this.decode, this.skipCheck);
  }

  private unterminated(line: number): void {
    rejectUnterminated(this.builder, this.source, line, this.columns === null);
  }
}

/** Reads a whole UTF-8 CSV byte array into a table; `ByteCsvIngest` (lawgauge/internal) streams. */
export function ingestCsvBytes(
  dataset: Dataset | unknown,
  bytes: Uint8Array,
  options: SourceIngestOptions = {},
): SourceIngestResult {
  const reader = new ByteCsvIngest(dataset, options);
  reader.push(bytes);
  return reader.end();
}
