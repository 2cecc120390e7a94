import type { CliIo } from './cli-io.js';
import type { Messages } from './messages/messages.js';

/** Files smaller than this finish before a bar would help. */
const MIN_BYTES = 4 * 1024 * 1024;
const WIDTH = 24;

/**
 * A one-line progress bar on stderr (rows read, rate, percent), redrawn at most ten times a
 * second; silent unless stderr is a terminal, the file is large and `quiet` is off.
 */
export function progressBar(
  io: CliIo,
  messages: Messages,
  label: string,
  quiet: boolean,
): { update(bytes: number, total: number | null, rows: number): void; done(): void } {
  const started = Date.now();
  let last = 0;
  let drawn = false;
  return {
    update(bytes, total, rows) {
      if (quiet || !io.errIsTTY || total === null || total < MIN_BYTES) return;
      const now = Date.now();
      if (now - last < 100 && bytes < total) return;
      last = now;
      const share = Math.min(1, bytes / total);
      const filled = Math.round(share * WIDTH);
      const rate = rows / Math.max(0.001, (now - started) / 1000);
      io.err(
        `\r${label} [${'█'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}%  ${messages.progress(rows, Math.round(rate))}`,
      );
      drawn = true;
    },
    done() {
      if (drawn) io.err('\r\x1b[2K');
    },
  };
}
