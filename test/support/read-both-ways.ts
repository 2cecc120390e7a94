// Reads a file with `readDatasetFile` in one thread and again with worker threads reading it in
// small parts (several workers, parts of a few dozen bytes up to a thirteenth of the file, so
// records, quotes, CRLFs and multi-byte characters fall on every side of a part's edge), and
// expects the same answer: the same table, problems and places, or the same error.
import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';
import { build } from 'esbuild';
import { expect } from 'vitest';
import { readDatasetFile, type ReadDatasetOptions, type ReadDatasetResult } from '../../src/node/index.js';
import { csvParallelSettings } from '../../src/node/csv-parallel-settings.js';

let script: Promise<URL> | null = null;

/**
 * The worker built from the TypeScript sources (vitest runs them; a worker thread would not), at one
 * path, test/.tmp/csv-part-worker.mjs, rebuilt once per test module: a file per build (named by
 * process and time) piled up with every run. Written beside it and renamed over it, so test files
 * building it at once in parallel never see a half-written worker (a rename is atomic, and a worker
 * already started keeps the file it opened).
 */
export function builtCsvWorker(): Promise<URL> {
  script ??= (async () => {
    const dir = join(import.meta.dirname, '..', '.tmp');
    mkdirSync(dir, { recursive: true });
    const outfile = join(dir, 'csv-part-worker.mjs');
    const built = await build({
      entryPoints: [join(import.meta.dirname, '..', '..', 'src', 'node', 'csv-part-worker.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'error',
      write: false,
    });
    const partial = join(dir, `csv-part-worker.${process.pid}.${threadId}.partial`);
    writeFileSync(partial, built.outputFiles[0]!.contents);
    renameSync(partial, outfile);
    return pathToFileURL(outfile);
  })();
  return script;
}

type Outcome = { readonly result: ReadDatasetResult } | { readonly error: unknown };

async function outcome(read: Promise<ReadDatasetResult>): Promise<Outcome> {
  try {
    return { result: await read };
  } catch (error) {
    return { error };
  }
}

/** Runs `read` with files of any size read by `workers` workers in parts of `partBytes`. */
export async function inParts<T>(partBytes: number, workers: number, read: () => Promise<T>): Promise<T> {
  const saved = { ...csvParallelSettings };
  Object.assign(csvParallelSettings, { minBytes: 0, partBytes, threads: workers, script: await builtCsvWorker() });
  try {
    return await read();
  } finally {
    Object.assign(csvParallelSettings, saved);
  }
}

/** `readDatasetFile` both ways, expected to agree; the one-thread answer (or its error). */
export async function readBothWays(path: string, options: ReadDatasetOptions): Promise<ReadDatasetResult> {
  const one = await outcome(readDatasetFile(path, { ...options, threads: 0 }));
  const size = path === '-' ? 0 : statSync(path).size;
  const partBytes = Math.max(29, Math.floor(size / 13));
  const parts = await inParts(partBytes, 3, () => outcome(readDatasetFile(path, { ...options, threads: 3 })));
  if ('error' in one) {
    expect('error' in parts ? parts.error : parts.result).toEqual(one.error);
    throw one.error;
  }
  expect(parts).toEqual(one);
  return one.result;
}
