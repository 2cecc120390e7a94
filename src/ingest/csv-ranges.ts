import type { Dataset } from '../model/dataset.js';
import { ByteCsvIngest, type CsvPart } from './csv-bytes.js';
import { Gb18030ToUtf8 } from './gb18030-to-utf8.js';
import type { SourceIngestOptions } from './source-options.js';

const LF = 10;

/** The encodings a CSV file is read in ranges in. */
export type CsvRangeEncoding = 'utf-8' | 'gb18030';

/** Reads bytes of the input at `position` into `buffer` (as many as fit); returns how many (0 at its end). */
export type ReadAt = (buffer: Uint8Array, position: number) => number;

/**
 * Where range `index` of `count` nominally starts in an input of `size` bytes: ranges of equal
 * length, each moved on to the next line start when it is read (see {@link readRange}).
 */
export function rangeOffset(index: number, count: number, size: number): number {
  return index >= count ? size : Math.floor((size / count) * index);
}

/**
 * Reads the bytes of the range nominally `[from, to)` of an input of `size` bytes in blocks of
 * `buffer`'s length, calling `take(bytes, at)` for each run of them (`at`: the input offset of
 * `bytes[0]`; the view is reused after the call). A range starts just past the first line feed
 * at or after `from - 1` (the input's start for 0) and ends just past the first one at or after
 * `to - 1` (the input's end when there is none, or `to` is the end): the next range starts where
 * this one ends, so ranges tile the input. Nothing is read for a range holding no line start.
 *
 * A line feed can be inside a quoted field, so a range's start is a guess that the reader of the
 * input's start confirms (see {@link CsvRangeMerge}). In UTF-8 and GB18030 a line feed byte is
 * never part of a multi-byte character, so a range starts and ends on a character boundary.
 */
export function readRange(
  readAt: ReadAt,
  from: number,
  to: number,
  size: number,
  buffer: Uint8Array,
  take: (bytes: Uint8Array, at: number) => void,
): void {
  const stopFrom = to >= size ? Infinity : to - 1;
  let position = from === 0 ? 0 : from - 1;
  let started = from === 0;
  while (position < size) {
    const read = readAt(buffer, position);
    if (read === 0) return;
    const block = buffer.subarray(0, read);
    let first = 0;
    if (!started) {
      const lf = block.indexOf(LF);
      // The first line start at or after `from` is not before `to`'s: an empty range.
      if (lf < 0 ? position + read > stopFrom : position + lf >= stopFrom) return;
      if (lf < 0) {
        position += read;
        continue;
      }
      started = true;
      first = lf + 1;
    }
    if (position + read > stopFrom) {
      const lf = block.indexOf(LF, Math.max(first, stopFrom - position));
      if (lf >= 0) {
        if (lf + 1 > first) take(block.subarray(first, lf + 1), position + first);
        return;
      }
    }
    if (read > first) take(block.subarray(first), position + first);
    position += read;
  }
}

/**
 * Claims on the ranges of one input, shared by the threads reading it (a `SharedArrayBuffer`): the
 * reader of the input's start takes ranges from the front, in order, the workers from the back, so
 * they meet where the work is shared out whatever each thread's speed, and no range is read twice.
 * One word holds both ends (front in the low 16 bits, back in the high), changed atomically.
 */
export class RangeClaims {
  /** Ranges at most: both ends fit in one word. */
  static readonly MAX = 0x7fff;

  constructor(readonly state: Int32Array) {}

  static create(count: number): RangeClaims {
    const state = new Int32Array(new SharedArrayBuffer(4));
    state[0] = Math.min(count, RangeClaims.MAX) << 16;
    return new RangeClaims(state);
  }

  /** The next range from the front, or -1 when none is left. */
  front(): number {
    for (;;) {
      const word = Atomics.load(this.state, 0);
      const front = word & 0xffff;
      if (front >= word >>> 16) return -1;
      if (Atomics.compareExchange(this.state, 0, word, word + 1) === word) return front;
    }
  }

  /** The next range from the back, or -1 when none is left. */
  back(): number {
    for (;;) {
      const word = Atomics.load(this.state, 0);
      const back = (word >>> 16) - 1;
      if (back < (word & 0xffff)) return -1;
      if (Atomics.compareExchange(this.state, 0, word, word - 0x10000) === word) return back;
    }
  }

  /** No more claims (a read that ends early): the workers stop after the range they read. */
  stop(): void {
    while (this.front() >= 0);
  }
}

/** What a worker needs to read ranges of a CSV file: the reader's dataset and options and the file's header. */
export interface CsvRangeJob {
  readonly dataset: Dataset;
  readonly options: SourceIngestOptions;
  readonly header: readonly string[];
  readonly encoding: CsvRangeEncoding;
  readonly size: number;
  /** Ranges in the input (see {@link rangeOffset}). */
  readonly count: number;
  /** Rows expected in a range, to size its columns once. */
  readonly capacity: number;
}

/** A range read by a worker: its records as a part, or null when it ends inside a record or is not valid. */
export interface CsvRangeRead {
  readonly index: number;
  readonly part: CsvPart | null;
  /** Its bytes (0 for a range holding no line start, -1 when reading it failed). */
  readonly bytes: number;
  /** False when `valid` said no: the file is then read in one thread. */
  readonly valid: boolean;
}

/**
 * Reads range `index` as a part of the file that starts a record after the header, with the same
 * parser as the input's start (`ByteCsvIngest.continuing`). `valid` (UTF-8 files in Node) is asked
 * about each run of bytes and then once more at the end: when it says no, the part is dropped (the
 * caller reads the whole file in one thread, where invalid bytes are told apart from an encoding).
 */
export function readCsvRange(
  job: CsvRangeJob,
  index: number,
  readAt: ReadAt,
  buffer: Uint8Array,
  valid?: (bytes: Uint8Array | null) => boolean,
): CsvRangeRead {
  const options = { ...job.options, capacity: job.capacity };
  const transcoder = job.encoding === 'gb18030' ? new Gb18030ToUtf8() : null;
  let reader: ByteCsvIngest | null = null;
  let bytes = 0;
  let clean = true;
  const from = rangeOffset(index, job.count, job.size);
  const to = rangeOffset(index + 1, job.count, job.size);
  readRange(readAt, from, to, job.size, buffer, (run, at) => {
    if (!clean) return;
    if (valid !== undefined && !valid(run)) clean = false;
    reader ??= ByteCsvIngest.continuing(job.dataset, options, job.header, at);
    if (transcoder === null) reader.push(run);
    else reader.pushTranscoded(transcoder.push(run, at), transcoder.errors);
    bytes += run.length;
  });
  if (reader === null) return { index, part: null, bytes: 0, valid: true };
  const read: ByteCsvIngest = reader;
  if (valid !== undefined && !valid(null)) clean = false;
  if (clean && transcoder !== null) read.pushTranscoded(transcoder.end(), transcoder.errors);
  const whole = clean && read.atRecordEnd;
  return { index, part: whole ? read.endPart() : null, bytes, valid: clean };
}

/**
 * The reader of the input's start taking in the ranges after its own, in order: a range read by a
 * worker is appended (`absorb`) when it started where a record starts — this reader has just ended
 * one at the range's start — and ended where one ends (its reader had no record open); otherwise
 * (a guessed start inside a quoted line break, a part dropped) its bytes are read here, by `pushRange`.
 * So the table is the one a single reader gives, whatever the guesses.
 */
export function takeRange(main: ByteCsvIngest, read: CsvRangeRead | null, pushRange: () => void): void {
  if (read !== null && read.bytes === 0) return;
  if (read !== null && read.part !== null && main.atRecordEnd && main.header !== null)
    main.absorb(read.part, read.bytes);
  else pushRange();
}
