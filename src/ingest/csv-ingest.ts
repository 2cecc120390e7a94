import type { Dataset } from '../model/dataset.js';
import { ByteCsvIngest } from './csv-bytes.js';
import { checkOptionKeys } from '../model/option-keys.js';
import { SOURCE_INGEST_OPTION_KEYS, type SourceIngestOptions, type SourceIngestResult } from './source-options.js';

/**
 * Streams CSV text into a {@link Table}: `push` decoded text in chunks of any size, then `end`.
 * The text is encoded to UTF-8 chunk by chunk and read by `ByteCsvIngest`, the one CSV parser
 * (a GB18030 file decoded by `TextDecoder`, or a browser's `File` text, is read by the same code as
 * a UTF-8 file's bytes). The first record is the header, matched onto fields by the table builder's
 * `planColumns`. A record with the wrong number of fields, or an unterminated quote, is quarantined
 * whole with its line; values are parsed as by `ingest`. Blank rows and footer rows (合计, Total, …),
 * when they cannot be used, are counted as skipped instead (see skip-rows.ts). Only the kept
 * fields' cells become values, so memory follows the table. A lone surrogate in the text reads as
 * U+FFFD, as it would from a file.
 */
export class CsvIngest {
  private readonly reader: ByteCsvIngest;
  private readonly encoder = new TextEncoder();
  private buffer = new Uint8Array(0);
  /** A high surrogate that ended the last chunk: its pair starts the next one. */
  private pendingHigh = '';

  /** @throws LawGaugeError (`invalid_argument`) for options that are not an object or have a key not listed in SourceIngestOptions (`unknown_key`). */
  constructor(dataset: Dataset | unknown, options: SourceIngestOptions = {}) {
    this.reader = new ByteCsvIngest(
      dataset,
      checkOptionKeys(options, SOURCE_INGEST_OPTION_KEYS) as SourceIngestOptions,
    );
  }

  /** Records read so far (the header excluded). */
  get rowsRead(): number {
    return this.reader.rowsRead;
  }

  push(text: string): void {
    let whole = this.pendingHigh.length === 0 ? text : this.pendingHigh + text;
    this.pendingHigh = '';
    const last = whole.charCodeAt(whole.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      this.pendingHigh = whole.slice(-1);
      whole = whole.slice(0, -1);
    }
    if (whole.length > 0) this.reader.push(this.encode(whole));
  }

  /**
   * The text's UTF-8 in one buffer reused for every chunk (the reader copies what it keeps), so a
   * long file does not leave a fresh buffer per chunk waiting for a garbage collection.
   */
  private encode(text: string): Uint8Array {
    if (text.length * 3 > this.buffer.length) this.buffer = new Uint8Array(text.length * 3);
    return this.buffer.subarray(0, this.encoder.encodeInto(text, this.buffer).written);
  }

  end(): SourceIngestResult {
    if (this.pendingHigh.length > 0) this.reader.push(this.encode(this.pendingHigh));
    this.pendingHigh = '';
    return this.reader.end();
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
