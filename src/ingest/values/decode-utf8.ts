const decoder = new TextDecoder();
const SHORT = 64;
const units = new Uint16Array(SHORT);
/** A view of `units` for each length: making a view per cell would allocate an object per cell. */
const unitsOfLength = Array.from({ length: SHORT + 1 }, (_, length) => units.subarray(0, length));

/**
 * Decodes the UTF-8 cell `bytes[start, end)`. Short cells (the usual case) are decoded in
 * JavaScript, which is several times cheaper than a `TextDecoder` call per cell, and without a view
 * of the bytes; long ones, and any byte sequence that is not plain well-formed UTF-8, go to
 * `TextDecoder` (which replaces bad sequences with U+FFFD).
 */
export function decodeUtf8Span(bytes: Uint8Array, start: number, end: number): string {
  if (end - start > SHORT) return decoder.decode(bytes.subarray(start, end));
  let count = 0;
  for (let i = start; i < end;) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      units[count++] = byte;
      i++;
    } else if (byte >= 0xe0 && byte < 0xf0 && i + 2 < end) {
      const b1 = bytes[i + 1]!;
      const b2 = bytes[i + 2]!;
      if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80) return decoder.decode(bytes.subarray(start, end));
      const code = ((byte & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      // Overlong forms and surrogates are not plain UTF-8: leave them to TextDecoder.
      if (code < 0x800 || (code >= 0xd800 && code <= 0xdfff)) return decoder.decode(bytes.subarray(start, end));
      units[count++] = code;
      i += 3;
    } else if (byte >= 0xc2 && byte < 0xe0 && i + 1 < end) {
      const b1 = bytes[i + 1]!;
      if ((b1 & 0xc0) !== 0x80) return decoder.decode(bytes.subarray(start, end));
      units[count++] = ((byte & 0x1f) << 6) | (b1 & 0x3f);
      i += 2;
    } else return decoder.decode(bytes.subarray(start, end));
  }
  return String.fromCharCode.apply(null, unitsOfLength[count] as unknown as number[]);
}

/** Decodes a whole UTF-8 cell ({@link decodeUtf8Span}). */
export function decodeUtf8(bytes: Uint8Array): string {
  return decodeUtf8Span(bytes, 0, bytes.length);
}
