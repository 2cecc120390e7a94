import { open } from 'node:fs/promises';
import { ByteCsvIngest, type CsvPart } from '../ingest/csv-bytes.js';
import { CSV_BOMS, segmentUtf8, type CsvPartEncoding } from '../ingest/csv-parts.js';
import { CsvSplitter, type CsvSegment } from '../ingest/csv-splitter.js';
import type { Dataset } from '../model/dataset.js';
import type { SourceIngestOptions, SourceIngestResult } from '../ingest/source-options.js';
import { csvParallelSettings } from './csv-parallel-settings.js';
import { csvWorkers } from './csv-workers.js';
import { NotUtf8, notUtf8Error } from './not-utf8.js';
import { Utf8Check } from './utf8-check.js';

const BLOCK_BYTES = 1 << 20;

export interface CsvInPartsOptions {
  readonly dataset: Dataset;
  /** The file reader's options (the columns sized for the whole file). */
  readonly csv: SourceIngestOptions;
  readonly encoding: CsvPartEncoding;
  /** For `auto`: bytes that turn out GB18030 end the read with {@link NotUtf8} rather than an error. */
  readonly allowSwitch: boolean;
  readonly total: number;
  readonly threads: number;
  readonly onProgress?: ((bytes: number, total: number | null, records: number) => void) | undefined;
}

/**
 * Reads a CSV file with worker threads, to the table one thread would read: the main thread reads
 * the file in blocks, checks UTF-8 as `readDatasetFile` does, and cuts it into parts of whole
 * records (`CsvSplitter`); it reads the header itself, the workers read the parts (the same parser,
 * `readCsvPart`), and their columns, problems, rows and lines are appended in file order. Null
 * when the file cannot be cut (64 MiB without a record end): it is then read in one thread.
 */
export async function readCsvInParts(
  path: string,
  options: CsvInPartsOptions,
): Promise<SourceIngestResult | NotUtf8 | null> {
  const { dataset, csv, encoding, threads } = options;
  const settings = csvParallelSettings;
  const main = new ByteCsvIngest(dataset, csv);
  const partOptions: SourceIngestOptions = {
    ...(csv.source === undefined ? {} : { source: csv.source }),
    ...(csv.mapping === undefined ? {} : { mapping: csv.mapping }),
    ...(csv.fields === undefined ? {} : { fields: csv.fields }),
    ...(csv.optional === undefined ? {} : { optional: csv.optional }),
  };
  const splitter = new CsvSplitter(settings.partBytes, CSV_BOMS[encoding]);
  const check = new Utf8Check();
  const workers = csvWorkers(threads, settings.script);
  /** Invalid UTF-8 offsets not yet handed to a segment, ascending. */
  let invalid: number[] = [];
  const reading: { readonly part: Promise<CsvPart>; readonly bytes: number }[] = [];
  const absorbNext = async (): Promise<void> => {
    const next = reading.shift()!;
    main.absorb(await next.part, next.bytes);
  };
  const take = async (segment: CsvSegment): Promise<void> => {
    const end = segment.offset + segment.bytes.length;
    let count = 0;
    while (count < invalid.length && invalid[count]! < end) count++;
    const marks = invalid.slice(0, count);
    invalid = invalid.slice(count);
    const header = main.header;
    if (header === null) {
      if (marks.length > 0) main.markInvalid(marks);
      main.push(segmentUtf8(segment.bytes, encoding));
      return;
    }
    const bytes = segment.bytes.length;
    const job = {
      dataset,
      options: partOptions,
      header,
      encoding,
      bytes: segment.bytes,
      offset: segment.offset,
      invalid: marks,
    };
    const part = workers.read(job);
    // Dropped unawaited when the read ends early (an error, or GB18030 found): not an unhandled rejection.
    part.catch(() => undefined);
    reading.push({ part, bytes });
    // One part waiting per worker besides the one it reads: enough to keep it busy, and no more in memory.
    while (reading.length > threads) await absorbNext();
  };
  const tipped = (): boolean => {
    if (!check.prefersGb18030) return false;
    if (!options.allowSwitch) throw notUtf8Error(csv.source ?? path, check.evidence);
    return true;
  };
  const handle = await open(path, 'r');
  try {
    const block = new Uint8Array(BLOCK_BYTES);
    let bytes = 0;
    for (;;) {
      const { bytesRead } = await handle.read(block, 0, BLOCK_BYTES, null);
      if (bytesRead === 0) break;
      const chunk = block.subarray(0, bytesRead);
      if (encoding === 'utf-8') {
        const found = check.chunk(chunk);
        if (found.length > 0) {
          if (tipped()) return new NotUtf8(check.evidence.firstInvalid);
          invalid.push(...found);
        }
      }
      const segments = splitter.push(chunk);
      if (segments === null) return null;
      for (const segment of segments) await take(segment);
      bytes += bytesRead;
      options.onProgress?.(bytes, options.total, main.rowsRead);
    }
    if (encoding === 'utf-8') {
      const found = check.end();
      if (found.length > 0 && tipped()) return new NotUtf8(check.evidence.firstInvalid);
      invalid.push(...found);
    }
    await take(splitter.end());
    while (reading.length > 0) await absorbNext();
    return main.end();
  } finally {
    // The workers stay: parts of a read that ended early are read and dropped, and another read
    // running at the same time keeps its own parts.
    await handle.close();
  }
}
