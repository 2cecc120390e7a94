const decoder = new TextDecoder();
const SHORT = 64;
const units = new Uint16Array(SHORT);

/**
 * Decodes a UTF-8 cell. Short cells (the usual case) are decoded in JavaScript, which is several
 * times cheaper than a `TextDecoder` call per cell; long ones, and any byte sequence that is not
 * plain well-formed UTF-8, go to `TextDecoder` (which replaces bad sequences with U+FFFD).
 */
export function decodeUtf8(bytes: Uint8Array): string {
  const length = bytes.length;
  if (length > SHORT) return decoder.decode(bytes);
  let count = 0;
  for (let i = 0; i < length;) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      units[count++] = byte;
      i++;
    } else if (byte >= 0xe0 && byte < 0xf0 && i + 2 < length) {
      const b1 = bytes[i + 1]!;
      const b2 = bytes[i + 2]!;
      if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80) return decoder.decode(bytes);
      const code = ((byte & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      // Overlong forms and surrogates are not plain UTF-8: leave them to TextDecoder.
      if (code < 0x800 || (code >= 0xd800 && code <= 0xdfff)) return decoder.decode(bytes);
      units[count++] = code;
      i += 3;
    } else if (byte >= 0xc2 && byte < 0xe0 && i + 1 < length) {
      const b1 = bytes[i + 1]!;
      if ((b1 & 0xc0) !== 0x80) return decoder.decode(bytes);
      units[count++] = ((byte & 0x1f) << 6) | (b1 & 0x3f);
      i += 2;
    } else return decoder.decode(bytes);
  }
  return String.fromCharCode.apply(null, units.subarray(0, count) as unknown as number[]);
}
