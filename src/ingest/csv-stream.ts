import type { Dataset } from '../model/dataset.js';
import { parseDataset } from '../model/parse.js';
import { ByteCsvIngest } from './csv-bytes.js';
import { Gb18030ToUtf8 } from './gb18030-to-utf8.js';
import type { SourceIngestOptions, SourceIngestResult } from './source-options.js';
import { Utf8Check, UTF8_LOOPS, type Utf8Validators } from './utf8-check.js';

/**
 * The chunks `readDatasetFile` reads a file in. The stream is cut into the same chunks, so the
 * encoding evidence (utf8-check.ts) is gathered over the same bytes at the same steps, whatever
 * sizes the stream delivers (a browser's `fetch` gives 64 KiB or less).
 */
export const CSV_CHUNK_BYTES = 1 << 20;

/** A CSV's row count estimated from its first chunk's line length, so its columns are allocated once. */
export function csvCapacity(chunk: Uint8Array, total: number | null): number | undefined {
  if (total === null) return undefined;
  let lines = 0;
  for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
  return Math.ceil((total / chunk.length) * Math.max(1, lines - 1) * 1.05) + 16;
}

/** The input's bytes from its start; called again when the input turns out to be GB18030 after rows were read. */
export type OpenBytes = () => AsyncIterable<Uint8Array>;

export interface CsvStreamOptions extends SourceIngestOptions {
  /** The input's length in bytes, when known (a `File`'s size, a response's Content-Length). */
  readonly total?: number | null;
  /** Called after each chunk with the bytes and records read so far (a re-read in GB18030 starts again from 0). */
  readonly onProgress?: (bytes: number, records: number) => void;
  /** Whole-chunk UTF-8 checks (default: plain loops; Node passes its native ones). */
  readonly validators?: Utf8Validators;
  /** Chunk size; default {@link CSV_CHUNK_BYTES}, as `readDatasetFile` reads. */
  readonly chunkBytes?: number;
}

export interface CsvStreamResult extends SourceIngestResult {
  /** The encoding detected: UTF-8 unless the bytes do not read as UTF-8 at all (utf8-check.ts). */
  readonly encoding: 'utf-8' | 'gb18030';
  readonly bytes: number;
}

/** `stream` cut into chunks of `size` bytes (the last shorter), copied into one buffer reused for each. */
async function* inChunks(stream: AsyncIterable<Uint8Array>, size: number): AsyncGenerator<Uint8Array> {
  const buffer = new Uint8Array(size);
  let filled = 0;
  for await (const piece of stream) {
    let at = 0;
    while (at < piece.length) {
      if (filled === 0 && piece.length - at >= size) {
        yield piece.subarray(at, at + size);
        at += size;
        continue;
      }
      const take = Math.min(size - filled, piece.length - at);
      buffer.set(piece.subarray(at, at + take), filled);
      filled += take;
      at += take;
      if (filled === size) {
        yield buffer;
        filled = 0;
      }
    }
  }
  if (filled > 0) yield buffer.subarray(0, filled);
}

/** What reads the bytes: the byte parser, behind the GB18030-to-UTF-8 transcoder Node's reader uses when the file is GB18030. */
interface Reader {
  readonly bytes: ByteCsvIngest;
  readonly gb18030: Gb18030ToUtf8 | null;
}

/** Reads the input once in `encoding`; null when it turned out to be GB18030 after rows were read as UTF-8. */
async function readOnce(
  dataset: Dataset,
  open: OpenBytes,
  options: CsvStreamOptions,
  encoding: 'utf-8' | 'gb18030',
): Promise<CsvStreamResult | null> {
  const { total = null, onProgress, validators = UTF8_LOOPS, chunkBytes = CSV_CHUNK_BYTES, ...source } = options;
  const check = new Utf8Check(validators);
  let used = encoding;
  let reader: Reader | null = null;
  let bytes = 0;
  for await (const chunk of inChunks(open(), chunkBytes)) {
    let invalid: readonly number[] = [];
    if (used === 'utf-8') {
      invalid = check.chunk(chunk);
      if (invalid.length > 0 && check.prefersGb18030) {
        if (reader !== null) return null;
        used = 'gb18030';
      }
    }
    if (reader === null) {
      const capacity = csvCapacity(chunk, total);
      const csv = { ...source, ...(capacity === undefined ? {} : { capacity }) };
      reader = { bytes: new ByteCsvIngest(dataset, csv), gb18030: used === 'gb18030' ? new Gb18030ToUtf8() : null };
    }
    if (reader.gb18030 !== null) reader.bytes.pushTranscoded(reader.gb18030.push(chunk), reader.gb18030.errors);
    else {
      if (invalid.length > 0) reader.bytes.markInvalid(invalid);
      reader.bytes.push(chunk);
    }
    bytes += chunk.byteLength;
    onProgress?.(bytes, reader.bytes.rowsRead);
  }
  if (used === 'utf-8') {
    // The input may end inside a UTF-8 sequence.
    const invalid = check.end();
    if (invalid.length > 0 && check.prefersGb18030) return null;
    if (reader !== null) reader.bytes.markInvalid(invalid);
  }
  let result: SourceIngestResult;
  if (reader === null) result = new ByteCsvIngest(dataset, source).end();
  else {
    if (reader.gb18030 !== null) reader.bytes.pushTranscoded(reader.gb18030.end(), reader.gb18030.errors);
    result = reader.bytes.end();
  }
  return { ...result, encoding: used, bytes };
}

/**
 * Reads a CSV byte stream into a table the way `readDatasetFile` reads a CSV file in one thread,
 * with the same result for the same bytes: the same chunks, the same encoding rule (`auto`: UTF-8,
 * a BOM dropped, unless the bytes do not read as UTF-8 at all, then GB18030 — read again from the
 * start when that shows after the first chunk), rows holding stray invalid bytes quarantined as
 * `invalid_encoding`, and the byte parser (`ByteCsvIngest`) for both encodings. This is how the
 * dashboard's compute worker reads a fetched file or a `File`.
 *
 * @throws LawGaugeError for an unusable header or a header holding bytes that are not UTF-8.
 */
export async function readCsvStream(
  dataset: Dataset | unknown,
  open: OpenBytes,
  options: CsvStreamOptions = {},
): Promise<CsvStreamResult> {
  const definition = parseDataset(dataset);
  const first = await readOnce(definition, open, options, 'utf-8');
  if (first !== null) return first;
  const second = await readOnce(definition, open, options, 'gb18030');
  if (second === null) throw new Error('unreachable: GB18030 decoding does not fail');
  return second;
}
