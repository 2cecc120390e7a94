import { Worker } from 'node:worker_threads';
import type { LawGaugeErrorCode } from '../errors/law-gauge-error.js';
import { LawGaugeError } from '../errors/law-gauge-error.js';
import type { LawGaugeIssue } from '../errors/issues.js';
import type { CsvPart } from '../ingest/csv-bytes.js';
import type { CsvPartJob } from '../ingest/csv-parts.js';

/** A worker's answer: the part read, or why not. */
interface Answer {
  readonly id: number;
  readonly part?: CsvPart;
  readonly failure?:
    | { readonly code: LawGaugeErrorCode; readonly root: string; readonly issues: readonly LawGaugeIssue[] }
    | { readonly message: string };
}

interface Waiting {
  readonly resolve: (part: CsvPart) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Worker threads reading parts of a CSV file (csv-part-worker.ts), each part sent to the worker
 * with the fewest parts waiting. The job's bytes are transferred, not copied, and so are the
 * columns of the answer. The threads stay for the next file (see {@link csvWorkers}), holding the
 * process open only while they have parts to read.
 */
export class CsvWorkers {
  private readonly workers: Worker[] = [];
  private readonly load: number[] = [];
  private readonly waiting = new Map<number, Waiting & { readonly worker: number }>();
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
      this.load.push(0);
    }
  }

  /** Reads a part in a worker; its bytes move to the worker (the array is empty afterwards here). */
  read(job: CsvPartJob): Promise<CsvPart> {
    if (this.broken !== null) return Promise.reject(this.broken);
    let worker = 0;
    for (let index = 1; index < this.workers.length; index++)
      if (this.load[index]! < this.load[worker]!) worker = index;
    const id = this.next++;
    if (this.waiting.size === 0) for (const each of this.workers) each.ref();
    this.load[worker]!++;
    return new Promise<CsvPart>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, worker });
      this.workers[worker]!.postMessage({ id, job }, [job.bytes.buffer as ArrayBuffer]);
    });
  }

  private answer(answer: Answer): void {
    const waiting = this.waiting.get(answer.id);
    if (waiting === undefined) return;
    this.waiting.delete(answer.id);
    this.load[waiting.worker]!--;
    if (this.waiting.size === 0) for (const each of this.workers) each.unref();
    const failure = answer.failure;
    if (failure === undefined) waiting.resolve(answer.part!);
    else if ('issues' in failure) waiting.reject(new LawGaugeError(failure.code, failure.root, failure.issues));
    else waiting.reject(new Error(`a CSV worker thread failed: ${failure.message}`));
  }

  private fail(error: Error): void {
    this.broken ??= error;
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }

  /** Whether a worker has failed or stopped: the threads are not used again. */
  get usable(): boolean {
    return this.broken === null;
  }

  /** Stops the workers (parts still being read are dropped). */
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
