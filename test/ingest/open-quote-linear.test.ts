// A quote left open near the top of a huge file: each chunk pushed after it used to send the
// reader back to the quote, rescanning (and copying) the whole record so far, until it passed
// 64 MiB and failed as `record_too_long` — quadratic work, 2 GiB scanned for a 64 MiB record in
// 1 MiB chunks. The reader now remembers how far the open quote was scanned. The bytes scanned for
// quotes and line feeds are counted here (every `indexOf` on bytes), not timed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ByteCsvIngest } from '../../src/ingest/csv-bytes.js';
import { ingestCsvBytes, LawGaugeError } from '../../src/index.js';
import { casesDataset } from '../support/court-catalog.js';

const cases = casesDataset();
const options = { fields: ['case_id', 'district', 'filed_on', 'closed_on'] };
const encoder = new TextEncoder();
const MIB = 1 << 20;
const HEAD = encoder.encode(
  'case_id,district,case_type,procedure,filed_on,closed_on\nA1,黄浦区,民事,一审,2019-01-07,\nA2,"黄浦区,民事,一审,2019-01-07,\n',
);

/** Counts the bytes every `Uint8Array#indexOf` call may scan (from its start to the array's end). */
function countScans(): { readonly bytes: () => number } {
  let scanned = 0;
  const indexOf = Uint8Array.prototype.indexOf;
  vi.spyOn(Uint8Array.prototype, 'indexOf').mockImplementation(function (
    this: Uint8Array,
    value: number,
    from?: number,
  ): number {
    const found = indexOf.call(this, value, from);
    const start = Math.max(0, from ?? 0);
    scanned += (found < 0 ? this.length : found + 1) - start;
    return found;
  });
  return { bytes: () => scanned };
}

afterEach(() => {
  vi.restoreAllMocks();
});

/** A MiB of records with no quote: all inside the open quote. */
const chunk = encoder.encode('A3,徐汇区,民事,一审,2019-01-08,\n'.repeat(Math.ceil(MIB / 40))).subarray(0, MIB);

describe('an open quote near the top of a huge file', () => {
  it('is scanned once: the work to reach record_too_long is linear in the bytes pushed', () => {
    const scans = countScans();
    const reader = new ByteCsvIngest(cases, options);
    reader.push(HEAD);
    let pushed = HEAD.length;
    let error: unknown = null;
    try {
      for (let i = 0; i < 80; i++) {
        pushed += chunk.length;
        reader.push(chunk);
      }
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(LawGaugeError);
    expect((error as LawGaugeError).issues[0]).toMatchObject({
      code: 'record_too_long',
      params: { line: 3, limit: 64 * MIB, units: 'bytes' },
    });
    expect(pushed).toBeGreaterThan(64 * MIB);
    expect(pushed).toBeLessThan(66 * MIB);
    // Each chunk is looked at a couple of times (its first line feed, its quotes), never the record again.
    expect(scans.bytes()).toBeLessThan(3 * pushed);
  });

  it('reads the same as before when the quote closes after many chunks, and when it never closes', () => {
    // Doubled quotes inside the open field, some cut by a chunk's end.
    const body = encoder.encode('A3,徐汇区,""民事"",一审,2019-01-08,\n'.repeat(2000));
    const closing = encoder.encode('",民事,一审,2019-01-09,\nA4,静安区,民事,一审,2019-01-10,\n');
    for (const tail of [closing, new Uint8Array(0)]) {
      const whole = new Uint8Array(HEAD.length + body.length + tail.length);
      whole.set(HEAD);
      whole.set(body, HEAD.length);
      whole.set(tail, HEAD.length + body.length);
      const once = outcome(() => ingestCsvBytes(cases, whole, options));
      for (const size of [7, 8, 333, 4096, 65536]) {
        const reader = new ByteCsvIngest(cases, options);
        const chunked = outcome(() => {
          for (let at = 0; at < whole.length; at += size) reader.push(whole.subarray(at, at + size));
          return reader.end();
        });
        expect(chunked).toEqual(once);
      }
      if (tail.length > 0) expect(once).toMatchObject({ quality: { read: 3, used: 3, quarantined: 0, skipped: 0 } });
      else expect(once).toEqual({ error: expect.stringContaining('is never closed: it runs to the end of the file') });
    }
  });
});

function outcome(read: () => { table: unknown }): unknown {
  try {
    return read().table;
  } catch (error) {
    return { error: (error as Error).message };
  }
}
