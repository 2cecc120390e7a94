// The GB18030 → UTF-8 transcoder gives, chunk by chunk, exactly the bytes TextDecoder('gb18030')
// then TextEncoder give for the whole input: its table of two-byte characters, its hand-over to the
// decoder at the first sequence outside the table, and characters split between chunks.
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

/**
 * Node's decoder throws on some inputs streamed in small pieces (e.g. `90 30 | 7E`: a four-byte
 * sequence cut after two bytes and then broken), whole or not; the transcoder hands such input to
 * the decoder, so those cuts are left out of the comparison.
 */
function decoderStreams(bytes: readonly number[], cuts: readonly number[]): boolean {
  const decoder = new TextDecoder('gb18030');
  try {
    let from = 0;
    for (const cut of [...cuts, bytes.length]) {
      decoder.decode(Uint8Array.from(bytes.slice(from, cut)), { stream: true });
      from = cut;
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/** 黄浦区 in GBK (two-byte characters). */
const HUANGPU = [0xbb, 0xc6, 0xc6, 0xd6, 0xc7, 0xf8];
/** U+20000 (𠀀), a four-byte GB18030 character: outside the table. */
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

  it('hands a four-byte character and everything after it to the decoder', () => {
    const bytes = [...HUANGPU, ...FOUR_BYTE, ...HUANGPU, ...ascii('\n'), ...HUANGPU];
    expect(Buffer.from(transcoded(bytes)).toString('utf8')).toBe('黄浦区\u{20000}黄浦区\n黄浦区');
    for (let cut = 0; cut <= bytes.length; cut++) expect(transcoded(bytes, [cut])).toEqual(reference(bytes));
  });

  it('reads bytes that are not GB18030, and a lead byte ending the input, as the decoder does', () => {
    for (const bytes of [
      [0x80],
      [0xff, 0x41],
      [0x81],
      [...HUANGPU, 0xc7],
      [0x81, 0x0a],
      [0x81, 0x7f, 0x41],
      [0xa1, 0x30],
    ])
      expect(transcoded(bytes)).toEqual(reference(bytes));
    expect(Buffer.from(transcoded([...HUANGPU, 0xc7])).toString('utf8')).toBe('黄浦区\uFFFD');
  });

  it('gives what the decoder gives on any bytes, cut anywhere', () => {
    // Bytes near GB18030's boundaries, so that two- and four-byte sequences, good and broken, are common.
    const byte = fc.oneof(
      fc.constantFrom(0x0a, 0x2c, 0x22, 0x30, 0x39, 0x40, 0x7e, 0x7f, 0x80, 0x81, 0x84, 0x95, 0xa1, 0xfe, 0xff),
      fc.integer({ min: 0x81, max: 0xfe }),
      fc.integer({ min: 0, max: 255 }),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 48 }), fc.array(fc.nat(48), { maxLength: 6 }), (bytes, rawCuts) => {
        const cuts = [...new Set(rawCuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
        fc.pre(decoderStreams(bytes, cuts));
        expect(transcoded(bytes, cuts)).toEqual(reference(bytes));
      }),
      { numRuns: 3000 },
    );
  });
});
