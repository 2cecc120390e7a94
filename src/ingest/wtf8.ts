import { decodeUtf8Span } from './values/decode-utf8.js';

/** A lone surrogate: UTF-8 cannot stand for the text. */
export const LONE_SURROGATE = /\p{Cs}/u;

const encoder = new TextEncoder();

/**
 * A text's bytes, one sequence per text: its UTF-8, except that a lone surrogate is written as the
 * three bytes UTF-8 would give its code point (WTF-8), where UTF-8 would write U+FFFD for it. No
 * well-formed UTF-8 holds such bytes (0xED 0xA0–0xBF), so a text with a lone surrogate is never
 * taken for one without, nor two such texts for one another.
 */
export function wtf8Bytes(text: string): Uint8Array {
  if (!LONE_SURROGATE.test(text)) return encoder.encode(text);
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
      i++;
    }
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else
      bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
  }
  return Uint8Array.from(bytes);
}

/** Whether `bytes` hold a lone surrogate as {@link wtf8Bytes} writes it. */
export function holdsLoneSurrogate(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(0xed); i >= 0 && i + 1 < bytes.length; i = bytes.indexOf(0xed, i + 1))
    if (bytes[i + 1]! >= 0xa0) return true;
  return false;
}

/** The text {@link wtf8Bytes} gave `bytes` for. */
export function textOfWtf8(bytes: Uint8Array): string {
  if (!holdsLoneSurrogate(bytes)) return decodeUtf8Span(bytes, 0, bytes.length);
  let text = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const size = b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
    let code = size === 1 ? b : b & (0xff >> (size + 1));
    for (let j = 1; j < size; j++) code = (code << 6) | (bytes[i + j]! & 0x3f);
    text += String.fromCodePoint(code);
    i += size;
  }
  return text;
}
