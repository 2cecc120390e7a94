import { resolve } from 'node:path';
import { UsageError } from './usage.js';

/**
 * Refuses an output (`--out`, `--rejects`) that names one of the run's input files: writing it
 * would destroy the data being read. Paths are compared resolved against the working directory;
 * `-` (stdout or stdin) is never a clash.
 */
export function refuseOverwritingInputs(outputs: Readonly<Record<string, string | undefined>>, inputs: readonly (string | undefined)[]): void {
  const read = new Map(inputs.filter((path): path is string => path !== undefined && path !== '-').map((path) => [resolve(path), path]));
  for (const [option, path] of Object.entries(outputs)) {
    if (path === undefined || path === '-') continue;
    const input = read.get(resolve(path));
    if (input !== undefined) throw new UsageError(`${option} ${path}: that is an input of this run (${input}); writing there would overwrite it — choose another file`);
  }
}
