import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { LawGaugeError } from '../errors/law-gauge-error.js';
import { isUtf8 } from 'node:buffer';
import { ByteCsvIngest } from '../ingest/csv-bytes.js';
import { CsvIngest, type SourceIngestOptions, type SourceIngestResult } from '../ingest/csv-ingest.js';
import { RecordIngest, ingestJsonRecords, recordKeys } from '../ingest/record-ingest.js';
import type { Dataset } from '../model/dataset.js';
import type { DatasetMapping } from '../model/mapping.js';

export type TextEncodingChoice = 'auto' | 'utf-8' | 'gb18030';
export type DataFileFormat = 'csv' | 'json' | 'ndjson';

export interface ReadDatasetOptions {
  readonly dataset: Dataset;
  readonly mapping?: DatasetMapping;
  /** Fields to keep (each needs a column); default every field. */
  readonly fields?: readonly string[];
  /** Fields the file may lack (read as empty). */
  readonly optional?: readonly string[];
  /** `auto` (default): strict UTF-8, BOM dropped, falling back to GB18030 when the bytes are not UTF-8. */
  readonly encoding?: TextEncodingChoice;
  /** Default: from the extension (`.json`, `.ndjson`/`.jsonl`, else CSV), or sniffed for stdin. */
  readonly format?: DataFileFormat;
  /** Called after each chunk with the bytes read so far, the file size (null for stdin) and records read. */
  readonly onProgress?: (bytes: number, total: number | null, records: number) => void;
}

export interface ReadDatasetResult extends SourceIngestResult {
  readonly encoding: 'utf-8' | 'gb18030';
  readonly format: DataFileFormat;
  readonly bytes: number;
}

const CHUNK_BYTES = 1 << 20;
/** NDJSON records whose keys are matched onto fields. */
const KEY_SAMPLE = 1000;

class NotUtf8 extends Error {
  constructor(readonly offset: number) {
    super(`not UTF-8 near byte ${offset}`);
  }
}

function notUtf8Error(source: string, offset: number): LawGaugeError {
  return new LawGaugeError('invalid_data', source, [{ code: 'invalid_encoding', path: [], message: `the bytes after byte ${offset} are not valid UTF-8; give --encoding gb18030 (or auto)` }]);
}

function formatOf(path: string, firstText: string): DataFileFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return 'csv';
  const first = firstText.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '[' ? 'json' : first === '{' ? 'ndjson' : 'csv';
}

async function* chunksOf(path: string): AsyncGenerator<Uint8Array> {
  const stream = path === '-' ? process.stdin : createReadStream(path, { highWaterMark: CHUNK_BYTES });
  // Plain Uint8Array views, not Buffers: the readers' byte loops then see one array type, and
  // `indexOf` is the engine's typed-array builtin rather than Buffer's.
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    yield new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }
}

/** Receives decoded text; `end` finishes and returns the result. */
interface TextConsumer {
  push(text: string): void;
  end(): SourceIngestResult;
}

/** The options every reader takes, from the file options. */
function sourceOptions(options: ReadDatasetOptions, source: string): SourceIngestOptions {
  return {
    source,
    ...(options.mapping === undefined ? {} : { mapping: options.mapping }),
    ...(options.fields === undefined ? {} : { fields: options.fields }),
    ...(options.optional === undefined ? {} : { optional: options.optional }),
  };
}

function ndjsonConsumer(options: ReadDatasetOptions, source: string): TextConsumer {
  let rest = '';
  let line = 0;
  let reader: RecordIngest | null = null;
  const pending: [unknown, number, string | null][] = [];
  const start = (): RecordIngest => {
    const keys = recordKeys(pending.map(([record]) => record));
    const created = new RecordIngest(options.dataset, keys, sourceOptions(options, source));
    for (const [record, at, error] of pending) {
      if (error === null) created.add(record, at);
      else created.reject(at, error, String(record));
    }
    pending.length = 0;
    return created;
  };
  const take = (text: string): void => {
    line++;
    if (text.trim().length === 0) return;
    let record: unknown;
    let error: string | null = null;
    try {
      record = JSON.parse(text);
    } catch (problem) {
      error = `line ${line} is not JSON: ${(problem as Error).message}`;
      record = text;
    }
    if (reader === null) {
      pending.push([record, line, error]);
      if (pending.length >= KEY_SAMPLE) reader = start();
    } else if (error === null) reader.add(record, line);
    else reader.reject(line, error, text);
  };
  return {
    push(text) {
      const lines = (rest + text).split('\n');
      rest = lines.pop()!;
      for (const each of lines) take(each.endsWith('\r') ? each.slice(0, -1) : each);
    },
    end() {
      if (rest.length > 0) take(rest);
      reader ??= start();
      return reader.finish();
    },
  };
}

function jsonConsumer(options: ReadDatasetOptions, source: string): TextConsumer {
  const parts: string[] = [];
  return {
    push: (text) => parts.push(text),
    end() {
      let records: unknown;
      try {
        records = JSON.parse(parts.join('').replace(/^\uFEFF/, ''));
      } catch (error) {
        throw new LawGaugeError('invalid_data', source, [{ code: 'invalid_json', path: [], message: `not valid JSON: ${(error as Error).message}` }]);
      }
      return ingestJsonRecords(options.dataset, records as unknown[], sourceOptions(options, source));
    },
  };
}

/**
 * Length of the prefix of `bytes` that ends on a UTF-8 character boundary: a sequence cut by the
 * chunk's end is carried to the next chunk rather than judged invalid.
 */
function completeUtf8Length(bytes: Uint8Array): number {
  for (let back = 1; back <= 4 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    return utf8SequenceLength(byte) > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

/** Bytes in the UTF-8 sequence that `lead` starts (1 for bytes that start none). */
function utf8SequenceLength(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
}

function joined(carry: Uint8Array | null, chunk: Uint8Array): Uint8Array {
  if (carry === null) return chunk;
  const bytes = new Uint8Array(carry.length + chunk.length);
  bytes.set(carry);
  bytes.set(chunk, carry.length);
  return bytes;
}

async function readOnce(path: string, options: ReadDatasetOptions, encoding: 'utf-8' | 'gb18030', total: number | null, allowSwitch: boolean): Promise<ReadDatasetResult | NotUtf8> {
  const source = path === '-' ? 'stdin' : path;
  let used: 'utf-8' | 'gb18030' = encoding;
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  let consumer: TextConsumer | null = null;
  let bytesReader: ByteCsvIngest | null = null;
  let format: DataFileFormat = options.format ?? 'csv';
  let carry: Uint8Array | null = null;
  let bytes = 0;
  for await (const chunk of chunksOf(path)) {
    if (bytes === 0 && consumer === null && bytesReader === null) {
      // The first chunk decides the encoding (for `auto`) and the format.
      const cut = completeUtf8Length(chunk);
      if (used === 'utf-8' && !isUtf8(chunk.subarray(0, cut))) {
        if (!allowSwitch) throw notUtf8Error(source, 0);
        used = 'gb18030';
      }
      format = options.format ?? formatOf(path, new TextDecoder().decode(chunk.subarray(0, Math.min(cut, 256))));
      if (format === 'csv' && used === 'utf-8') {
        // Size the columns from the first chunk's line length, so they are allocated once.
        let lines = 0;
        for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
        const capacity = total === null ? undefined : Math.ceil((total / chunk.length) * Math.max(1, lines - 1) * 1.05) + 16;
        bytesReader = new ByteCsvIngest(options.dataset, { ...sourceOptions(options, source), ...(capacity === undefined ? {} : { capacity }) });
      } else {
        decoder = new TextDecoder(used, { fatal: used === 'utf-8' });
        consumer = format === 'csv' ? new CsvIngest(options.dataset, sourceOptions(options, source)) : format === 'json' ? jsonConsumer(options, source) : ndjsonConsumer(options, source);
      }
    }
    if (bytesReader !== null) {
      // Validate whole characters: one cut by the previous chunk's end together with its
      // continuation bytes, then the rest. The reader never decodes a record cut by a chunk end.
      let from = 0;
      if (carry !== null) {
        from = Math.min(chunk.length, utf8SequenceLength(carry[0]!) - carry.length);
        if (!isUtf8(joined(carry, chunk.subarray(0, from)))) {
          if (!allowSwitch) throw notUtf8Error(source, bytes - carry.length);
          return new NotUtf8(bytes - carry.length);
        }
      }
      const cut = Math.max(from, completeUtf8Length(chunk));
      if (!isUtf8(chunk.subarray(from, cut))) {
        if (!allowSwitch) throw notUtf8Error(source, bytes);
        return new NotUtf8(bytes);
      }
      carry = cut < chunk.length ? chunk.slice(cut) : null;
      bytesReader.push(chunk);
    } else {
      let text: string;
      try {
        text = decoder!.decode(chunk, { stream: true });
      } catch {
        if (!allowSwitch) throw notUtf8Error(source, bytes);
        return new NotUtf8(bytes);
      }
      consumer!.push(text);
    }
    bytes += chunk.byteLength;
    options.onProgress?.(bytes, total, bytesReader?.rowsRead ?? (consumer instanceof CsvIngest ? consumer.rowsRead : 0));
  }
  if (carry !== null) {
    // The input ends inside a UTF-8 sequence.
    if (!allowSwitch) throw notUtf8Error(source, bytes - carry.length);
    return new NotUtf8(bytes - carry.length);
  }
  let result: SourceIngestResult;
  if (bytesReader !== null) result = bytesReader.end();
  else {
    if (consumer === null) consumer = format === 'json' ? jsonConsumer(options, source) : format === 'ndjson' ? ndjsonConsumer(options, source) : new CsvIngest(options.dataset, sourceOptions(options, source));
    if (decoder !== null) {
      let tail: string;
      try {
        tail = decoder.decode();
      } catch {
        if (!allowSwitch) throw notUtf8Error(source, bytes);
        return new NotUtf8(bytes);
      }
      if (tail.length > 0) consumer.push(tail);
    }
    result = consumer.end();
  }
  return { ...result, encoding: used, format, bytes };
}

/**
 * Reads a CSV, JSON-array or NDJSON file (or stdin for `-`) into a table as a stream: memory
 * follows the table, not the file. With `encoding: 'auto'` the bytes are decoded as strict UTF-8
 * and, when they are not UTF-8, as GB18030 (re-reading a file from the start if the problem shows
 * up late; for stdin that is an error asking for `--encoding gb18030`).
 *
 * @throws LawGaugeError for an unreadable file, an unusable header or invalid JSON.
 */
export async function readDatasetFile(path: string, options: ReadDatasetOptions): Promise<ReadDatasetResult> {
  const source = path === '-' ? 'stdin' : path;
  let total: number | null = null;
  if (path !== '-') {
    try {
      total = (await stat(path)).size;
    } catch (error) {
      throw new LawGaugeError('invalid_argument', source, [{ code: 'unreadable_file', path: [], message: `cannot read the file: ${(error as Error).message}` }]);
    }
  }
  const choice = options.encoding ?? 'auto';
  const first = await readOnce(path, options, choice === 'gb18030' ? 'gb18030' : 'utf-8', total, choice === 'auto');
  if (!(first instanceof NotUtf8)) return first;
  if (path === '-') {
    throw new LawGaugeError('invalid_data', source, [{ code: 'invalid_encoding', path: [], message: `the input is not UTF-8 (${first.message}) and stdin cannot be read twice; give --encoding gb18030` }]);
  }
  const second = await readOnce(path, options, 'gb18030', total, false);
  if (second instanceof NotUtf8) throw new Error('unreachable: GB18030 decoding does not fail');
  return second;
}
