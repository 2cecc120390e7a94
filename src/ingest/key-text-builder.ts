import type { Field } from '../model/dataset.js';
import type { Column } from '../table/column.js';
import type { KeyTexts } from './record-rules.js';
import { ByteArenaSet } from './byte-arena-set.js';
import { fnv1a } from './fnv1a.js';
import { dictionaryCodes, KIND, recodeRows, StagedTextBuilder, type ColumnPart } from './column-builders.js';
import type { ValueProblem } from './problem.js';
import { utf8ScalarAt } from './utf8-check.js';
import { LONE_SURROGATE, textOfWtf8, wtf8Bytes } from './wtf8.js';

/**
 * Whether `bytes[start, end)` are well-formed UTF-8 for a text that a string field stores as it is
 * and that is not an empty marker: no U+FFFD (bad bytes decode to it), more than four UTF-16 units,
 * and a printable ASCII or CJK character at each end, so `trim` leaves it and `isEmptyValue` says
 * no without looking further (its own fast path).
 */
function plainText(bytes: Uint8Array, start: number, end: number): boolean {
  let units = 0;
  let first = -1;
  let last = -1;
  for (let i = start; i < end;) {
    const scalar = utf8ScalarAt(bytes, i, end);
    if (scalar < 0) return false;
    const code = scalar >> 3;
    const size = scalar & 7;
    if (code === 0xfffd) return false;
    units += size === 4 ? 2 : 1;
    if (first < 0) first = code;
    last = code;
    i += size;
  }
  return units > 4 && plainEdge(first) && plainEdge(last);
}

function plainEdge(code: number): boolean {
  return (code > 32 && code < 127) || (code >= 0x4e00 && code <= 0x9fff);
}

/**
 * Fills a text field that only the dataset's key reads and the table does not keep (a million case
 * numbers read to tell duplicates apart): the same values as a string column, but its distinct
 * texts are held as bytes in a {@link ByteArenaSet}, not as strings, and a new text spelled plainly
 * in the input is taken from its bytes without being decoded. Staged in place as a string column
 * is ({@link StagedTextBuilder}): a text's entry is found once its row is known to be used, so a
 * quarantined row adds none. `keyTexts` hands the rows to the key check; `finish` gives the string
 * column it stands for.
 */
export class KeyTextBuilder extends StagedTextBuilder {
  readonly kind = KIND.keyText;
  /** Each distinct text as {@link wtf8Bytes} writes it: its UTF-8 unless it holds a lone surrogate. */
  private readonly entries: ByteArenaSet;
  /** Entries with a lone surrogate: bytes in the input equal to theirs are not UTF-8, and decode to other text. */
  private readonly odd = new Set<number>();
  /**
   * A copy of the bytes of a text pending from bytes (`pendingBytes[0, pendingLength)`): the row is
   * settled after later rows are staged, when the chunk they lay in may have been read over.
   */
  private pendingBytes = new Uint8Array(256);
  private pendingLength = 0;
  private scratch = new Uint8Array(256);
  private readonly encoder = new TextEncoder();
  private readonly full: ((bytes: number, limit: number) => Error) | undefined;
  /** In a part (see the constructor): each entry's hash, which `part` hands over; else null. */
  private hashes: Int32Array | null;

  /**
   * `full` is the error to throw when the texts would pass the arena's limit (see {@link ByteArenaSet}).
   * `inPart`: the builder reads one part of a file, to be absorbed by the reader of its start (see
   * `TableBuilderOptions.part`): its entries are kept as plain bytes, not as numbers in shapes,
   * so that `part` hands them over as they are (a part holds a few thousand texts, where shapes save
   * nothing; spelling each entry again for the part cost more than the rest of its work on it).
   */
  constructor(
    field: Extract<Field, { type: 'string' }>,
    capacity: number,
    full?: (bytes: number, limit: number) => Error,
    inPart = false,
  ) {
    super(field, capacity);
    // FNV-1a, the hash parts carry (`ColumnPart`): a part's entries are found here by theirs.
    this.entries = new ByteArenaSet({
      expected: capacity,
      hash: fnv1a,
      ...(full === undefined ? {} : { full }),
      ...(inPart ? { numbers: false } : {}),
    });
    this.full = full;
    this.hashes = inPart ? new Int32Array(256) : null;
  }

  override stageBytes(bytes: Uint8Array, start: number, end: number, row: number): ValueProblem | null | undefined {
    const out = this.out;
    // Settled first: the row before may add these very bytes as an entry.
    out.settle(row);
    if (start === end) return out.putEmpty(row) ? null : this.requiredProblem();
    const entries = this.entries;
    const hash = entries.hash(bytes, start, end);
    const entry = entries.find(bytes, start, end, hash);
    if (entry >= 0)
      return this.odd.size > 0 && this.odd.has(entry) ? this.lookedUp(bytes, start, end, hash) : out.put(row, entry);
    if (!plainText(bytes, start, end)) return this.lookedUp(bytes, start, end, hash);
    out.put(row, 0);
    this.keepPendingBytes(bytes, start, end);
    this.pendingFromBytes = true;
    this.pendingHash = hash;
    out.pendingRow = row;
    return null;
  }

  override remember(bytes: Uint8Array, start: number, end: number): void {
    if (this.pendFromBytes(bytes, start, end)) this.keepPendingBytes(bytes, start, end);
  }

  private keepPendingBytes(bytes: Uint8Array, start: number, end: number): void {
    const length = end - start;
    if (length > this.pendingBytes.length) this.pendingBytes = new Uint8Array(length * 2);
    const pending = this.pendingBytes;
    for (let i = 0; i < length; i++) pending[i] = bytes[start + i]!;
    this.pendingLength = length;
  }

  /** Adds `bytes[start, end)`, known to be new, with its `hash`; returns its entry. */
  private add(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const entry = this.entries.add(bytes, start, end, hash);
    if (this.hashes !== null) {
      if (entry === this.hashes.length) {
        const hashes = new Int32Array(entry * 2);
        hashes.set(this.hashes);
        this.hashes = hashes;
      }
      this.hashes[entry] = hash;
    }
    return entry;
  }

  /** The entry of the staged text, added when it is new. */
  protected codeOfStaged(): number {
    const entries = this.entries;
    // Pending bytes were looked up when staged, and missed.
    if (this.pendingFromBytes) return this.add(this.pendingBytes, 0, this.pendingLength, this.pendingHash);
    const text = this.stagedText;
    let bytes: Uint8Array;
    let length: number;
    if (LONE_SURROGATE.test(text)) {
      bytes = wtf8Bytes(text);
      length = bytes.length;
    } else {
      if (text.length * 3 > this.scratch.length) this.scratch = new Uint8Array(text.length * 3);
      bytes = this.scratch;
      length = this.encoder.encodeInto(text, bytes).written;
    }
    const hash = entries.hash(bytes, 0, length);
    const known = entries.find(bytes, 0, length, hash);
    if (known >= 0) return known;
    const entry = this.add(bytes, 0, length, hash);
    if (bytes !== this.scratch) this.odd.add(entry);
    return entry;
  }

  /** The rows used, for the key check; the builder is done with (no row can be added). */
  keyTexts(length: number): KeyTexts {
    const { values, validity } = this.trimmed(length);
    const entries = this.entries;
    entries.seal();
    return {
      codes: values,
      validity,
      size: entries.size,
      bytesOf: (entry) => entries.bytesOf(entry),
      firstRejected: (test) => entries.firstRejected(test),
      textOf: (entry) => textOfWtf8(entries.bytesOf(entry)),
      ...(this.full === undefined ? {} : { full: this.full }),
    };
  }

  /** The string column these rows stand for (each text decoded; the key check needs only {@link keyTexts}). */
  finish(length: number): Column {
    const { values, validity } = this.trimmed(length);
    const dictionary = Array.from({ length: this.entries.size }, (_, entry) => textOfWtf8(this.entries.bytesOf(entry)));
    return { type: 'string', codes: dictionaryCodes(values, dictionary.length), dictionary, validity };
  }

  /**
   * As a string column's part, but the texts are given only where `starts` is −1 (a lone
   * surrogate), '' elsewhere: the entries are known by their bytes, and decoding them all in a
   * worker and cloning them to the main thread would cost what holding bytes saves.
   */
  override part(length: number): ColumnPart {
    // Settled first: the last row used may add an entry.
    this.out.settleAll(length);
    const size = this.entries.size;
    const texts = new Array<string>(size).fill('');
    const hashes = this.hashes === null ? new Int32Array(size) : this.hashes.slice(0, size);
    let bytes: Uint8Array;
    let ends: Int32Array;
    if (this.hashes !== null) {
      // A part's entries are plain bytes already (see the constructor): copied as they lie.
      const plain = this.entries.plainEntries();
      bytes = plain.bytes.slice();
      ends = plain.ends.slice();
    } else {
      let total = 0;
      for (let entry = 0; entry < size; entry++) total += this.entries.bytesOf(entry).length;
      bytes = new Uint8Array(total);
      ends = new Int32Array(size);
      let used = 0;
      for (let entry = 0; entry < size; entry++) {
        const own = this.entries.bytesOf(entry);
        bytes.set(own, used);
        hashes[entry] = fnv1a(bytes, used, used + own.length);
        used += own.length;
        ends[entry] = used;
      }
    }
    const starts = new Int32Array(size);
    for (let entry = 1; entry < size; entry++) starts[entry] = ends[entry - 1]!;
    for (const entry of this.odd) {
      texts[entry] = textOfWtf8(this.entries.bytesOf(entry));
      starts[entry] = -1;
    }
    return { ...super.part(length), dictionary: { texts, bytes, starts, ends, hashes } };
  }

  /** Entries of the part's texts here (new ones added in the part's order), then its rows. */
  override absorb(part: ColumnPart, at: number, length: number): void {
    this.out.settleAll(at);
    const { texts, bytes, starts, ends, hashes } = part.dictionary!;
    const entries = this.entries;
    const entryOf = new Int32Array(texts.length);
    for (let code = 0; code < texts.length; code++) {
      const start = starts[code]!;
      const odd = start < 0;
      const own = odd ? wtf8Bytes(texts[code]!) : bytes;
      const from = odd ? 0 : start;
      const to = odd ? own.length : ends[code]!;
      const hash = odd ? entries.hash(own, from, to) : hashes[code]!;
      let entry = entries.find(own, from, to, hash);
      if (entry < 0) {
        entry = this.add(own, from, to, hash);
        if (odd) this.odd.add(entry);
      }
      entryOf[code] = entry;
    }
    recodeRows(part, entryOf, length);
    super.absorb(part, at, length);
  }
}
