import { readFileSync, statSync } from 'node:fs';

/** Files larger than this are not read again for the hint (the hint is advice, not a second reader). */
const HINT_BYTES = 256 * 1024 * 1024;

/**
 * Whether the file at `source`, read as UTF-8 with rows quarantined for bytes that are not UTF-8,
 * reads as GB18030 from end to end without an error: a GBK export with too few Chinese values for
 * `--encoding auto` to switch (one or two bad sequences are damage, never a reason to re-read a
 * file in another encoding), where `--encoding gb18030` would read every row. False for stdin, a
 * file too large to read again, or one that cannot be read.
 */
export function readsAsGb18030(source: string): boolean {
  if (source === '-') return false;
  try {
    if (statSync(source).size > HINT_BYTES) return false;
    new TextDecoder('gb18030', { fatal: true }).decode(readFileSync(source));
    return true;
  } catch {
    return false;
  }
}
