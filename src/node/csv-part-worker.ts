// A worker thread that reads ranges of CSV files for `readDatasetFile` (see csv-workers.ts): each
// message is a file to help read; the worker claims its ranges from the back (`RangeClaims`, shared
// with the reading thread), reads each from the file itself, and answers with what it read, its
// buffers transferred, until no range is left. The parsing is the core's own (`readCsvRange`).
import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { RangeClaims, readCsvRange, type CsvRangeJob, type CsvRangeRead } from '../ingest/csv-ranges.js';
import { tablePartBuffers } from '../ingest/table-builder.js';
import { Utf8Runs } from './utf8-runs.js';

const BLOCK_BYTES = 1 << 20;

interface Message {
  readonly id: number;
  readonly job: CsvRangeJob;
  readonly path: string;
  readonly claims: Int32Array;
}

const port = parentPort!;
const buffer = new Uint8Array(BLOCK_BYTES);

port.on('message', ({ id, job, path, claims: state }: Message) => {
  let fd = -1;
  try {
    fd = openSync(path, 'r');
    const file = fd;
    const claims = new RangeClaims(state);
    const readAt = (into: Uint8Array, position: number): number => readSync(file, into, 0, into.length, position);
    for (let index = claims.back(); index >= 0; index = claims.back()) {
      let read: CsvRangeRead;
      try {
        const runs = job.encoding === 'utf-8' ? new Utf8Runs() : null;
        const valid =
          runs === null ? undefined : (run: Uint8Array | null) => (run === null ? runs.end() : runs.push(run));
        read = readCsvRange(job, index, readAt, buffer, valid);
      } catch {
        // The reading thread reads the range itself, and meets the same problem where a single thread would.
        read = { index, part: null, bytes: -1, valid: true };
      }
      port.postMessage({ id, read }, read.part === null ? [] : tablePartBuffers(read.part.table));
    }
    port.postMessage({ id, done: true });
  } catch (error) {
    port.postMessage({ id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  } finally {
    if (fd >= 0) closeSync(fd);
  }
});
