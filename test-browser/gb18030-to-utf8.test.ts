// The dashboard's worker turns a GB18030 file into UTF-8 with the same transcoder as Node
// (readCsvStream), its tables read off the browser's own TextDecoder: for any bytes cut anywhere,
// it must give what this browser's decoder gives for the whole input at once.
import { expect } from '@open-wc/testing';
import { Gb18030ToUtf8 } from '../src/ingest/gb18030-to-utf8.js';

const encoder = new TextEncoder();

function reference(bytes: Uint8Array): number[] {
  return [...encoder.encode(new TextDecoder('gb18030').decode(bytes))];
}

function transcoded(bytes: Uint8Array, cuts: readonly number[]): number[] {
  const transcoder = new Gb18030ToUtf8();
  const out: number[] = [];
  const keep = (utf8: Uint8Array): void => utf8.forEach((byte) => out.push(byte));
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    keep(transcoder.push(bytes.slice(from, cut)));
    from = cut;
  }
  keep(transcoder.end());
  return out;
}

/** A seeded generator (mulberry32), so a failure repeats. */
function random(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
}

describe('Gb18030ToUtf8 in the browser', () => {
  it('reads every two-byte and four-byte BMP character as the decoder does', () => {
    const bytes: number[] = [];
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) bytes.push(lead, trail);
    for (let lead = 0x81; lead <= 0x84; lead++)
      for (let second = 0x30; second <= 0x39; second++)
        for (let third = 0x81; third <= 0xfe; third++)
          for (let fourth = 0x30; fourth <= 0x39; fourth++) bytes.push(lead, second, third, fourth);
    const all = Uint8Array.from(bytes);
    expect(transcoded(all, [1, 4097, 77777])).to.deep.equal(reference(all));
  });

  it('reads a four-byte sequence cut after two bytes and then broken', () => {
    const bytes = Uint8Array.of(0x41, 0x80, 0x90, 0x30, 0x7e);
    expect(transcoded(bytes, [2, 4])).to.deep.equal(reference(bytes));
  });

  it('gives what the decoder gives for the whole input on any bytes, cut anywhere', () => {
    const next = random(18030);
    const edges = [0x0a, 0x30, 0x39, 0x40, 0x7e, 0x7f, 0x80, 0x81, 0x84, 0x90, 0xa1, 0xe3, 0xfe, 0xff];
    const byte = (): number => (next(3) === 0 ? edges[next(edges.length)]! : next(3) ? 0x81 + next(126) : next(256));
    const digit = (): number => 0x30 + next(10);
    for (let run = 0; run < 3000; run++) {
      const bytes: number[] = [];
      for (let piece = next(24); piece > 0; piece--) {
        const kind = next(4);
        if (kind === 0) bytes.push(byte());
        else if (kind === 1) bytes.push(0x81 + next(126), byte());
        else if (kind === 2) bytes.push(0x81 + next(126), digit(), 0x81 + next(126), digit());
        else bytes.push(0x81 + next(126), digit(), byte(), byte());
      }
      const input = Uint8Array.from(bytes);
      const cuts = [...new Set(Array.from({ length: next(8) }, () => next(bytes.length + 1)))].sort((a, b) => a - b);
      const expected = reference(input);
      expect(transcoded(input, cuts), `${bytes.join(' ')} cut at ${cuts.join(' ')}`).to.deep.equal(expected);
      expect(
        transcoded(
          input,
          bytes.map((_, at) => at),
        ),
      ).to.deep.equal(expected);
    }
  });
});
