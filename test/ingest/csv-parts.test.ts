// Reading a CSV in parts (as worker threads do) gives the table one reader gives: the cases here
// put quoted line breaks, CRLFs, a BOM, blank and footer rows, bad rows, an unclosed quote and
// repeated keys on both sides of parts' edges, at every part size. The fuzz suites
// (fuzz.test.ts, chunk-boundaries.test.ts) hold the same on arbitrary input.
import { describe, expect, it } from 'vitest';
import { ingestCsvBytes } from '../../src/index.js';
import { ingestCsvBytesInParts } from '../../src/internal.js';
import { rangeOffset, readRange } from '../../src/ingest/csv-ranges.js';
import { ByteCsvIngest } from '../../src/ingest/csv-bytes.js';

const dataset = {
  id: 'd',
  key: ['name'],
  checks: [{ id: 'small', rule: { field: 'n', op: 'lt', value: 100 } }],
  fields: [
    { name: 'name', type: 'string', required: true },
    { name: 'n', type: 'integer', required: true },
    { name: 'kind', type: 'enum', values: [{ value: 'a' }, { value: 'b', synonyms: ['乙'] }] },
    { name: 'note', type: 'string' },
  ],
};

const TEXT = [
  '\uFEFFname,n,kind,note',
  '黄浦区,1,a,',
  '"浦\r\n东😀",2,乙,"say ""hi"""',
  '坏,x,b,',
  '',
  '黄浦区,3,a,repeated key',
  'short,4',
  '"q""q",5,b,"multi',
  'line, with comma"',
  'big,500,a,breaks the check',
  '合计,,,',
  ' , , ,',
  '"tail"x,6,a,text after a closing quote',
  'more,8,a,',
  '坏,9,b,repeats a row quarantined for its value',
  'big,10,a,repeats a row quarantined by the check',
  'last,7,,"never closed on the last line',
].join('\r\n');

describe('reading CSV bytes in parts', () => {
  it('gives the whole reader’s table at every part and block size', () => {
    const bytes = new TextEncoder().encode(TEXT);
    const whole = ingestCsvBytes(dataset, bytes);
    // Every outcome is in the fixture: used, quarantined (values, field count, check, key, quote), skipped.
    expect(whole.table.quality).toEqual({ read: 15, used: 5, quarantined: 7, skipped: 3 });
    expect(new Set(whole.table.quarantine.map((entry) => entry.code))).toEqual(
      new Set(['invalid_integer', 'wrong_field_count', 'duplicate_key', 'check_failed', 'unterminated_quote']),
    );
    for (let part = 1; part <= bytes.length; part++)
      for (const block of [1, 2, 5, 64, bytes.length])
        expect(ingestCsvBytesInParts(dataset, bytes, {}, part, block), `parts of ${part}, blocks of ${block}`).toEqual(
          whole,
        );
  });

  it('more than 100 skipped rows across parts: the first 100 listed, all counted', () => {
    const lines = ['name,n,kind,note'];
    for (let i = 0; i < 150; i++) lines.push(i % 3 === 0 ? `r${i},${i % 90},a,` : i % 3 === 1 ? '' : '合计,,,');
    const bytes = new TextEncoder().encode(lines.join('\n'));
    const whole = ingestCsvBytes(dataset, bytes);
    expect(whole.table.skippedRows.rows).toHaveLength(100);
    for (const part of [1, 7, 40, 333]) expect(ingestCsvBytesInParts(dataset, bytes, {}, part, 50)).toEqual(whole);
  });

  it('a file whose lines end in CR alone has no line start to cut at: one range, the same table', () => {
    const bytes = new TextEncoder().encode('name,n,kind,note\r黄浦区,1,a,\r坏,x,b,\r');
    const whole = ingestCsvBytes(dataset, bytes);
    expect(whole.table.quality.read).toBe(2);
    expect(ingestCsvBytesInParts(dataset, bytes, {}, 3, 2)).toEqual(whole);
  });

  it('ranges start past a line feed and tile the input, whatever the blocks', () => {
    const text = 'a,"x\ny",b\n"p""\nq"z\n,c\nd"e\nf\n\n\n"open\nlong line without a break';
    const bytes = new TextEncoder().encode(text);
    const size = bytes.length;
    for (let count = 1; count <= size; count++)
      for (const block of [1, 2, 5, size]) {
        const runs: [number, number][] = [];
        for (let index = 0; index < count; index++) {
          const from = rangeOffset(index, count, size);
          const to = rangeOffset(index + 1, count, size);
          const readAt = (buffer: Uint8Array, position: number): number => {
            const run = bytes.subarray(position, position + block);
            buffer.set(run);
            return run.length;
          };
          readRange(readAt, from, to, size, new Uint8Array(block), (run, at) => {
            expect(run).toEqual(bytes.subarray(at, at + run.length));
            const last = runs[runs.length - 1];
            if (last !== undefined && last[1] === at) last[1] = at + run.length;
            else runs.push([at, at + run.length]);
          });
        }
        // One run of the whole input, cut only after line feeds.
        expect(runs).toEqual([[0, size]]);
      }
    for (const count of [2, 3, 7]) {
      const starts: number[] = [];
      for (let index = 0; index < count; index++) {
        let first = -1;
        readRange(
          (buffer, position) => {
            const run = bytes.subarray(position, position + buffer.length);
            buffer.set(run);
            return run.length;
          },
          rangeOffset(index, count, size),
          rangeOffset(index + 1, count, size),
          size,
          new Uint8Array(4),
          (_run, at) => {
            if (first < 0) first = at;
          },
        );
        if (first >= 0) starts.push(first);
      }
      for (const start of starts) expect(start === 0 || bytes[start - 1] === 10).toBe(true);
    }
  });
});

describe('a part read as bytes (a worker’s share)', () => {
  it('hands its texts over as UTF-8 bytes, which the string column decodes, readied on arrival or not', () => {
    const text = ['name,n,kind,note', '黄浦区,1,a,甲', '浦东,2,b,', 'x\uD800y,3,a,甲', '"q""q",4,b,乙'].join('\n');
    const bytes = new TextEncoder().encode(text);
    const whole = ingestCsvBytes(dataset, bytes);
    const header = ['name', 'n', 'kind', 'note'];
    const start = text.indexOf('\n') + 1;
    const reader = ByteCsvIngest.continuing(dataset, {}, header, start);
    reader.push(bytes.subarray(start));
    const part = reader.endPart();
    const note = part.table.columns[3]!.dictionary!;
    expect(note.texts).toEqual(['', '']);
    expect(new TextDecoder().decode(note.bytes.subarray(note.starts[1], note.ends[1]))).toBe('乙');
    // TextEncoder wrote U+FFFD for the lone surrogate: the bytes are its text's.
    expect(part.table.columns[0]!.dictionary!.texts.filter((entry) => entry !== '')).toEqual([]);
    for (const readied of [true, false]) {
      const main = new ByteCsvIngest(dataset, {});
      main.push(bytes.subarray(0, start));
      const copy = structuredClone(part);
      if (readied) main.prepare(copy);
      main.absorb(copy, bytes.length - start);
      expect(main.end(), readied ? 'readied' : 'not readied').toEqual(whole);
    }
  });
});
