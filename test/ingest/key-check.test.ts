// Issue 26: a key field that only the key check reads (case_id when a run asks for 7 columns) is
// held as bytes in one arena, not as a string per row; the duplicates found must be exactly those
// found over a string column of the same field.
import { describe, expect, it } from 'vitest';
import { ingest, ingestCsv, ingestCsvBytes, type DictionaryColumn, type Table } from '../../src/index.js';
import { ingestCsvBytesInParts } from '../../src/internal.js';
import { ByteArenaSet } from '../../src/ingest/byte-arena-set.js';
import { fnv1a } from '../../src/ingest/fnv1a.js';
import { createColumnBuilder } from '../../src/ingest/column-builders.js';
import { ByteCsvIngest } from '../../src/ingest/csv-bytes.js';
import { KeyTextBuilder } from '../../src/ingest/key-text-builder.js';
import { textOfWtf8, wtf8Bytes } from '../../src/ingest/wtf8.js';
import { casesDataset } from '../support/court-catalog.js';

const encoder = new TextEncoder();
const cases = casesDataset();
const header = 'case_id,district,case_type,procedure,filed_on,closed_on';
/** Fields asked for without the key: case_id is read only for the key check. */
const WITHOUT_KEY = ['district', 'filed_on', 'closed_on'];
const WITH_KEY = ['case_id', ...WITHOUT_KEY];
/** Two case numbers with one FNV-1a hash (found by a birthday search over such numbers). */
const COLLIDING = ['(2019)沪01民初562789号', '(2019)沪01民初779192号'] as const;

/** What the key check decided: counts and every quarantine entry, the key column aside. */
function verdict(table: Table): unknown {
  const { read, used, quarantined, skipped } = table.quality;
  expect(read).toBe(used + quarantined + skipped);
  return { quality: table.quality, quarantine: table.quarantine, district: table.columns.get('district') };
}

describe('ByteArenaSet', () => {
  it('tells apart sequences whose hashes are all equal, byte by byte, from two slots up', () => {
    const set = new ByteArenaSet({ slots: 2, hash: () => 7 });
    const texts = ['K-0001', 'K-0002', 'K-001', 'K-0001 ', '', 'K-000\u00e9', 'K-000\u00ea'];
    for (let i = 0; i < 300; i++) texts.push(`row ${i}`, `row ${i}`);
    const entryOf = new Map<string, number>();
    for (const text of texts) {
      const bytes = encoder.encode(text);
      const hash = set.hash(bytes, 0, bytes.length);
      expect(hash).toBe(7);
      const found = set.find(bytes, 0, bytes.length, hash);
      if (entryOf.has(text)) expect(found).toBe(entryOf.get(text));
      else {
        expect(found).toBe(-1);
        entryOf.set(text, set.add(bytes, 0, bytes.length, hash));
      }
    }
    expect(set.size).toBe(entryOf.size);
    expect(set.size).toBe(7 + 300);
    for (const [text, entry] of entryOf) expect(new TextDecoder().decode(set.bytesOf(entry))).toBe(text);
  });

  it('keeps two case numbers with one FNV-1a hash apart', () => {
    const [a, b] = COLLIDING.map((text) => encoder.encode(text));
    expect(fnv1a(a!, 0, a!.length)).toBe(fnv1a(b!, 0, b!.length));
    const set = new ByteArenaSet({ slots: 4 });
    const hash = set.hash(a!, 0, a!.length);
    set.add(a!, 0, a!.length, hash);
    expect(set.find(b!, 0, b!.length, hash)).toBe(-1);
    expect(set.add(b!, 0, b!.length, hash)).toBe(1);
    expect(set.find(a!, 0, a!.length, hash)).toBe(0);
    expect(set.find(b!, 0, b!.length, hash)).toBe(1);
  });

  it('grown to the room expected, then past it, keeps every entry; once sealed its entries are read, not found', () => {
    const set = new ByteArenaSet({ expected: 1000 });
    const texts = Array.from({ length: 5000 }, (_, i) => `(2019)沪01民初${i}号`.repeat(1 + (i % 3)));
    for (const text of texts) {
      const bytes = encoder.encode(text);
      set.add(bytes, 0, bytes.length, set.hash(bytes, 0, bytes.length));
    }
    set.seal();
    texts.forEach((text, entry) => expect(new TextDecoder().decode(set.bytesOf(entry))).toBe(text));
    const bytes = encoder.encode(texts[0]!);
    expect(() => set.find(bytes, 0, bytes.length, set.hash(bytes, 0, bytes.length))).toThrow(/sealed/);
  });

  it('refuses a slot count that is not a power of two', () => {
    expect(() => new ByteArenaSet({ slots: 6 })).toThrow(RangeError);
  });
});

describe('WTF-8 bytes of a text', () => {
  it('give back the text, lone surrogates included, and differ from U+FFFD', () => {
    for (const text of ['A1', '案号\ud800', '\udc00x\ud83d\ude00', '\ufffd'])
      expect(textOfWtf8(wtf8Bytes(text))).toBe(text);
    expect(wtf8Bytes('\ud800')).not.toEqual(wtf8Bytes('\ufffd'));
  });
});

describe('the key check over a field read only for it', () => {
  it('finds in a CSV the duplicates a string column of the key finds: same rows, lines and messages', () => {
    const rows = [
      `${COLLIDING[0]},黄浦区,民事,一审,2019-01-07,2019-02-01`,
      `${COLLIDING[1]},徐汇区,民事,一审,2019-01-08,2019-02-01`,
      'K-0001,黄浦区,民事,一审,2019-01-07,',
      'K-0002,静安区,民事,一审,2019-01-07,',
      '',
      'K-0001,长宁区,民事,一审,2019-01-09,',
      `${COLLIDING[1]},普陀区,民事,一审,2019-01-10,`,
      '"K-0002",虹口区,民事,一审,2019-01-11,',
      ' K-0002 ,杨浦区,民事,一审,2019-01-11,',
      '（2019）沪01民初562789号,闵行区,民事,一审,2019-01-12,',
      // Closed before filed: quarantined by the check, it still claims its key: the next copies are duplicates.
      'K-0003,宝山区,民事,一审,2019-03-01,2019-02-01',
      'K-0003,嘉定区,民事,一审,2019-03-01,2019-04-01',
      'K-0003,金山区,民事,一审,2019-03-01,',
      '"K-0004\n",松江区,民事,一审,2019-03-01,',
      'K-0004,青浦区,民事,一审,2019-03-01,',
      '12,奉贤区,民事,一审,2019-03-01,',
      '12,崇明区,民事,一审,2019-03-01,',
    ];
    const text = [header, ...rows].join('\n');
    const kept = ingestCsv(cases, text, { fields: WITH_KEY }).table;
    const keyOnly = ingestCsv(cases, text, { fields: WITHOUT_KEY }).table;
    expect(verdict(keyOnly)).toEqual(verdict(kept));
    expect(keyOnly.columns.has('case_id')).toBe(false);
    expect(keyOnly.quarantine.map((entry) => [entry.row, entry.line, entry.code, entry.value])).toEqual([
      [6, 7, 'duplicate_key', 'K-0001'],
      [7, 8, 'duplicate_key', COLLIDING[1]],
      [8, 9, 'duplicate_key', 'K-0002'],
      [9, 10, 'duplicate_key', 'K-0002'],
      [10, 11, 'duplicate_key', '（2019）沪01民初562789号'],
      [11, 12, 'check_failed', 'closed_on 2019-02-01, filed_on 2019-03-01'],
      [12, 13, 'duplicate_key', 'K-0003'],
      [13, 14, 'duplicate_key', 'K-0003'],
      [15, 17, 'duplicate_key', 'K-0004'],
      [17, 19, 'duplicate_key', '12'],
    ]);
    expect(keyOnly.quarantine[0]!.message).toBe(
      'dataset "cases", row 6 (line 7), field "case_id": duplicate case_id "K-0001": first read at row 3 (line 4)',
    );
  });

  it('finds in records the duplicates a string column finds: lone surrogates, numbers, other values', () => {
    const base = { district: '黄浦区', case_type: '民事', procedure: '一审', filed_on: '2019-01-07' };
    const ids: unknown[] = [
      'A\ud800',
      'A\ufffd',
      'A\ud800',
      'A\ufffd',
      'A\udc00',
      12,
      '12',
      ' 12',
      true,
      null,
      '',
      '-',
    ];
    ids.push('(2019)沪0101民初１号', '(2019)沪0101民初1号', '（2019）沪0101民初1号');
    const records = ids.map((case_id) => ({ ...base, case_id }));
    const kept = ingest(cases, records, { fields: WITH_KEY });
    const keyOnly = ingest(cases, records, { fields: WITHOUT_KEY });
    // A kept case_id is required, so empty ones are quarantined there; a key-only one is not.
    const nonEmpty = (table: Table): Table => ({
      ...table,
      quarantine: table.quarantine.filter((entry) => entry.code !== 'required'),
      quality: { ...table.quality, quarantined: table.quarantine.filter((entry) => entry.code !== 'required').length },
    });
    expect(nonEmpty(keyOnly).quarantine).toEqual(nonEmpty(kept).quarantine);
    expect(keyOnly.quarantine.map((entry) => [entry.row, entry.code])).toEqual([
      [3, 'duplicate_key'],
      [4, 'duplicate_key'],
      [7, 'duplicate_key'],
      [8, 'duplicate_key'],
      [9, 'invalid_string'],
      [14, 'duplicate_key'],
      [15, 'duplicate_key'],
    ]);
    expect(keyOnly.quality).toEqual({ read: 15, used: 8, quarantined: 7, skipped: 0 });
  });

  it('takes bytes that are not UTF-8 for the text they decode to, as a string column does', () => {
    const bytes = (text: string): number[] => [...encoder.encode(text)];
    const csv = Uint8Array.from([
      ...bytes(`${header}\n`),
      ...bytes('AB'),
      0xff,
      ...bytes('CDEF,黄浦区,民事,一审,2019-01-07,\nAB'),
      0xfe,
      ...bytes('CDEF,黄浦区,民事,一审,2019-01-07,\nAB'),
      0xed,
      0xa0,
      0x80,
      ...bytes('CDEF,黄浦区,民事,一审,2019-01-07,\n'),
    ]);
    const read = (fields: readonly string[]): Table => {
      const reader = new ByteCsvIngest(cases, { fields });
      reader.push(csv);
      return reader.end().table;
    };
    const keyOnly = read(WITHOUT_KEY);
    expect(verdict(keyOnly)).toEqual(verdict(read(WITH_KEY)));
    expect(keyOnly.quarantine.map((entry) => entry.row)).toEqual([2]);
  });

  it('read in parts (as workers read), finds what one reader finds', () => {
    const rows = [header];
    for (let i = 0; i < 40; i++) rows.push(`K-${i % 13},黄浦区,民事,一审,2019-01-07,`);
    rows.push(`${COLLIDING[0]},黄浦区,民事,一审,2019-01-07,`, `${COLLIDING[1]},黄浦区,民事,一审,2019-01-07,`);
    const bytes = encoder.encode(rows.join('\n'));
    const whole = ingestCsvBytes(cases, bytes, { fields: WITHOUT_KEY });
    expect(verdict(whole.table)).toEqual(verdict(ingestCsvBytes(cases, bytes, { fields: WITH_KEY }).table));
    expect(whole.table.quality.quarantined).toBe(40 - 13);
    for (const part of [1, 7, 64, 500, bytes.length])
      expect(ingestCsvBytesInParts(cases, bytes, { fields: WITHOUT_KEY }, part, 64), `parts of ${part}`).toEqual(whole);
  });

  it('agrees with a string column over 60,000 generated keys, a fifth of them repeated', () => {
    const lines = [header];
    for (let i = 0; i < 60_000; i++) {
      // Every fifth case repeats an earlier one that is no repeat itself.
      const n = i % 5 === 4 ? 5 * ((i * 7919) % Math.ceil(i / 5)) : i;
      lines.push(`(2019)沪${String(n % 17).padStart(2, '0')}民初${n}号,黄浦区,民事,一审,2019-01-07,`);
    }
    const text = lines.join('\n');
    const keyOnly = ingestCsv(cases, text, { fields: WITHOUT_KEY }).table;
    expect(verdict(keyOnly)).toEqual(verdict(ingestCsv(cases, text, { fields: WITH_KEY }).table));
    expect(keyOnly.quality.quarantined).toBe(12_000);
  });
});

describe('KeyTextBuilder', () => {
  it('finishes as the string column a string builder fills from the same values', () => {
    const field = cases.fields.find((entry) => entry.name === 'case_id')!;
    if (field.type !== 'string') throw new Error('case_id is text');
    const keyText = new KeyTextBuilder({ ...field, required: false }, 4);
    const string = createColumnBuilder({ ...field, required: false }, 4);
    const cells = ['K-0001', ' K-0001', 'x\ud800', '', 'K-0002', 'K-0001', 7, '-'];
    cells.forEach((cell, row) => {
      for (const builder of [keyText, string]) {
        expect(builder.stage(cell, row)).toBeNull();
      }
    });
    const column = keyText.finish(cells.length) as DictionaryColumn;
    expect(column).toEqual(string.finish(cells.length));
    expect(column.dictionary).toEqual(['K-0001', 'x\ud800', 'K-0002', '7']);
  });

  it('reads cells given as bytes to the column a string builder reads, bad UTF-8 and lone surrogates included', () => {
    const field = cases.fields.find((entry) => entry.name === 'case_id')!;
    if (field.type !== 'string') throw new Error('case_id is text');
    const keyText = new KeyTextBuilder({ ...field, required: false }, 4);
    const string = createColumnBuilder({ ...field, required: false }, 4);
    const decoder = new TextDecoder();
    const plain = (text: string): Uint8Array => encoder.encode(text);
    const cells: (Uint8Array | string)[] = [
      plain('K-0001'),
      plain('K-0001'),
      Uint8Array.of(0x41, 0x42, 0xff, 0x43, 0x44, 0x45),
      Uint8Array.of(0x41, 0x42, 0xfe, 0x43, 0x44, 0x45),
      plain('AB\ufffdCDE'),
      plain(' K-0001 '),
      plain('n/a'),
      plain('暂无'),
      'AB\ud800CDE',
      wtf8Bytes('AB\ud800CDE'),
      plain('（2019）沪0101民初1号'),
      plain('(2019)沪0101民初1号'),
    ];
    cells.forEach((cell, row) => {
      for (const builder of [keyText, string]) {
        // As TableBuilder.addSpans stages a cell's bytes, or `stage` for a value given as text.
        if (typeof cell === 'string') expect(builder.stage(cell, row)).toBeNull();
        else if (builder.stageBytes(cell, 0, cell.length, row) === undefined) {
          expect(builder.stage(decoder.decode(cell), row)).toBeNull();
          builder.remember(cell, 0, cell.length);
        }
      }
    });
    const column = keyText.finish(cells.length) as DictionaryColumn;
    expect(column).toEqual(string.finish(cells.length));
    expect(column.dictionary).toHaveLength(6);
  });

  it('adds no entry for a row staged over (quarantined), and numbers entries in row order', () => {
    const field = cases.fields.find((entry) => entry.name === 'case_id')!;
    if (field.type !== 'string') throw new Error('case_id is text');
    const keyText = new KeyTextBuilder({ ...field, required: false }, 4);
    // As TableBuilder stages records: row 1 is staged twice, its first record not used.
    keyText.stageBytes(encoder.encode('K-0003'), 0, 6, 0);
    keyText.stage('K-0009', 1);
    keyText.stageBytes(encoder.encode('K-0008'), 0, 6, 1);
    keyText.stageBytes(encoder.encode('K-0001'), 0, 6, 2);
    keyText.stage('K-0007', 3);
    const keys = keyText.keyTexts(3);
    expect(keys.size).toBe(3);
    expect([0, 1, 2].map((entry) => keys.textOf(entry))).toEqual(['K-0003', 'K-0008', 'K-0001']);
    expect([...keys.codes]).toEqual([0, 1, 2]);
  });

  it('keeps the bytes of a new text when the chunk they lay in is read over before the row is settled', () => {
    const field = cases.fields.find((entry) => entry.name === 'case_id')!;
    if (field.type !== 'string') throw new Error('case_id is text');
    const keyText = new KeyTextBuilder({ ...field, required: false }, 4);
    const chunk = encoder.encode('K-0001');
    expect(keyText.stageBytes(chunk, 0, chunk.length, 0)).toBeNull();
    chunk.set(encoder.encode('K-0002'));
    expect(keyText.stageBytes(chunk, 0, chunk.length, 1)).toBeNull();
    const column = keyText.finish(2) as DictionaryColumn;
    expect(column.dictionary).toEqual(['K-0001', 'K-0002']);
    expect([...column.codes]).toEqual([0, 1]);
  });
});
