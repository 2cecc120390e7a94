import { closeSync, openSync, readSync } from 'node:fs';
import { ByteCsvIngest } from '../ingest/csv-bytes.js';
import {
  RangeClaims,
  rangeOffset,
  readRange,
  takeRange,
  type CsvRangeEncoding,
  type CsvRangeRead,
} from '../ingest/csv-ranges.js';
import { Gb18030ToUtf8 } from '../ingest/gb18030-to-utf8.js';
import type { Dataset } from '../model/dataset.js';
import type { SourceIngestOptions, SourceIngestResult } from '../ingest/source-options.js';
import { csvParallelSettings } from './csv-parallel-settings.js';
import { csvWorkers } from './csv-workers.js';
import { Utf8Runs } from './utf8-runs.js';

const BLOCK_BYTES = 1 << 20;

export interface CsvInPartsOptions {
  readonly dataset: Dataset;
  /** The file reader's options (the columns sized for the whole file). */
  readonly csv: SourceIngestOptions & { readonly capacity?: number };
  readonly encoding: CsvRangeEncoding;
  /** The file's size. */
  readonly total: number;
  /** Worker threads besides this one. */
  readonly workers: number;
  readonly onProgress?: ((bytes: number, total: number | null, records: number) => void) | undefined;
}

/**
 * Reads a CSV file with worker threads, to the table one thread would read. The file is cut into
 * ranges of about `partBytes` (`readRange`: each starts past a line feed); this thread reads them
 * from the front, in order, into the file's reader (header first), while the workers, told the
 * header, read ranges from the back, each from the file itself into a part of its own, until the
 * two meet (`RangeClaims`). Then each worker's range is appended in file order, or read here when
 * its start turned out not to start a record (`takeRange`). Null when a UTF-8 file holds bytes
 * that are not UTF-8 (it is then read in one thread, which tells stray bytes from another encoding).
 */
export async function readCsvInParts(path: string, options: CsvInPartsOptions): Promise<SourceIngestResult | null> {
  const { dataset, csv, encoding, total: size } = options;
  const settings = csvParallelSettings;
  const count = Math.min(RangeClaims.MAX, Math.max(1, Math.ceil(size / Math.max(1, settings.partBytes))));
  const claims = RangeClaims.create(count);
  // Started first: a worker's start-up runs while this thread reads the first ranges.
  const workers = csvWorkers(options.workers, settings.script);
  const main = new ByteCsvIngest(dataset, csv);
  const transcoder = encoding === 'gb18030' ? new Gb18030ToUtf8() : null;
  const runs = encoding === 'utf-8' ? new Utf8Runs() : null;
  const buffer = new Uint8Array(BLOCK_BYTES);
  const fd = openSync(path, 'r');
  const readAt = (into: Uint8Array, position: number): number => readSync(fd, into, 0, into.length, position);
  let valid = true;
  let bytes = 0;
  const pushRange = (index: number): void =>
    readRange(readAt, rangeOffset(index, count, size), rangeOffset(index + 1, count, size), size, buffer, (run, at) => {
      if (!valid) return;
      if (runs !== null && !runs.push(run)) valid = false;
      else if (transcoder === null) main.push(run);
      else main.pushTranscoded(transcoder.push(run, at), transcoder.errors);
    });
  const progress = (index: number): void => {
    bytes = rangeOffset(index + 1, count, size);
    options.onProgress?.(bytes, size, main.rowsRead);
  };
  const reads = new Map<number, CsvRangeRead>();
  let wake: (() => void) | null = null;
  let helped = false;
  let failure: Error | null = null;
  let helping = false;
  try {
    let next = 0;
    for (let index = claims.front(); index >= 0; index = claims.front()) {
      pushRange(index);
      if (!valid) return null;
      progress(index);
      next = index + 1;
      if (!helping && main.header !== null && index + 1 < count) {
        helping = true;
        const rows = Math.ceil(((csv.capacity ?? 1024) / count) * 1.1) + 16;
        const job = { dataset, options: csv, header: main.header, encoding, size, count, capacity: rows };
        workers
          .help(job, path, claims, (read) => {
            if (read.part !== null) main.prepare(read.part);
            reads.set(read.index, read);
            wake?.();
          })
          .then(
            () => (helped = true),
            (error: Error) => (failure = error),
          )
          .finally(() => wake?.());
      }
      // Ranges the workers read arrive as messages, copied in here (the texts of their dictionaries)
      // when this thread yields: while it still claims ranges, rather than after, when it would be
      // the only thread left working.
      if (helping) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    // The ranges from `next` on were claimed by the workers.
    for (let index = next; index < count; index++) {
      while (!reads.has(index) && !helped && failure === null) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      if (failure !== null) throw failure;
      const read = reads.get(index) ?? null;
      reads.delete(index);
      if (read !== null && !read.valid) return null;
      takeRange(main, read, () => pushRange(index));
      if (!valid) return null;
      progress(index);
    }
    if (runs !== null && !runs.end()) return null;
    if (transcoder !== null) main.pushTranscoded(transcoder.end(), transcoder.errors);
    return main.end();
  } finally {
    // A read that ends early leaves the workers nothing more to claim.
    claims.stop();
    closeSync(fd);
  }
}
