import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8ScalarAt } from '../../src/ingest/utf8-check.js';

const fatal = new TextDecoder('utf-8', { fatal: true });

/** The first scalar of `bytes` as the WHATWG decoder reads it, or null when its first sequence is malformed or cut. */
function firstScalar(bytes: Uint8Array): { code: number; length: number } | null {
  for (let length = 1; length <= Math.min(4, bytes.length); length++) {
    try {
      const text = fatal.decode(bytes.subarray(0, length));
      return { code: text.codePointAt(0)!, length };
    } catch {
      // A longer prefix may complete the sequence.
    }
  }
  return null;
}

describe('utf8ScalarAt', () => {
  it('reads the scalar and length the WHATWG decoder reads, and −1 where it finds an error or a cut', () => {
    const sequences = fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 5 }),
      fc
        .integer({ min: 0, max: 0x10ffff })
        .map((code) => new TextEncoder().encode(code >= 0xd800 && code <= 0xdfff ? 'x' : String.fromCodePoint(code))),
    );
    fc.assert(
      fc.property(sequences, fc.nat(3), (bytes, cut) => {
        const end = Math.max(1, bytes.length - cut);
        const expected = firstScalar(bytes.subarray(0, end));
        const scalar = utf8ScalarAt(bytes, 0, end);
        expect(scalar < 0 ? null : { code: scalar >> 3, length: scalar & 7 }).toEqual(expected);
      }),
      { seed: 8, numRuns: 20_000 },
    );
  });

  it('refuses overlong forms, surrogates and code points past U+10FFFF', () => {
    for (const bytes of [
      [0xc0, 0x80],
      [0xe0, 0x80, 0x80],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf5, 0x80, 0x80, 0x80],
    ])
      expect(utf8ScalarAt(new Uint8Array(bytes), 0, bytes.length), bytes.join(' ')).toBe(-1);
    expect(utf8ScalarAt(new Uint8Array([0xf4, 0x8f, 0xbf, 0xbf]), 0, 4)).toBe(0x10ffff * 8 + 4);
  });
});
