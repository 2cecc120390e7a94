// The GB18030 → UTF-8 transcoder gives, chunk by chunk, exactly the bytes TextDecoder('gb18030')
// then TextEncoder give for the whole input at once: its tables of two- and four-byte characters,
// U+FFFD and the bytes read again after a broken sequence, and sequences cut between chunks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Gb18030ToUtf8 } from '../../src/ingest/gb18030-to-utf8.js';

const encoder = new TextEncoder();

/** What decoding the whole input and encoding it as UTF-8 gives. */
function reference(bytes: readonly number[]): number[] {
  return [...encoder.encode(new TextDecoder('gb18030').decode(Uint8Array.from(bytes)))];
}

/** The transcoder's output for `bytes` pushed in chunks cut at `cuts` (ascending offsets). */
function transcoded(bytes: readonly number[], cuts: readonly number[] = []): number[] {
  const transcoder = new Gb18030ToUtf8();
  const out: number[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    out.push(...transcoder.push(Uint8Array.from(bytes.slice(from, cut))));
    from = cut;
  }
  out.push(...transcoder.end());
  return out;
}

/** 黄浦区 in GBK (two-byte characters). */
const HUANGPU = [0xbb, 0xc6, 0xc6, 0xd6, 0xc7, 0xf8];
/** U+20000 (𠀀), a four-byte GB18030 character. */
const FOUR_BYTE = [0x95, 0x32, 0x82, 0x36];
const BOM = [0x84, 0x31, 0x95, 0x33];
const ascii = (text: string): number[] => [...Buffer.from(text, 'latin1')];

describe('Gb18030ToUtf8', () => {
  it('turns ASCII and two-byte characters into UTF-8', () => {
    const bytes = [...ascii('a,'), ...HUANGPU, ...ascii(',1\n')];
    expect(Buffer.from(transcoded(bytes)).toString('utf8')).toBe('a,黄浦区,1\n');
    expect(transcoded(bytes)).toEqual(reference(bytes));
  });

  it('joins a two-byte character split between chunks', () => {
    const bytes = [...ascii('x'), ...HUANGPU, ...ascii('y')];
    for (let cut = 0; cut <= bytes.length; cut++) expect(transcoded(bytes, [cut])).toEqual(reference(bytes));
    expect(Buffer.from(transcoded(bytes, [2])).toString('utf8')).toBe('x黄浦区y');
  });

  it('reads the BOM as U+FEFF, whole or split', () => {
    const bytes = [...BOM, ...HUANGPU];
    expect(transcoded(bytes).slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
    for (let cut = 0; cut <= bytes.length; cut++) expect(transcoded(bytes, [cut])).toEqual(reference(bytes));
  });

  it('reads a four-byte character between two-byte ones, whole or split', () => {
    const bytes = [...HUANGPU, ...FOUR_BYTE, ...HUANGPU, ...ascii('\n'), ...HUANGPU];
    expect(Buffer.from(transcoded(bytes)).toString('utf8')).toBe('黄浦区\u{20000}黄浦区\n黄浦区');
    for (let cut = 0; cut <= bytes.length; cut++) expect(transcoded(bytes, [cut])).toEqual(reference(bytes));
  });

  it('reads every two-byte and four-byte BMP character as the decoder does', () => {
    const pairs: number[] = [];
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead, trail);
    expect(transcoded(pairs, [1, 4097, 9999])).toEqual(reference(pairs));
    const fours: number[] = [];
    for (let lead = 0x81; lead <= 0x84; lead++)
      for (let second = 0x30; second <= 0x39; second++)
        for (let third = 0x81; third <= 0xfe; third++)
          for (let fourth = 0x30; fourth <= 0x39; fourth++) fours.push(lead, second, third, fourth);
    expect(transcoded(fours, [3, 5002, 77777])).toEqual(reference(fours));
  });

  it('reads four-byte characters at the ends of their ranges as the decoder does', () => {
    for (const bytes of [
      [0x81, 0x30, 0x81, 0x30], // U+0080, the first
      [0x81, 0x35, 0xf4, 0x37], // pointer 7457: U+E7C7
      [0x84, 0x31, 0xa4, 0x39], // U+FFFF, the last BMP one
      [0x84, 0x31, 0xa5, 0x30], // past the BMP ones: U+FFFD
      [0x90, 0x30, 0x81, 0x30], // U+10000
      [0xe3, 0x32, 0x9a, 0x35], // U+10FFFF
      [0xe3, 0x32, 0x9a, 0x36], // past it: U+FFFD
      [0xfe, 0x39, 0xfe, 0x39],
    ]) {
      const expected = reference(bytes);
      for (let cut = 0; cut <= bytes.length; cut++) expect(transcoded(bytes, [cut])).toEqual(expected);
    }
    expect(Buffer.from(transcoded([0xe3, 0x32, 0x9a, 0x35])).toString('utf8')).toBe('\u{10FFFF}');
  });

  it('reads bytes that are not GB18030, and a sequence ending the input, as the decoder does', () => {
    for (const bytes of [
      [0x80],
      [0xff, 0x41],
      [0x81],
      [...HUANGPU, 0xc7],
      [0x81, 0x0a],
      [0x81, 0x7f, 0x41],
      [0xa1, 0x30],
      [0x81, 0x30, 0x81],
      [0x81, 0x30, 0x81, 0x7e],
      [0x81, 0x30, 0x41],
      [0x81, 0x30, 0x81, 0x81, 0x30],
      [0x81, 0xff, 0x41],
    ]) {
      const expected = reference(bytes);
      for (let cut = 0; cut <= bytes.length; cut++) expect(transcoded(bytes, [cut])).toEqual(expected);
      expect(
        transcoded(
          bytes,
          bytes.map((_, at) => at),
        ),
      ).toEqual(expected);
    }
    expect(Buffer.from(transcoded([...HUANGPU, 0xc7])).toString('utf8')).toBe('黄浦区\uFFFD');
    // A broken four-byte sequence: U+FFFD, then its digit and lead read again.
    expect(Buffer.from(transcoded([0x81, 0x30, 0x81, 0x7e])).toString('utf8')).toBe('\uFFFD0亊');
  });

  it('reads a four-byte sequence cut after two bytes and then broken, where a streaming decoder threw', () => {
    const bytes = [0x41, 0x80, 0x90, 0x30, 0x7e];
    expect(transcoded(bytes, [2, 4])).toEqual(reference(bytes));
    expect(Buffer.from(transcoded(bytes, [2, 4])).toString('utf8')).toBe('A€\uFFFD0~');
  });

  it('gives what the decoder gives for the whole input on any bytes, cut anywhere', () => {
    // Bytes near GB18030's boundaries, and whole or broken two- and four-byte sequences, so that
    // every kind of sequence, good or broken, is common.
    const lead = fc.integer({ min: 0x81, max: 0xfe });
    const digit = fc.integer({ min: 0x30, max: 0x39 });
    const byte = fc.oneof(
      fc.constantFrom(0x0a, 0x2c, 0x22, 0x30, 0x39, 0x40, 0x7e, 0x7f, 0x80, 0x81, 0x84, 0x95, 0xa1, 0xfe, 0xff),
      lead,
      fc.integer({ min: 0, max: 255 }),
    );
    const piece = fc.oneof(
      byte.map((one) => [one]),
      fc.tuple(lead, byte),
      fc.tuple(lead, digit, lead, digit),
      fc.tuple(fc.integer({ min: 0x90, max: 0xe3 }), digit, lead, digit),
      fc.tuple(lead, digit, byte, byte),
      fc.tuple(lead, digit, lead, byte),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.flat()),
        fc.array(fc.nat(96), { maxLength: 12 }),
        (bytes, rawCuts) => {
          const cuts = [...new Set(rawCuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
          const expected = reference(bytes);
          expect(transcoded(bytes, cuts)).toEqual(expected);
          // Every byte a chunk of its own.
          expect(
            transcoded(
              bytes,
              bytes.map((_, at) => at),
            ),
          ).toEqual(expected);
        },
      ),
      { numRuns: 20000, seed: 18030 },
    );
  });
});
