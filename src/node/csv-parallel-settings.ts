import { availableParallelism, loadavg } from 'node:os';

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
  /** Worker threads when the caller does not say (`threads`); null: {@link defaultCsvThreads}. */
  workers: number | null;
  /** The worker's module. */
  script: URL;
}

export const csvParallelSettings: CsvParallelSettings = {
  // Measured (docs/performance.md): two workers cost about 0.5 s of CPU to start and 8–10 ms per
  // MiB to cut, hand over and merge, and can save at most half of the parser's 18 ms per MiB.
  minBytes: 64 * 1024 * 1024,
  partBytes: 2 * 1024 * 1024,
  workers: null,
  script: new URL('./csv-part-worker.js', import.meta.url),
};

/**
 * Worker threads when the caller does not say: the cores (at most 8) when the machine has one to
 * spare, its 1-minute load average at most cores − 1; else none, as workers on busy cores only add
 * their own cost (measured on a shared 2-core machine: twice the CPU time, and slower).
 */
export function defaultCsvThreads(): number {
  const cores = availableParallelism();
  return loadavg()[0]! <= cores - 1 ? Math.min(cores, 8) : 0;
}
