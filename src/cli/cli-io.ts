import { writeFile } from 'node:fs/promises';
import { UsageError } from './usage.js';

/** Where the CLI writes: results to `out`, messages and progress to `err`. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** True when stderr is a terminal: progress bars are drawn only then. */
  readonly errIsTTY: boolean;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errIsTTY: process.stderr.isTTY === true,
};

/** Writes `text` to `path`, or to stdout when there is no path. A `.csv` file gets a UTF-8 BOM for Excel. */
export async function writeResult(io: CliIo, path: string | undefined, text: string): Promise<void> {
  if (path === undefined) {
    io.out(text);
    return;
  }
  const bom = path.toLowerCase().endsWith('.csv') && text.charCodeAt(0) !== 0xfeff ? '\uFEFF' : '';
  try {
    await writeFile(path, bom + text, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as Error).message}`);
  }
}
