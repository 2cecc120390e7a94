import { Worker } from 'node:worker_threads';
import type { CsvRangeJob, CsvRangeRead, RangeClaims } from '../ingest/csv-ranges.js';

/** A worker's answer about a file: a range it read, that it has no more to read, or why it stopped. */
interface Answer {
  readonly id: number;
  readonly read?: CsvRangeRead;
  readonly done?: true;
  readonly failure?: string;
}

interface Helping {
  readonly onRead: (read: CsvRangeRead) => void;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
  /** Workers still reading ranges of the file. */
  left: number;
}

/**
 * Worker threads helping to read CSV files (csv-part-worker.ts): each is told the file, and reads
 * ranges of it from the back until none is left (`RangeClaims`), answering with each range read,
 * its buffers transferred. The threads stay for the next file (see {@link csvWorkers}), holding the
 * process open only while they have a file to read.
 */
export class CsvWorkers {
  private readonly workers: Worker[] = [];
  private readonly helping = new Map<number, Helping>();
  private next = 0;
  private broken: Error | null = null;

  constructor(count: number, script: URL) {
    for (let index = 0; index < count; index++) {
      // A smaller young generation than V8's default: each worker's share of the peak memory.
      const worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
      worker.on('message', (answer: Answer) => this.answer(answer));
      worker.on('error', (error: Error) => this.fail(error));
      worker.on('exit', (code) => this.fail(new Error(`a CSV worker thread stopped (exit code ${code})`)));
      worker.unref();
      this.workers.push(worker);
    }
  }

  /**
   * Has every worker read ranges of `path` claimed from the back of `claims`, passing each range
   * read to `onRead`; resolves once none is left to claim and all have answered.
   */
  help(job: CsvRangeJob, path: string, claims: RangeClaims, onRead: (read: CsvRangeRead) => void): Promise<void> {
    if (this.broken !== null) return Promise.reject(this.broken);
    const id = this.next++;
    if (this.helping.size === 0) for (const each of this.workers) each.ref();
    return new Promise<void>((resolve, reject) => {
      this.helping.set(id, { onRead, resolve, reject, left: this.workers.length });
      for (const worker of this.workers) worker.postMessage({ id, job, path, claims: claims.state });
    });
  }

  private answer(answer: Answer): void {
    const helping = this.helping.get(answer.id);
    if (helping === undefined) return;
    if (answer.read !== undefined) return helping.onRead(answer.read);
    if (answer.failure !== undefined) {
      this.finish(answer.id);
      helping.reject(new Error(`a CSV worker thread failed: ${answer.failure}`));
    } else if (--helping.left === 0) {
      this.finish(answer.id);
      helping.resolve();
    }
  }

  private finish(id: number): void {
    this.helping.delete(id);
    if (this.helping.size === 0) for (const each of this.workers) each.unref();
  }

  private fail(error: Error): void {
    this.broken ??= error;
    for (const helping of this.helping.values()) helping.reject(error);
    this.helping.clear();
  }

  /** Whether a worker has failed or stopped: the threads are not used again. */
  get usable(): boolean {
    return this.broken === null;
  }

  /** Stops the workers (files still being read are dropped). */
  async close(): Promise<void> {
    this.fail(new Error('CSV workers closed'));
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

let shared: { readonly workers: CsvWorkers; readonly count: number; readonly script: string } | null = null;

/**
 * `count` workers running `script`: those of the last file read when they match (starting a
 * worker and loading the parser costs about 0.1 s of CPU), else new ones.
 */
export function csvWorkers(count: number, script: URL): CsvWorkers {
  if (shared !== null && shared.workers.usable && shared.count === count && shared.script === script.href)
    return shared.workers;
  void shared?.workers.close();
  shared = { workers: new CsvWorkers(count, script), count, script: script.href };
  return shared.workers;
}
