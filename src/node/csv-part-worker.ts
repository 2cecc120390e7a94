// A worker thread that reads parts of CSV files for `readDatasetFile` (see csv-workers.ts): each
// message is a part to read, each answer what it read, its buffers transferred. The parsing is the
// core's own (`readCsvPart`), the code that reads a file in the main thread.
import { parentPort } from 'node:worker_threads';
import { readCsvPart, type CsvPartJob } from '../ingest/csv-parts.js';
import { tablePartBuffers } from '../ingest/table-builder.js';
import { LawGaugeError } from '../errors/law-gauge-error.js';

const port = parentPort!;
port.on('message', (message: { readonly id: number; readonly job: CsvPartJob }) => {
  try {
    const part = readCsvPart(message.job);
    port.postMessage({ id: message.id, part }, tablePartBuffers(part.table));
  } catch (error) {
    const failure =
      error instanceof LawGaugeError
        ? { code: error.code, root: error.root, issues: error.issues }
        : { message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    port.postMessage({ id: message.id, failure });
  }
});
