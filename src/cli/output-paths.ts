import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './usage.js';

/** The file a path names: through symbolic links when it exists, else as resolved. */
function fileOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/**
 * Refuses an output (`--out`, `--rejects`) that names one of the run's input files, directly or
 * through a symbolic link — writing it would destroy the data being read — and two outputs that
 * name the same file, where one would overwrite the other. `-` (stdout or stdin) never clashes.
 */
export function refuseOverwritingInputs(
  outputs: Readonly<Record<string, string | undefined>>,
  inputs: readonly (string | undefined)[],
): void {
  const read = new Map(
    inputs.filter((path): path is string => path !== undefined && path !== '-').map((path) => [fileOf(path), path]),
  );
  const written = new Map<string, string>();
  for (const [option, path] of Object.entries(outputs)) {
    if (path === undefined || path === '-') continue;
    const file = fileOf(path);
    const input = read.get(file);
    if (input !== undefined) throw new UsageError((messages) => messages.outputIsInput(option, path, input));
    const other = written.get(file);
    if (other !== undefined) throw new UsageError((messages) => messages.outputsClash(option, path, other));
    written.set(file, option);
  }
}
