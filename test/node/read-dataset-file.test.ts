import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInCatalog, ingestCsv } from '../../src/index.js';
import { readDatasetFile } from '../../src/node/index.js';
import { gb18030Bytes } from '../support/gb18030-bytes.js';
import { readBothWays } from '../support/read-both-ways.js';

const dataset = builtInCatalog('procuratorate').datasets[0]!;
const dir = mkdtempSync(join(tmpdir(), 'lawgauge-read-'));
const MIB = 1 << 20;

/** ~3.5 MiB of CSV with three-byte characters everywhere, so 1 MiB chunks cut characters and records. */
function bigCsv(rows: number): string {
  const lines = ['受理日期,区,审查逮捕,审查起诉,可避免的程序环节数'];
  const districts = ['黄浦区', '徐汇区', '浦东新区', '"长宁\n区"', '静安区'];
  for (let i = 0; i < rows; i++)
    lines.push(
      `2019/${(i % 12) + 1}/${(i % 28) + 1},${districts[i % 5]},${i % 3 ? '是' : '否'},否,${i % 4}${i % 997 === 0 ? ',extra' : ''}`,
    );
  return `${lines.join('\r\n')}\r\n`;
}

describe('readDatasetFile', () => {
  it('streams a multi-chunk UTF-8 file to the same table as reading its text at once', async () => {
    const text = bigCsv(120_000);
    const file = join(dir, 'big.csv');
    writeFileSync(file, text);
    const streamed = await readBothWays(file, { dataset });
    expect(streamed.bytes).toBeGreaterThan(3 * 1024 * 1024);
    expect(streamed.encoding).toBe('utf-8');
    const whole = ingestCsv(dataset, text).table;
    // Rows 0, 997, …, 119,640 have an extra field: 121 rejected.
    expect(streamed.table.quality).toEqual({ read: 120_000, used: 120_000 - 121, quarantined: 121, skipped: 0 });
    expect(streamed.table).toEqual(whole);
  });

  it('re-reads a file as GB18030 when bytes that are not UTF-8 first appear after the first chunk', async () => {
    // An export whose first megabytes are plain ASCII, with GBK text only near the end.
    const ascii = ['accepted_on,district,arrest_review,prosecution_review,extra_steps'];
    for (let i = 0; i < 80_000; i++)
      ascii.push(`2019-01-${String((i % 28) + 1).padStart(2, '0')},D${i % 16},1,0,${i % 4}`);
    const utf8 = Buffer.from(`${ascii.join('\n')}\n`, 'utf8');
    // 2019/1/1,黄浦区,1,0,0 with 黄浦区 in GBK (BB C6 C6 D6 C7 F8).
    const gbkRow = Buffer.from([
      0x32, 0x30, 0x31, 0x39, 0x2f, 0x31, 0x2f, 0x31, 0x2c, 0xbb, 0xc6, 0xc6, 0xd6, 0xc7, 0xf8, 0x2c, 0x31, 0x2c, 0x30,
      0x2c, 0x30, 0x0a,
    ]);
    const file = join(dir, 'late.csv');
    writeFileSync(file, Buffer.concat([utf8, gbkRow]));
    const result = await readBothWays(file, { dataset });
    expect(result.encoding).toBe('gb18030');
    expect(utf8.length).toBeGreaterThan(1024 * 1024);
    expect(result.table.quality).toEqual({ read: 80_001, used: 80_001, quarantined: 0, skipped: 0 });
    const district = result.table.columns.get('district');
    expect(district !== undefined && 'dictionary' in district && district.dictionary.includes('黄浦区')).toBe(true);
  });

  it('reads a multi-chunk GB18030 file to the same table as its text, a four-byte character included', async () => {
    // Two-byte characters everywhere, so 1 MiB chunks cut them; a four-byte one (U+20000) after the
    // first chunk; and a BOM.
    const lines = bigCsv(60_000).split('\r\n');
    lines[40_000] = lines[40_000]!.replace(/^([^,]*),[^,]*/, '$1,\u{20000}区');
    const text = `\uFEFF${lines.join('\r\n')}`;
    const file = join(dir, 'big-gb18030.csv');
    const bytes = gb18030Bytes(text);
    expect(bytes.indexOf(Buffer.from([0x95, 0x32, 0x82, 0x36]))).toBeGreaterThan(1024 * 1024);
    writeFileSync(file, bytes);
    const whole = ingestCsv(dataset, text).table;
    for (const encoding of ['gb18030', 'auto'] as const) {
      const read = await readBothWays(file, { dataset, encoding });
      expect(read.encoding).toBe('gb18030');
      expect(read.table).toEqual(whole);
    }
    const district = whole.columns.get('district');
    expect(district !== undefined && 'dictionary' in district && district.dictionary.includes('\u{20000}区')).toBe(
      true,
    );
  });

  // A file that ends one byte into a chunk, with `90 30` (a four-byte sequence begun) ending the
  // chunk before and `7E` (not a lead byte) the last: U+FFFD, then `0~` read again. Node's streaming
  // GB18030 decoder threw a TypeError on such a last chunk. The broken sequence is not GB18030, so
  // its row is quarantined, named by the offset of `90` in the file.
  const BROKEN_END = [0x41, 0x80, 0x90, 0x30, 0x7e];

  it('reads a file ending in a four-byte sequence broken across chunks as decoding the whole file does', async () => {
    const row = (district: string, i = 0): string => `2019/1/${(i % 28) + 1},是,否,${i % 4},${district}\r\n`;
    const rows = Array.from({ length: 30_000 }, (_, i) => row(i % 7 ? '黄浦区' : '"徐汇\n区"', i)).join('');
    const head = gb18030Bytes(`受理日期,审查逮捕,审查起诉,可避免的程序环节数,区\r\n${rows}`);
    const last = gb18030Bytes('2019/1/2,否,否,2,');
    const fill = MIB - head.length - gb18030Bytes(row('')).length - last.length - BROKEN_END.length + 1;
    expect(fill).toBeGreaterThan(0);
    const bytes = Buffer.concat([head, gb18030Bytes(row('x'.repeat(fill))), last, Buffer.from(BROKEN_END)]);
    expect(bytes.length).toBe(MIB + 1);
    const file = join(dir, 'broken-end-gb18030.csv');
    writeFileSync(file, bytes);
    const whole = ingestCsv(dataset, new TextDecoder('gb18030').decode(bytes)).table;
    expect(whole.quality).toEqual({ read: 30_002, used: 30_002, quarantined: 0, skipped: 0 });
    const district = whole.columns.get('district');
    expect(district !== undefined && 'dictionary' in district && district.dictionary.includes('A€\uFFFD0~')).toBe(true);
    const read = await readBothWays(file, { dataset, encoding: 'gb18030' });
    expect(read.table.quality).toEqual({ read: 30_002, used: 30_001, quarantined: 1, skipped: 0 });
    expect(read.table.quarantine).toMatchObject([
      {
        row: 30_002,
        code: 'invalid_encoding',
        params: { where: 'row', offset: bytes.length - 3, byte: 0x90, count: 1, encoding: 'gb18030' },
      },
    ]);
    expect(read.table.columns.get('district')).toEqual(
      ingestCsv(
        dataset,
        new TextDecoder('gb18030').decode(bytes.subarray(0, bytes.length - last.length - 5)),
      ).table.columns.get('district'),
    );
  });

  it('reads GB18030 NDJSON through the same transcoder: a broken sequence across chunks', async () => {
    const record = (district: string): string =>
      `{"accepted_on":"2019-01-05","district":"${district}","arrest_review":1,"prosecution_review":0,"extra_steps":2}\n`;
    // U+FEFF inside the file (GB18030's BOM bytes) is a character like any other.
    const districts = (i: number): string => (i === 4_500 ? '\uFEFF浦东新区' : i % 2 ? '黄浦区' : '徐汇区');
    const head = gb18030Bytes(Array.from({ length: 9_000 }, (_, i) => record(districts(i))).join(''));
    // The last line, cut off inside its district by a broken sequence: not GB18030, so quarantined.
    const last = gb18030Bytes('{"accepted_on":"2019-01-05","district":"');
    const fill = MIB - head.length - record('').length - last.length - BROKEN_END.length + 1;
    expect(fill).toBeGreaterThan(0);
    const bytes = Buffer.concat([head, gb18030Bytes(record('x'.repeat(fill))), last, Buffer.from(BROKEN_END)]);
    expect(bytes.length).toBe(MIB + 1);
    const file = join(dir, 'broken-end-gb18030.ndjson');
    writeFileSync(file, bytes);
    const utf8File = join(dir, 'broken-end-gb18030-as-utf8.ndjson');
    writeFileSync(utf8File, new TextDecoder('gb18030').decode(bytes));
    const read = await readDatasetFile(file, { dataset, encoding: 'gb18030', threads: 0 });
    const expected = await readDatasetFile(utf8File, { dataset, encoding: 'utf-8', threads: 0 });
    expect(read.format).toBe('ndjson');
    expect(read.table.quality).toEqual({ read: 9_002, used: 9_001, quarantined: 1, skipped: 0 });
    // The broken sequence quarantines its line as not GB18030 (the decoded copy's line is not JSON).
    expect(read.table.quarantine.map((entry) => [entry.line, entry.code, entry.params])).toEqual([
      [
        9_002,
        'invalid_encoding',
        { where: 'row', offset: bytes.length - 3, byte: 0x90, count: 1, encoding: 'gb18030' },
      ],
    ]);
    expect(expected.table.quarantine.map((entry) => [entry.line, entry.code])).toEqual([[9_002, 'invalid_json']]);
    expect({ ...read.table, quarantine: [] }).toEqual({ ...expected.table, quarantine: [] });
  });

  it('--encoding utf-8 on bytes that are not UTF-8 is an error naming the file', async () => {
    const file = join(dir, 'gbk.csv');
    writeFileSync(file, Buffer.from([0xca, 0xdc, 0xc0, 0xed, 0xc8, 0xd5, 0xc6, 0xda, 0x0a]));
    await expect(readBothWays(file, { dataset, encoding: 'utf-8' })).rejects.toThrow(
      `${file}: the bytes at byte 0 (0xCA) are not valid UTF-8; give --encoding gb18030 (or auto)`,
    );
  });
});
