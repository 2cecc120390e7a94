// A GB18030 CSV holding bytes that are not GB18030 (a stray 0xFF in a court's name, a lead byte cut
// off at the end) quarantines the row holding them as `invalid_encoding`, like a stray byte in a
// UTF-8 file, naming the offset of the bad byte in the file (not in the UTF-8 the transcoder made),
// rather than reading it as U+FFFD into a new group. A U+FFFD the file encodes itself is a value.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInCatalog, EN_ISSUES, wordIssue, ZH_CN_ISSUES } from '../../src/index.js';
import type { readDatasetFile, ReadDatasetOptions } from '../../src/node/index.js';
import { readBothWays } from '../support/read-both-ways.js';

const dataset = builtInCatalog('procuratorate').datasets[0]!;
const dir = mkdtempSync(join(tmpdir(), 'lawgauge-gb18030-bad-'));
const HEADER = 'accepted_on,district,arrest_review,prosecution_review,extra_steps\n';
/** 黄浦区 and 闵行区 in GBK. */
const HUANGPU = [0xbb, 0xc6, 0xc6, 0xd6, 0xc7, 0xf8];
const MINHANG = [0xe3, 0xc9, 0xd0, 0xd0, 0xc7, 0xf8];
/** U+FFFD as GB18030 encodes it: a character, not an error. */
const REPLACEMENT_CHARACTER = [0x84, 0x31, 0xa4, 0x37];

function write(name: string, bytes: Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

const row = (day: number, district: readonly number[]): Buffer =>
  Buffer.concat([
    Buffer.from(`2019-01-${String(day).padStart(2, '0')},`),
    Buffer.from(district),
    Buffer.from(',1,0,1\n'),
  ]);

/** Enough GBK rows for `--encoding auto` to choose GB18030. */
const gbkRows = (from: number, count: number): Buffer[] =>
  Array.from({ length: count }, (_, index) => row(from + index, index % 2 === 0 ? HUANGPU : MINHANG));

function districts(table: Awaited<ReturnType<typeof readDatasetFile>>['table']): readonly string[] {
  const column = table.columns.get('district');
  if (column === undefined || !('dictionary' in column)) throw new Error('district is not a dictionary column');
  return [...column.dictionary];
}

describe('a GB18030 CSV with bytes that are not GB18030', () => {
  const bytes = Buffer.concat([Buffer.from(HEADER), ...gbkRows(1, 3), row(4, [0xff, ...MINHANG]), ...gbkRows(5, 4)]);
  const offset = bytes.indexOf(0xff);

  for (const options of [{ encoding: 'gb18030' }, {}] as const satisfies readonly Partial<ReadDatasetOptions>[])
    it(`quarantines the row with a stray 0xFF, naming its offset in the file (encoding ${options.encoding ?? 'auto'})`, async () => {
      const result = await readBothWays(write('stray.csv', bytes), { dataset, ...options });
      expect(result.encoding).toBe('gb18030');
      const { quality, quarantine } = result.table;
      expect(quality).toEqual({ read: 8, used: 7, quarantined: 1, skipped: 0 });
      expect(quality.read).toBe(quality.used + quality.quarantined + quality.skipped);
      expect(quarantine).toHaveLength(1);
      const entry = quarantine[0]!;
      expect(entry).toMatchObject({
        row: 4,
        line: 5,
        field: '*',
        code: 'invalid_encoding',
        params: { where: 'row', offset, byte: 0xff, count: 1, encoding: 'gb18030' },
      });
      expect(entry.reason).toBe(`the bytes at byte ${offset} (0xFF) are not valid GB18030; the row is not read`);
      expect(wordIssue(EN_ISSUES, entry)).toBe(entry.reason);
      expect(wordIssue(ZH_CN_ISSUES, entry)).toBe(`第 ${offset} 字节（0xFF）起的字节不是有效的 GB18030；该行未读取`);
      expect(districts(result.table)).toEqual(['黄浦区', '闵行区']);
    });

  it('counts the errors of a row, and names a four-byte sequence GB18030 leaves out and a lead cut off at the end', async () => {
    // 84 32 A4 37: past the last BMP pointer and before U+10000's, so no character.
    const unmapped = [0x84, 0x32, 0xa4, 0x37];
    const file = Buffer.concat([
      Buffer.from(HEADER),
      ...gbkRows(1, 3),
      // A lead before the comma: the comma is read again.
      row(4, [...HUANGPU, 0xff, 0x81]),
      row(5, [...unmapped, ...MINHANG]),
      Buffer.from('2019-01-06,'),
      Buffer.from([...HUANGPU, 0x2c, 0x31, 0x2c, 0x30, 0x2c, 0x81]),
    ]);
    const result = await readBothWays(write('several.csv', file), { dataset, encoding: 'gb18030' });
    const { quality, quarantine } = result.table;
    expect(quality).toEqual({ read: 6, used: 3, quarantined: 3, skipped: 0 });
    const stray = file.indexOf(0xff);
    const unmappedAt = file.indexOf(Buffer.from(unmapped));
    expect(quarantine.map((entry) => [entry.line, entry.params])).toEqual([
      [5, { where: 'row', offset: stray, byte: 0xff, count: 2, encoding: 'gb18030' }],
      [6, { where: 'row', offset: unmappedAt, byte: 0x84, count: 1, encoding: 'gb18030' }],
      [7, { where: 'row', offset: file.length - 1, byte: 0x81, count: 1, encoding: 'gb18030' }],
    ]);
    expect(quarantine[0]!.reason).toBe(
      `the bytes at byte ${stray} (0xFF) are not valid GB18030 (2 such sequences in the row); the row is not read`,
    );
  });

  it('reads a U+FFFD the file encodes (84 31 A4 37) as a value, not an error', async () => {
    const file = Buffer.concat([Buffer.from(HEADER), ...gbkRows(1, 3), row(4, REPLACEMENT_CHARACTER)]);
    const result = await readBothWays(write('replacement.csv', file), { dataset, encoding: 'gb18030' });
    expect(result.table.quality).toEqual({ read: 4, used: 4, quarantined: 0, skipped: 0 });
    expect(districts(result.table)).toEqual(['黄浦区', '闵行区', '\uFFFD']);
  });

  it('a header holding such a byte stops the read, in GB18030 terms', async () => {
    const header = Buffer.concat([
      Buffer.from(HEADER.slice(0, 35)),
      Buffer.from([0xff]),
      Buffer.from(HEADER.slice(35)),
    ]);
    await expect(
      readBothWays(write('header.csv', Buffer.concat([header, ...gbkRows(1, 3)])), { dataset, encoding: 'gb18030' }),
    ).rejects.toThrow('line 1 (the header): the bytes at byte 35 (0xFF) are not valid GB18030');
  });
});
