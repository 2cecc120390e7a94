// The byte arena holding a key field's distinct texts stores their ends as 32-bit integers: past
// 2 GiB − 1 bytes they would wrap, and entries would read back other bytes (duplicates missed or
// invented). The arena refuses to pass its limit, and a read stops with an error naming the
// dataset, the key field and the rows read. The limit is lowered here to drive the guard without
// allocating 2 GiB.
import { afterEach, describe, expect, it } from 'vitest';
import { EN_ISSUES, ingestCsv, ingestCsvBytes, LawGaugeError, wordIssue, ZH_CN_ISSUES } from '../../src/index.js';
import { ByteArenaSet, byteArenaSettings, MAX_ARENA_BYTES } from '../../src/ingest/byte-arena-set.js';
import { casesDataset } from '../support/court-catalog.js';

const encoder = new TextEncoder();
const cases = casesDataset();
const header = 'case_id,district,case_type,procedure,filed_on,closed_on';

afterEach(() => {
  byteArenaSettings.maxBytes = MAX_ARENA_BYTES;
});

function errorOf(run: () => unknown): LawGaugeError {
  try {
    run();
  } catch (error) {
    if (error instanceof LawGaugeError) return error;
    throw error;
  }
  throw new Error('expected a LawGaugeError');
}

describe('ByteArenaSet: its limit', () => {
  it('is 2 GiB − 1 by default, what Int32 ends can hold', () => {
    expect(MAX_ARENA_BYTES).toBe(2 ** 31 - 1);
    expect(new Int32Array([MAX_ARENA_BYTES])[0]).toBe(MAX_ARENA_BYTES);
    expect(new Int32Array([MAX_ARENA_BYTES + 1])[0]).toBeLessThan(0);
  });

  it('holds entries up to the limit exactly, then throws the owner’s error and keeps what it held', () => {
    byteArenaSettings.maxBytes = 2700;
    const calls: [number, number][] = [];
    const set = new ByteArenaSet({
      slots: 2,
      full: (bytes, limit) => {
        calls.push([bytes, limit]);
        return new RangeError('full');
      },
    });
    const add = (text: string): number => {
      const bytes = encoder.encode(text);
      return set.add(bytes, 0, bytes.length, set.hash(bytes, 0, bytes.length));
    };
    // 300 entries of 9 bytes: 2700 bytes, the limit itself.
    for (let i = 0; i < 300; i++) add(`K-${String(i).padStart(7, '0')}`);
    expect(set.size).toBe(300);
    expect(() => add('X')).toThrow('full');
    expect(calls).toEqual([[2701, 2700]]);
    expect(set.size).toBe(300);
    expect(new TextDecoder().decode(set.bytesOf(299))).toBe('K-0000299');
    const first = encoder.encode('K-0000000');
    expect(set.find(first, 0, first.length, set.hash(first, 0, first.length))).toBe(0);
  });

  it('checks a limit below its first room too', () => {
    byteArenaSettings.maxBytes = 8;
    const set = new ByteArenaSet();
    const bytes = encoder.encode('123456789');
    expect(() => set.add(bytes, 0, bytes.length, 1)).toThrow(
      'ByteArenaSet: 9 bytes of entries would pass the limit of 8',
    );
  });
});

describe('a read whose key texts pass the limit', () => {
  const rows = Array.from(
    { length: 40 },
    (_, i) => `(2019)沪01民初${String(100000 + i)}号,黄浦区,民事,一审,2019-01-07,2019-02-01`,
  );
  const text = [header, ...rows].join('\n');

  for (const [reader, read] of [
    ['ingestCsvBytes', () => ingestCsvBytes(cases, encoder.encode(text), { fields: ['district', 'filed_on'] })],
    ['ingestCsv', () => ingestCsv(cases, text, { fields: ['district', 'filed_on'] })],
  ] as const)
    it(`stops with an error naming the dataset, the key field and the rows read (${reader})`, () => {
      // Each case number is 26 bytes of UTF-8: the 20th passes 500, found when the row after it is read.
      byteArenaSettings.maxBytes = 500;
      const error = errorOf(read);
      expect(error.code).toBe('invalid_data');
      const issue = error.issues[0]!;
      expect(issue).toMatchObject({
        code: 'key_texts_too_large',
        path: ['case_id'],
        params: { dataset: 'cases', field: 'case_id', rows: 21, limit: 500 },
      });
      expect(error.message).toBe(
        'cases.case_id: dataset "cases": after 21 rows read, the distinct texts of its key field "case_id" passed 500 bytes, more than one read can hold to tell duplicates apart; split the file (by year or court) and read the parts one by one, or check that the key\'s column holds case numbers, not long text',
      );
      expect(wordIssue(EN_ISSUES, issue)).toBe(issue.message);
      expect(wordIssue(ZH_CN_ISSUES, issue)).toBe(
        '数据集 "cases"：读取 21 行后，主键字段 "case_id" 的不同取值已超过 500 字节，超出一次读取用来判断重复所能容纳的上限；请把文件拆开（按年份或法院）逐个读取，或检查主键所在的列是否确为案号而非长文本',
      );
    });

  it('holds the folded texts to the same limit, with the same error (NFKC may spell them longer)', () => {
    // ㍻ (3 bytes) folds to 平成 (6 bytes): ten case numbers take 190 bytes, folded 340.
    const squared = Array.from(
      { length: 10 },
      (_, i) => `㍻㍻㍻㍻㍻-${String(i).padStart(3, '0')},黄浦区,民事,一审,2019-01-07,`,
    );
    byteArenaSettings.maxBytes = 300;
    const error = errorOf(() =>
      ingestCsvBytes(cases, encoder.encode([header, ...squared].join('\n')), { fields: ['district', 'filed_on'] }),
    );
    expect(error.issues[0]).toMatchObject({
      code: 'key_texts_too_large',
      params: { dataset: 'cases', field: 'case_id', rows: 10, limit: 300 },
    });
  });

  it('reads the same file under the default limit', () => {
    const table = ingestCsvBytes(cases, encoder.encode(text), { fields: ['district', 'filed_on'] }).table;
    expect(table.quality).toEqual({ read: 40, used: 40, quarantined: 0, skipped: 0 });
  });
});
