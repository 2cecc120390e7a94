import { LawGaugeError } from '../errors/law-gauge-error.js';
import { EN_ISSUES } from '../errors/messages/en.js';

/** `le`/`be` when the bytes start with a UTF-16 byte order mark (FF FE / FE FF), else null. */
export function utf16ByteOrder(bytes: Uint8Array): 'le' | 'be' | null {
  if (bytes.length < 2) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  return null;
}

/**
 * A UTF-16 text file (what Excel's "Unicode Text" / "Unicode 文本" writes): read neither as UTF-8 nor
 * as GB18030, so the error says what it is and how to save it, with no command-line flag in it.
 */
export function utf16Error(source: string, order: 'le' | 'be'): LawGaugeError {
  const params = { order };
  return new LawGaugeError('invalid_data', source, [
    { code: 'utf16_file', path: [], message: EN_ISSUES.utf16_file(params), params },
  ]);
}
