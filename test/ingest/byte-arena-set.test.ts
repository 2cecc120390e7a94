// Issue 26: ByteArenaSet holds a case number as a shape and a number (`(2019)沪01民初000号`, 123)
// rather than its bytes. Whichever way an entry is held, the set must find exactly the sequences
// equal to it, byte for byte, and give back its bytes: compared here with a Map over the same
// sequences, for numbers with leading zeros, runs longer than nine digits, digits at either end,
// texts without digits, constant hashes (every entry colliding), and sets whose shapes stop paying
// (every entry moved to the arena mid-way) or pass 65,535 (the shape numbers widened).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteArenaSet } from '../../src/ingest/byte-arena-set.js';

const encoder = new TextEncoder();

/**
 * Adds each sequence unless found, checking every answer against a Map; then every entry's bytes,
 * sealed too. Returns the sequences that were answered wrongly (none, when the set is right).
 */
function wrongAnswers(set: ByteArenaSet, sequences: readonly Uint8Array[]): string[] {
  const wrong: string[] = [];
  const entryOf = new Map<string, number>();
  const bytesOf: Uint8Array[] = [];
  const same = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((byte, i) => byte === b[i]);
  for (const bytes of sequences) {
    // Inside a larger buffer, as cells lie in a chunk.
    const chunk = new Uint8Array(bytes.length + 6).fill(0x37);
    chunk.set(bytes, 3);
    const key = bytes.join(',');
    const hash = set.hash(chunk, 3, 3 + bytes.length);
    const found = set.find(chunk, 3, 3 + bytes.length, hash);
    if (found !== (entryOf.get(key) ?? -1)) wrong.push(`find ${key}: ${found}`);
    if (found < 0) {
      entryOf.set(key, set.add(chunk, 3, 3 + bytes.length, hash));
      bytesOf.push(bytes);
    }
  }
  if (set.size !== entryOf.size) wrong.push(`size ${set.size}, not ${entryOf.size}`);
  // A digit-blind test (no space, no byte of `~`): the first entry it rejects, asked per shape.
  for (const avoid of [0x20, 0x7e]) {
    const test = (bytes: Uint8Array): boolean => !bytes.includes(avoid);
    const first = bytesOf.findIndex((bytes) => !test(bytes));
    if (set.firstRejected(test) !== (first < 0 ? bytesOf.length : first)) wrong.push(`firstRejected ${avoid}`);
  }
  bytesOf.forEach((bytes, entry) => {
    if (!same(set.bytesOf(entry), bytes)) wrong.push(`bytesOf ${entry}`);
  });
  set.seal();
  bytesOf.forEach((bytes, entry) => {
    if (!same(set.bytesOf(entry), bytes)) wrong.push(`sealed bytesOf ${entry}`);
  });
  return wrong;
}

const caseNumber = fc
  .tuple(
    fc.constantFrom('(2019)沪01民初', '(2019)沪0101民初', '（2019）沪01民初', 'K-', '', '2019', 'a1b', '案'),
    fc.stringMatching(/^[0-9]{0,13}$/),
    fc.constantFrom('号', '', '号 ', 'x', '-1', '9', '~'),
  )
  .map(([head, digits, tail]) => encoder.encode(`${head}${digits}${tail}`));
const anyBytes = fc
  .uint8Array({ maxLength: 12 })
  .map((bytes) => bytes.map((byte) => (byte % 3 === 0 ? 0x30 + (byte % 10) : byte)));
const sequences = fc.array(fc.oneof(caseNumber, caseNumber, anyBytes), { maxLength: 120 });

describe('ByteArenaSet: entries held as shape and number', () => {
  it('finds exactly the equal sequences and gives back their bytes (a Map agrees)', () => {
    fc.assert(
      fc.property(sequences, fc.boolean(), (list, collide) => {
        // Repeat a part so that finds hit as well as miss.
        const all = [...list, ...list.filter((_, i) => i % 3 === 0)];
        expect(wrongAnswers(new ByteArenaSet(collide ? { slots: 2, hash: () => 5 } : { expected: 16 }), all)).toEqual(
          [],
        );
      }),
      { seed: 2612, numRuns: 600 },
    );
  });

  it('tells apart numbers that differ only in leading zeros, length or a digit past the ninth', () => {
    const texts = ['A1', 'A01', 'A001', 'A0001', 'A10', 'A', '1', '01', '0', '00', '号1号', '12345678901234'];
    texts.push('12345678911234', '123456789012345', '1234567890', '0123456789', '999999999', '1999999999');
    texts.push('(2019)沪01民初0号', '(2019)沪01民初00号', '(2019)沪01民初000000000号', '(2019)沪01民初1000000000号');
    const set = new ByteArenaSet();
    expect(
      wrongAnswers(
        set,
        [...texts, ...texts].map((text) => encoder.encode(text)),
      ),
    ).toEqual([]);
    expect(set.size).toBe(texts.length);
  });

  it('moves every entry to the arena when shapes stop paying, and still finds them all', () => {
    // Each text a shape of its own (the digits before the last run stay in it): past 4,096 shapes
    // the set holds bytes only, the entries held as numbers until then included.
    const texts = Array.from({ length: 20_000 }, (_, i) => `K${i * 7}-${i % 10}号`);
    texts.push('no digits', '(2019)沪01民初7号', '(2019)沪01民初8号');
    const list = [...texts, ...texts.filter((_, i) => i % 5 === 0)].map((text) => encoder.encode(text));
    const set = new ByteArenaSet({ expected: 1000 });
    expect(wrongAnswers(set, list)).toEqual([]);
    expect(Reflect.get(set, 'shapes')).toBeNull();
  });

  it('passes 65,535 shapes (their numbers widened) with every entry kept', () => {
    // 70,000 shapes, four numbers each: shapes keep paying, their numbers pass 16 bits.
    const texts: string[] = [];
    for (let shape = 0; shape < 70_000; shape++) for (let n = 0; n < 4; n++) texts.push(`S${shape}-${n}`);
    const set = new ByteArenaSet({ expected: texts.length });
    expect(
      wrongAnswers(
        set,
        texts.map((text) => encoder.encode(text)),
      ),
    ).toEqual([]);
    expect(set.size).toBe(280_000);
    expect(Reflect.get(set, 'shapeOf')).toBeInstanceOf(Int32Array);
  });
});
