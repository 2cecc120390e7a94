import { writeFile } from 'node:fs/promises';
import { errnoOf } from '../node/errno-of.js';
import type { CliLang, LocaleEnv } from './cli-lang.js';
import type { Messages } from './messages/messages.js';
import { UsageError } from './usage.js';

/** Where the CLI writes: results to `out`, messages and progress to `err`. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** True when stderr is a terminal: progress bars are drawn only then. */
  readonly errIsTTY: boolean;
  /**
   * The environment the language is chosen from when `--lang` is not given (`LC_ALL`,
   * `LC_MESSAGES`, `LANG`). Absent: no locale, so English — a caller that collects the output
   * (a test, a wrapper) gets the same language on every machine unless it passes one.
   */
  readonly env?: LocaleEnv;
  /** The system's locale (Node's default), consulted when none of the variables is set. */
  readonly systemLocale?: string;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errIsTTY: process.stderr.isTTY === true,
  env: process.env,
  systemLocale: Intl.DateTimeFormat().resolvedOptions().locale,
};

/** One run of a command: where it writes, and the language everything it writes is in. */
export interface CliRun {
  readonly io: CliIo;
  readonly lang: CliLang;
  readonly messages: Messages;
}

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
    throw new UsageError((messages) => messages.cannotWrite(path, errnoOf(error), (error as Error).message));
  }
}
