import { availableParallelism } from 'node:os';

/**
 * How `readDatasetFile` reads a large CSV file with worker threads (see read-csv-in-parts.ts).
 * Tests change these (tiny parts, several workers on small files; `script` a built worker when
 * they run the TypeScript sources); nothing else does.
 */
export interface CsvParallelSettings {
  /** Files smaller than this are read in the calling thread: below it, starting workers costs more than they save. */
  minBytes: number;
  /** About how many bytes each worker reads at a time. */
  partBytes: number;
  /** Worker threads when the caller does not say (`threads`). */
  workers: number;
  /** The worker's module. */
  script: URL;
}

export const csvParallelSettings: CsvParallelSettings = {
  minBytes: 16 * 1024 * 1024,
  partBytes: 2 * 1024 * 1024,
  workers: Math.min(availableParallelism(), 8),
  script: new URL('./csv-part-worker.js', import.meta.url),
};
