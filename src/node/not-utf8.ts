import { LawGaugeError } from '../errors/law-gauge-error.js';
import { byteAt } from '../ingest/csv-problems.js';
import type { Utf8Evidence } from './utf8-check.js';

/** `readOnce`'s answer when the bytes turned out to be GB18030 after rows were read as UTF-8. */
export class NotUtf8 extends Error {
  constructor(readonly offset: number) {
    super(`not UTF-8 from byte ${offset}`);
  }
}

/** The file does not read as UTF-8 (the rule in utf8-check.ts) and UTF-8 was asked for. */
export function notUtf8Error(source: string, evidence: Utf8Evidence): LawGaugeError {
  const { invalid, firstInvalid, firstByte, bytes } = evidence;
  return new LawGaugeError('invalid_data', source, [
    {
      code: 'invalid_encoding',
      path: [],
      message: `the bytes at ${byteAt(firstInvalid, firstByte)} are not valid UTF-8; give --encoding gb18030 (or auto) — ${invalid} invalid sequences in the first ${bytes} bytes, too many to set aside as stray bytes`,
      params: { where: 'file', offset: firstInvalid, byte: firstByte, count: invalid, bytes },
    },
  ]);
}
