import { jsonNumbersAsWritten } from './json-numbers-as-written.js';
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { LawGaugeError } from '../errors/law-gauge-error.js';
import { checkOptionKeys, type OptionKeys } from '../model/option-keys.js';
import { ByteCsvIngest } from '../ingest/csv-bytes.js';
import { Gb18030ToUtf8 } from '../ingest/gb18030-to-utf8.js';
import { utf16ByteOrder, utf16Error } from '../ingest/utf16.js';
import { byteAt } from '../ingest/csv-problems.js';
import { CsvIngest } from '../ingest/csv-ingest.js';
import { csvCapacity } from '../ingest/csv-stream.js';
import type { SourceIngestOptions, SourceIngestResult } from '../ingest/source-options.js';
import { RecordIngest, ingestJsonRecords, recordKeys } from '../ingest/record-ingest.js';
import { ingestXlsx } from '../ingest/xlsx-ingest.js';
import { xlsxSheetNames, type XlsxSource } from '../ingest/xlsx/index.js';
import type { Dataset } from '../model/dataset.js';
import type { DatasetMapping } from '../model/mapping.js';
import { completeUtf8Length, Utf8Check } from './utf8-check.js';
import { errnoOf } from './errno-of.js';
import { csvParallelSettings } from './csv-parallel-settings.js';
import { NotUtf8, notUtf8Error } from './not-utf8.js';
import { readCsvInParts } from './read-csv-in-parts.js';

export type TextEncodingChoice = 'auto' | 'utf-8' | 'gb18030';
export type DataFileFormat = 'csv' | 'json' | 'ndjson' | 'xlsx';

export interface ReadDatasetOptions {
  readonly dataset: Dataset;
  readonly mapping?: DatasetMapping;
  /** Fields to keep (each needs a column); default every field. */
  readonly fields?: readonly string[];
  /** Fields the file may lack (read as empty). */
  readonly optional?: readonly string[];
  /**
   * `auto` (default): UTF-8 (BOM dropped) unless the file does not read as UTF-8 at all, then
   * GB18030 (the rule is in utf8-check.ts). A UTF-8 CSV row holding bytes that are not UTF-8 is
   * quarantined as `invalid_encoding` with its line and the byte's offset, and so is an NDJSON line;
   * such bytes in the header or in a JSON file are an error naming the offset. `utf-8` never
   * switches: a file that does not read as UTF-8 is an error naming the first bad byte's offset.
   * `gb18030` decodes as GB18030, held to it the same way (bytes that are not GB18030 quarantine
   * their CSV row or NDJSON line, and stop a JSON read).
   */
  readonly encoding?: TextEncodingChoice;
  /**
   * Default: from the file's first bytes when they are a zip (an Excel workbook) or an old binary
   * Office file (refused, naming what to do), else from the extension (`.json`,
   * `.ndjson`/`.jsonl`, else CSV), or sniffed for stdin.
   */
  readonly format?: DataFileFormat;
  /** For a workbook: the sheet, by name or 1-based number; default the first. */
  readonly sheet?: string | number;
  /** Called after each chunk with the bytes read so far, the file size (null for stdin) and records read. */
  readonly onProgress?: (bytes: number, total: number | null, records: number) => void;
  /**
   * Threads reading a CSV file of 64 MiB or more, the calling one included: with 2 or more, the
   * calling thread reads the file from its start while `threads - 1` worker threads read ranges of
   * it from its end (the table is the one a single thread reads). Default 1: the calling thread
   * alone, as on the shared 2-core machine two threads cost about a third more CPU time and were
   * not measured faster (docs/performance.md). Smaller files, stdin, JSON and workbooks are
   * always read in the calling thread.
   */
  readonly threads?: number;
}

/** The keys of {@link ReadDatasetOptions}: any other is refused, not ignored. */
const READ_DATASET_OPTION_KEYS: OptionKeys<ReadDatasetOptions> = {
  dataset: true,
  mapping: true,
  fields: true,
  optional: true,
  encoding: true,
  format: true,
  sheet: true,
  onProgress: true,
  threads: true,
};

export interface ReadDatasetResult extends SourceIngestResult {
  /** The encoding the file was read in (for `auto`, the one detected); a workbook's XML is UTF-8. */
  readonly encoding: 'utf-8' | 'gb18030';
  readonly format: DataFileFormat;
  readonly bytes: number;
}

const CHUNK_BYTES = 1 << 20;
/** NDJSON records whose keys are matched onto fields. */
const KEY_SAMPLE = 1000;

/**
 * Bytes that are not UTF-8 (or not GB18030, for a file read as GB18030) in a JSON file: one
 * document cannot be partly used, so the read stops naming the first bad byte's offset.
 */
function strayBytesError(
  source: string,
  first: InvalidBytes,
  count: number,
  encoding: 'utf-8' | 'gb18030',
): LawGaugeError {
  const gb18030 = encoding === 'gb18030';
  const { offset, byte } = first;
  return new LawGaugeError('invalid_data', source, [
    {
      code: 'invalid_encoding',
      path: [],
      message: `the bytes at ${byteAt(offset, byte)}${count > 1 ? ` (and ${count - 1} more place${count > 2 ? 's' : ''})` : ''} are not valid ${gb18030 ? 'GB18030; fix them, or give --encoding utf-8 if the file is UTF-8' : 'UTF-8; fix them, or give --encoding gb18030 if the file is GBK'}`,
      params: { where: 'records', offset, byte, count, ...(gb18030 ? { encoding } : {}) },
    },
  ]);
}

/** The first invalid sequence the decoder met on a line: its file offset and first byte. */
interface InvalidBytes {
  readonly offset: number;
  readonly byte: number;
}

/**
 * The line (from 1) of each file offset where the decoder met bytes that are not text, chunk by
 * chunk: a line feed is never part of a UTF-8 or GB18030 sequence, so the file's lines are the
 * decoded text's. Offsets come ascending; one before the chunk is in the bytes carried from the
 * last chunk (a cut sequence, no line feed), on the line the chunk starts on.
 */
class LinesOfOffsets {
  /** The line at file offset {@link counted}. */
  private line = 1;
  private counted = 0;
  private base = 0;
  private chunk: Uint8Array = new Uint8Array(0);
  /** The last bytes before the chunk, for the first byte of a sequence cut before it. */
  private tail: Uint8Array = new Uint8Array(0);

  /** Starts the next chunk (its first byte at the file offset after the last chunk's). */
  next(chunk: Uint8Array): void {
    this.chunk = chunk;
  }

  /**
   * Done with the chunk: its line feeds counted and its last bytes kept (the reader reads the next
   * chunk but one into the same buffer).
   */
  done(): void {
    const { chunk, tail } = this;
    this.lineOf(this.base + chunk.length);
    // The file's last three bytes: a chunk may be shorter than a cut sequence (stdin, the last one).
    const kept = Math.min(3, tail.length + chunk.length);
    const next = new Uint8Array(kept);
    for (let k = 0; k < kept; k++) {
      const at = tail.length + chunk.length - kept + k;
      next[k] = at < tail.length ? tail[at]! : chunk[at - tail.length]!;
    }
    this.tail = next;
    this.base += chunk.length;
    this.chunk = new Uint8Array(0);
  }

  /** The line of `offset` (not before the last one asked for). */
  lineOf(offset: number): number {
    const { chunk, base } = this;
    let at = this.counted - base;
    const stop = offset - base;
    while (at < stop) {
      const lf = chunk.indexOf(0x0a, at);
      if (lf < 0 || lf >= stop) break;
      this.line++;
      at = lf + 1;
    }
    if (offset > this.counted) this.counted = offset;
    return this.line;
  }

  /** The byte at `offset`: in this chunk, or in the tail of the last one. */
  byteAt(offset: number): number {
    const index = offset - this.base;
    return index >= 0 ? this.chunk[index]! : this.tail[this.tail.length + index]!;
  }
}

function formatOf(path: string, firstText: string): DataFileFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.tsv') throw refuseTabSeparated(path);
  if (ext === '.csv' || ext === '.txt') return 'csv';
  const first = firstText.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '[' ? 'json' : first === '{' ? 'ndjson' : 'csv';
}

/**
 * The file's bytes in chunks. A file is read into two buffers in turn: the next chunk is read while
 * this one is consumed (parsed, decoded or copied) — waiting for each read took a tenth of a
 * single-thread CSV read — and a buffer is read into again only once its chunk is consumed. Fresh
 * buffers per chunk, as a stream gives, would wait for a garbage collection to be freed: over a
 * 120 MiB file, most of the peak memory.
 */
async function* chunksOf(path: string): AsyncGenerator<Uint8Array> {
  if (path !== '-') {
    const handle = await open(path, 'r');
    const buffers = [new Uint8Array(CHUNK_BYTES), new Uint8Array(CHUNK_BYTES)] as const;
    let reading: Promise<{ bytesRead: number }> | null = null;
    try {
      reading = handle.read(buffers[0], 0, CHUNK_BYTES, null);
      for (let turn = 0; ; turn ^= 1) {
        const { bytesRead } = await reading;
        reading = null;
        if (bytesRead === 0) return;
        // Reads follow one another (each from where the last ended), one ahead of the consumer.
        reading = handle.read(buffers[turn ^ 1], 0, CHUNK_BYTES, null);
        yield buffers[turn].subarray(0, bytesRead);
      }
    } finally {
      // A consumer that stops early (a file to read again as GB18030) leaves a read under way.
      if (reading !== null) await reading.catch(() => undefined);
      await handle.close();
    }
  }
  // Plain Uint8Array views, not Buffers: the readers' byte loops then see one array type, and
  // `indexOf` is the engine's typed-array builtin rather than Buffer's.
  for await (const chunk of process.stdin) {
    const buffer = chunk as Buffer;
    yield new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }
}

/**
 * Receives decoded text; `end` finishes and returns the result. `invalidBytes` tells it, before the
 * text holding them is pushed, of bytes the decoder read as U+FFFD because they are not text in
 * the file's encoding: their line, file offset and first byte.
 */
interface TextConsumer {
  push(text: string): void;
  invalidBytes(line: number, place: InvalidBytes): void;
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

/** Stands for a blank line among the records held back until the keys are known: it is skipped in its place. */
const BLANK_LINE: unique symbol = Symbol('blank line');
/** Stands for a line holding bytes that are not text among the records held back: it is quarantined in its place. */
const INVALID_BYTES: unique symbol = Symbol('invalid bytes');

function ndjsonConsumer(options: ReadDatasetOptions, source: string, encoding: 'utf-8' | 'gb18030'): TextConsumer {
  let rest = '';
  let line = 0;
  let reader: RecordIngest | null = null;
  const pending: [unknown, number, string | null][] = [];
  /** Lines holding bytes that are not text: the first such sequence on each, and how many. */
  const invalid = new Map<number, { first: InvalidBytes; count: number }>();
  /** Records (not blank lines) in `pending`: the keys are matched on the first KEY_SAMPLE of them. */
  let sampled = 0;
  const reject = (target: RecordIngest, at: number, detail: string, text: string): void =>
    target.reject(at, detail, text);
  /** A line holding bytes that are not text is quarantined whole, as a CSV row is: it is not parsed. */
  const rejectBytes = (target: RecordIngest, at: number, text: string): void => {
    const { first, count } = invalid.get(at)!;
    invalid.delete(at);
    target.rejectInvalidBytes(at, first.offset, first.byte, count, text, encoding);
  };
  const start = (): RecordIngest => {
    const keys = recordKeys(pending.map(([record]) => record));
    const created = new RecordIngest(options.dataset, keys, sourceOptions(options, source));
    for (const [record, at, error] of pending) {
      if (record === BLANK_LINE) created.skip(at, 'blank');
      else if (record === INVALID_BYTES) rejectBytes(created, at, error!);
      else if (error === null) created.add(record, at);
      else reject(created, at, error, String(record));
    }
    pending.length = 0;
    return created;
  };
  const take = (text: string): void => {
    line++;
    // A blank or whitespace-only line holds no record: skipped with its line, as CSV's blank rows are, so read = used + quarantined + skipped.
    if (text.trim().length === 0) {
      if (reader === null) pending.push([BLANK_LINE, line, null]);
      else reader.skip(line, 'blank');
      return;
    }
    if (invalid.has(line)) {
      if (reader === null) pending.push([INVALID_BYTES, line, text]);
      else rejectBytes(reader, line, text);
      return;
    }
    let record: unknown;
    let error: string | null = null;
    try {
      record = JSON.parse(jsonNumbersAsWritten(text));
    } catch (problem) {
      error = (problem as Error).message;
      record = text;
    }
    if (reader === null) {
      pending.push([record, line, error]);
      if (++sampled >= KEY_SAMPLE) reader = start();
    } else if (error === null) reader.add(record, line);
    else reject(reader, line, error, text);
  };
  return {
    push(text) {
      // A line longer than a chunk is collected, not split again with every chunk (that was quadratic).
      const last = text.lastIndexOf('\n');
      if (last < 0) {
        rest += text;
        return;
      }
      const lines = (rest + text.slice(0, last)).split('\n');
      rest = text.slice(last + 1);
      for (const each of lines) take(each.endsWith('\r') ? each.slice(0, -1) : each);
    },
    invalidBytes(at, place) {
      const seen = invalid.get(at);
      if (seen === undefined) invalid.set(at, { first: place, count: 1 });
      else seen.count++;
    },
    end() {
      if (rest.length > 0) take(rest);
      reader ??= start();
      return reader.finish();
    },
  };
}

function jsonConsumer(options: ReadDatasetOptions, source: string, encoding: 'utf-8' | 'gb18030'): TextConsumer {
  const parts: string[] = [];
  let first: InvalidBytes | null = null;
  let count = 0;
  return {
    push: (text) => parts.push(text),
    invalidBytes(_line, place) {
      first ??= place;
      count++;
    },
    end() {
      if (first !== null) throw strayBytesError(source, first, count, encoding);
      let records: unknown;
      try {
        records = JSON.parse(jsonNumbersAsWritten(parts.join('').replace(/^\uFEFF/, '')));
      } catch (error) {
        const detail = (error as Error).message;
        throw new LawGaugeError('invalid_data', source, [
          { code: 'invalid_json', path: [], message: `not valid JSON: ${detail}`, params: { detail } },
        ]);
      }
      return ingestJsonRecords(options.dataset, records as unknown[], sourceOptions(options, source));
    },
  };
}

/**
 * What reads a file's bytes: the byte CSV parser (a GB18030 CSV turned into UTF-8 on the way), or
 * a decoder feeding a text consumer (JSON, NDJSON).
 */
type Reader =
  | { readonly bytes: ByteCsvIngest; readonly gb18030: Gb18030ToUtf8 | null }
  | {
      readonly gb18030: Gb18030ToUtf8 | null;
      readonly decoder: InstanceType<typeof TextDecoder>;
      readonly consumer: TextConsumer;
      readonly lines: LinesOfOffsets;
    };

/** A workbook is read by random access from a file; on stdin it would be read as text. */
function refuseWorkbookOnStdin(source: string): LawGaugeError {
  return new LawGaugeError('invalid_argument', source, [
    {
      code: 'workbook_on_stdin',
      path: [],
      message:
        'this is an Excel workbook (or an old .xls): give it as a file (--data <dataset>=<file.xlsx>), not on stdin',
      params: {},
    },
  ]);
}

/** A `.tsv` file: read at commas, each row would be one column (the header's names joined by tabs). */
function refuseTabSeparated(source: string): LawGaugeError {
  return new LawGaugeError('invalid_argument', source, [
    {
      code: 'tab_separated',
      path: [],
      message:
        'tab-separated (.tsv) files are not read: save it as CSV (comma-separated) or as an Excel workbook (.xlsx)',
      params: {},
    },
  ]);
}

/** The text consumer of a format (JSON, NDJSON, or CSV for an empty input: a CSV's bytes go to the byte reader). */
function textConsumer(
  format: DataFileFormat,
  options: ReadDatasetOptions,
  source: string,
  csv: SourceIngestOptions,
  encoding: 'utf-8' | 'gb18030',
): TextConsumer {
  if (format === 'json') return jsonConsumer(options, source, encoding);
  if (format === 'ndjson') return ndjsonConsumer(options, source, encoding);
  const ingest = new CsvIngest(options.dataset, csv);
  return {
    push: (text) => ingest.push(text),
    invalidBytes() {
      throw new Error('unreachable: a CSV is read by the byte reader');
    },
    end: () => ingest.end(),
  };
}

/** The reader the first chunk calls for: it decides the format, and the encoding is already known. */
function openReader(
  chunk: Uint8Array,
  path: string,
  options: ReadDatasetOptions,
  encoding: 'utf-8' | 'gb18030',
  total: number | null,
): { readonly format: DataFileFormat; readonly reader: Reader } {
  const source = path === '-' ? 'stdin' : path;
  if (options.format === undefined && startsLikeWorkbook(chunk)) throw refuseWorkbookOnStdin(source);
  const cut = completeUtf8Length(chunk);
  const format = options.format ?? formatOf(path, new TextDecoder().decode(chunk.subarray(0, Math.min(cut, 256))));
  const capacity = csvCapacity(chunk, total);
  const csv = { ...sourceOptions(options, source), ...(capacity === undefined ? {} : { capacity }) };
  // A GB18030 CSV as UTF-8 bytes rather than text: the same bytes a decoder and an encoder would
  // give, without a string per chunk (a GB18030 file took a quarter longer to read than its UTF-8 copy).
  if (format === 'csv') {
    const gb18030 = encoding === 'gb18030' ? new Gb18030ToUtf8() : null;
    return { format, reader: { bytes: new ByteCsvIngest(options.dataset, csv), gb18030 } };
  }
  // Not fatal: the Utf8Check (UTF-8) or the transcoder (GB18030) finds each invalid sequence, which
  // quarantines its NDJSON line or stops a JSON read. GB18030 goes through the transcoder (Node's
  // streaming GB18030 decoder throws on some cuts), its U+FEFF kept.
  const gb18030 = encoding === 'gb18030' ? new Gb18030ToUtf8() : null;
  const decoder = new TextDecoder('utf-8', { ignoreBOM: gb18030 !== null });
  const consumer = textConsumer(format, options, source, csv, encoding);
  return { format, reader: { gb18030, decoder, consumer, lines: new LinesOfOffsets() } };
}

/** The rows read so far, for progress. */
function rowsReadBy(reader: Reader | null): number {
  if (reader === null) return 0;
  return 'bytes' in reader ? reader.bytes.rowsRead : 0;
}

/** The end of the input: the reader's result (an empty input read by its format's consumer). */
function finishReader(
  reader: Reader | null,
  format: DataFileFormat,
  options: ReadDatasetOptions,
  source: string,
): SourceIngestResult {
  if (reader === null) return textConsumer(format, options, source, sourceOptions(options, source), 'utf-8').end();
  if ('bytes' in reader) {
    if (reader.gb18030 !== null) reader.bytes.pushTranscoded(reader.gb18030.end(), reader.gb18030.errors);
    return reader.bytes.end();
  }
  const end = reader.gb18030?.end();
  if (reader.gb18030 !== null) markInvalidText(reader, reader.gb18030.errors);
  const tail = reader.decoder.decode(end);
  if (tail.length > 0) reader.consumer.push(tail);
  return reader.consumer.end();
}

/**
 * Tells a text consumer of the invalid sequences in the chunk {@link LinesOfOffsets} holds (or
 * carried from before it): GB18030 errors with their first byte, or UTF-8 offsets.
 */
function markInvalidText(
  reader: { readonly consumer: TextConsumer; readonly lines: LinesOfOffsets },
  errors: readonly ({ readonly offset: number; readonly byte: number } | number)[],
): void {
  const { consumer, lines } = reader;
  for (const error of errors) {
    const offset = typeof error === 'number' ? error : error.offset;
    const byte = typeof error === 'number' ? lines.byteAt(offset) : error.byte;
    consumer.invalidBytes(lines.lineOf(offset), { offset, byte });
  }
}

/** The first bytes of a file (up to `length`). */
async function firstBytes(path: string, length: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * A large CSV file read by this thread and worker threads (read-csv-in-parts.ts); null when the file
 * is small, not a CSV, read from stdin, threads are off, or a UTF-8 file holds bytes that are not
 * UTF-8 past its first chunk: then it is read here.
 */
async function readInParts(
  path: string,
  options: ReadDatasetOptions,
  encoding: 'utf-8' | 'gb18030',
  total: number | null,
  allowSwitch: boolean,
): Promise<ReadDatasetResult | null> {
  const threads = options.threads ?? csvParallelSettings.threads;
  if (path === '-' || total === null || total < csvParallelSettings.minBytes || threads < 2) return null;
  const first = await firstBytes(path, CHUNK_BYTES);
  if (options.format === undefined && startsLikeWorkbook(first)) return null;
  const text = new TextDecoder().decode(first.subarray(0, Math.min(completeUtf8Length(first), 256)));
  if ((options.format ?? formatOf(path, text)) !== 'csv') return null;
  let used = encoding;
  if (encoding === 'utf-8') {
    // The first chunk decides as in one thread (`readOnce`): GB18030 from the start, or an error.
    const check = new Utf8Check();
    if (check.chunk(first).length > 0 && check.prefersGb18030) {
      if (!allowSwitch) throw notUtf8Error(path, check.evidence);
      used = 'gb18030';
    }
  }
  const capacity = csvCapacity(first, total);
  const csv = { ...sourceOptions(options, path), ...(capacity === undefined ? {} : { capacity }) };
  const read = await readCsvInParts(path, {
    dataset: options.dataset,
    csv,
    encoding: used,
    total,
    workers: threads - 1,
    onProgress: options.onProgress,
  });
  return read === null ? null : { ...read, encoding: used, format: 'csv', bytes: total };
}

async function readOnce(
  path: string,
  options: ReadDatasetOptions,
  encoding: 'utf-8' | 'gb18030',
  total: number | null,
  allowSwitch: boolean,
): Promise<ReadDatasetResult | NotUtf8> {
  const inParts = await readInParts(path, options, encoding, total, allowSwitch);
  if (inParts !== null) return inParts;
  const source = path === '-' ? 'stdin' : path;
  let used: 'utf-8' | 'gb18030' = encoding;
  let reader: Reader | null = null;
  let format: DataFileFormat = options.format ?? 'csv';
  const check = new Utf8Check();
  let bytes = 0;
  /** After invalid sequences: switch to GB18030 (before anything is read) or say so, when the evidence says GB18030. */
  const tipped = (): boolean => {
    if (!check.prefersGb18030) return false;
    if (!allowSwitch) throw notUtf8Error(source, check.evidence);
    return true;
  };
  for await (const chunk of chunksOf(path)) {
    let invalid: readonly number[] = [];
    if (used === 'utf-8') {
      invalid = check.chunk(chunk);
      if (invalid.length > 0 && tipped()) {
        if (reader !== null) return new NotUtf8(check.evidence.firstInvalid);
        used = 'gb18030';
        // Bytes that are not UTF-8 are GB18030's: nothing to quarantine.
        invalid = [];
      }
    }
    // The first chunk decides the format, and for `auto` the encoding unless the evidence tips later.
    if (reader === null) ({ format, reader } = openReader(chunk, path, options, used, total));
    if ('bytes' in reader) {
      if (invalid.length > 0) reader.bytes.markInvalid(invalid);
      if (reader.gb18030 === null) reader.bytes.push(chunk);
      else reader.bytes.pushTranscoded(reader.gb18030.push(chunk), reader.gb18030.errors);
    } else {
      reader.lines.next(chunk);
      const utf8 = reader.gb18030 === null ? chunk : reader.gb18030.push(chunk);
      markInvalidText(reader, reader.gb18030 === null ? invalid : reader.gb18030.errors);
      reader.consumer.push(reader.decoder.decode(utf8, { stream: true }));
      reader.lines.done();
    }
    bytes += chunk.byteLength;
    options.onProgress?.(bytes, total, rowsReadBy(reader));
  }
  if (used === 'utf-8') {
    // The input may end inside a UTF-8 sequence.
    const invalid = check.end();
    if (invalid.length > 0 && tipped()) return new NotUtf8(check.evidence.firstInvalid);
    if (reader !== null && 'bytes' in reader) reader.bytes.markInvalid(invalid);
    else if (reader !== null) markInvalidText(reader, invalid);
  }
  return { ...finishReader(reader, format, options, source), encoding: used, format, bytes };
}

/**
 * Reads a CSV, JSON-array or NDJSON file (or stdin for `-`) into a table as a stream: memory
 * follows the table, not the file. With `encoding: 'auto'` the bytes are read as UTF-8, and as
 * GB18030 only when they do not read as UTF-8 at all (see utf8-check.ts): a few stray bytes in a
 * UTF-8 file quarantine their rows instead. When the evidence for GB18030 shows up after the first
 * chunk, a file is read again from the start; for stdin that is an error asking for
 * `--encoding gb18030`. Byte offsets in messages count from 0 at the file's first byte.
 *
 * @throws LawGaugeError for an unreadable file, an unusable header, bytes that are not UTF-8 (or
 * not GB18030) where no row can be set aside (the header, a JSON document) or invalid JSON; at
 * once, for options that are not an object or have a key not listed in ReadDatasetOptions
 * (`invalid_argument`, `unknown_key`: `options.encodng: unknown key "encodng"; did you mean "encoding"?`).
 */
export async function readDatasetFile(path: string, options: ReadDatasetOptions): Promise<ReadDatasetResult> {
  checkOptionKeys(options, READ_DATASET_OPTION_KEYS);
  const source = path === '-' ? 'stdin' : path;
  let total: number | null = null;
  if (path !== '-') {
    try {
      const stats = await stat(path);
      // A folder opens, and fails only when read, with Node's bare "EISDIR: illegal operation…".
      if (stats.isDirectory())
        throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${path}'`), { code: 'EISDIR' });
      total = stats.size;
    } catch (error) {
      throw new LawGaugeError('invalid_argument', source, [
        {
          code: 'unreadable_file',
          path: [],
          message: `cannot read the file: ${(error as Error).message}`,
          params: { errno: errnoOf(error), detail: (error as Error).message },
        },
      ]);
    }
  }
  if (options.format === 'xlsx' || (options.format === undefined && path !== '-' && (await isWorkbook(path))))
    return readWorkbook(path, options, total);
  // A UTF-16 file (Excel's "Unicode Text") reads as neither encoding: said so before either is tried.
  if (path !== '-') {
    const order = utf16ByteOrder(await firstBytes(path, 2));
    if (order !== null) throw utf16Error(path, order);
  }
  const choice = options.encoding ?? 'auto';
  const first = await readOnce(path, options, choice === 'gb18030' ? 'gb18030' : 'utf-8', total, choice === 'auto');
  if (!(first instanceof NotUtf8)) return first;
  if (path === '-') {
    throw new LawGaugeError('invalid_data', source, [
      {
        code: 'invalid_encoding',
        path: [],
        message: `the input is not UTF-8 (${first.message}, after rows were read as UTF-8) and stdin cannot be read twice; give --encoding gb18030`,
        params: { where: 'stdin', offset: first.offset },
      },
    ]);
  }
  const second = await readOnce(path, options, 'gb18030', total, false);
  if (second instanceof NotUtf8) throw new Error('unreachable: GB18030 decoding does not fail');
  return second;
}

/** The first bytes of a zip (an .xlsx) or of an old binary Office file (an .xls). */
function startsLikeWorkbook(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  return (
    (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) ||
    (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
  );
}

/** A zip (`PK\x03\x04`, an .xlsx) or an old binary Office file (`D0 CF 11 E0`, an .xls or a password-protected workbook, which the workbook reader refuses naming what to do). */
async function isWorkbook(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return startsLikeWorkbook(head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/**
 * An Excel workbook (.xlsx): read through random access to the file, as a zip's directory sits at
 * its end and Excel writes the shared strings after the sheets; the sheet itself streams, so
 * memory follows the table and the shared strings. Stdin is collected first (compressed).
 */
async function readWorkbook(
  path: string,
  options: ReadDatasetOptions,
  total: number | null,
): Promise<ReadDatasetResult> {
  const source = path === '-' ? 'stdin' : path;
  const ingestOptions = {
    ...sourceOptions(options, source),
    source,
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
  };
  if (path === '-') {
    let bytes = 0;
    const chunks: Uint8Array[] = [];
    for await (const chunk of chunksOf(path)) {
      chunks.push(chunk.slice());
      bytes += chunk.byteLength;
    }
    const result = await ingestSheet(chunks, options, ingestOptions);
    options.onProgress?.(bytes, null, result.table.quality.read);
    return { ...result, encoding: 'utf-8', format: 'xlsx', bytes };
  }
  const handle = await open(path, 'r');
  try {
    const size = total ?? (await handle.stat()).size;
    const access = {
      size,
      read: async (offset: number, length: number): Promise<Uint8Array> => {
        const buffer = new Uint8Array(length);
        const { bytesRead } = await handle.read(buffer, 0, length, offset);
        return bytesRead === length ? buffer : buffer.subarray(0, bytesRead);
      },
    };
    const result = await ingestSheet(access, options, ingestOptions);
    options.onProgress?.(size, size, result.table.quality.read);
    return { ...result, encoding: 'utf-8', format: 'xlsx', bytes: size };
  } finally {
    await handle.close();
  }
}

/**
 * Reads the sheet; when no sheet was named and the first one's header does not fit, the error
 * also lists the workbook's sheets, as the data is often on another one (`--sheet`).
 */
async function ingestSheet(
  workbook: XlsxSource,
  options: ReadDatasetOptions,
  ingestOptions: Parameters<typeof ingestXlsx>[2] & { source: string },
): Promise<SourceIngestResult> {
  try {
    return await ingestXlsx(options.dataset, workbook, ingestOptions);
  } catch (error) {
    if (
      !(error instanceof LawGaugeError) ||
      options.sheet !== undefined ||
      !error.issues.some((issue) => issue.code === 'missing_column')
    )
      throw error;
    const sheets = await xlsxSheetNames(workbook, { source: ingestOptions.source });
    if (sheets.length < 2) throw error;
    throw new LawGaugeError(error.code, ingestOptions.source, [
      ...error.issues,
      {
        code: 'other_sheets',
        path: ['sheet'],
        message: `read the first sheet, "${sheets[0]}"; the workbook's sheets: ${sheets.map((name) => `"${name}"`).join(', ')} — choose one with --sheet`,
        params: { sheets },
      },
    ]);
  }
}
