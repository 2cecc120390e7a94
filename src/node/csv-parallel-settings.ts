/**
 * How `readDatasetFile` reads a large CSV file with worker threads (see read-csv-in-parts.ts).
 * Tests change these (tiny parts, several workers on small files; `script` a built worker when
 * they run the TypeScript sources); nothing else does.
 */
export interface CsvParallelSettings {
  /** Files smaller than this are read in the calling thread: below it, starting workers costs more than they save. */
  minBytes: number;
  /** About how many bytes each range of the file holds (each thread reads a range at a time). */
  partBytes: number;
  /** Threads reading a file, the calling one included, when the caller does not say (`threads`). */
  threads: number;
  /** The worker's module. */
  script: URL;
}

export const csvParallelSettings: CsvParallelSettings = {
  // Measured (docs/performance.md): a worker costs 0.13–0.27 s of CPU to start and warm up, and
  // merging its ranges (their dictionaries) about 0.25 s more per million rows.
  minBytes: 64 * 1024 * 1024,
  partBytes: 2 * 1024 * 1024,
  threads: 1,
  script: new URL('./csv-part-worker.js', import.meta.url),
};
