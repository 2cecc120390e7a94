// A GB18030 (GBK) JSON or NDJSON file holding bytes that are not GB18030 is held to the same rule
// as a CSV and as a UTF-8 file: an NDJSON line holding them is quarantined as `invalid_encoding`
// naming its line and the bad byte's offset in the file, and a JSON document (which cannot be
// partly used) stops the read naming the offset — rather than reading the bytes as U+FFFD into a
// value (a new district "\uFFFD闵行区").
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInCatalog, EN_ISSUES, LawGaugeError, wordIssue, ZH_CN_ISSUES } from '../../src/index.js';
import { readDatasetFile, type ReadDatasetOptions } from '../../src/node/index.js';

const dataset = builtInCatalog('procuratorate').datasets[0]!;
const dir = mkdtempSync(join(tmpdir(), 'lawgauge-gb18030-json-'));
/** 黄浦区 and 闵行区 in GBK. */
const HUANGPU = [0xbb, 0xc6, 0xc6, 0xd6, 0xc7, 0xf8];
const MINHANG = [0xe3, 0xc9, 0xd0, 0xd0, 0xc7, 0xf8];

function write(name: string, bytes: Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** One record as GBK JSON, `district` given as bytes. */
const record = (day: number, district: readonly number[]): Buffer =>
  Buffer.concat([
    Buffer.from(`{"accepted_on":"2019-01-${String(day).padStart(2, '0')}","district":"`),
    Buffer.from(district),
    Buffer.from('","arrest_review":true,"prosecution_review":false,"extra_steps":1}'),
  ]);

const lines = (records: readonly Buffer[]): Buffer =>
  Buffer.concat(records.flatMap((each) => [each, Buffer.from('\n')]));

const gbk = (from: number, count: number): Buffer[] =>
  Array.from({ length: count }, (_, index) =>
    record(((from + index - 1) % 28) + 1, index % 2 === 0 ? HUANGPU : MINHANG),
  );

function districts(table: Awaited<ReturnType<typeof readDatasetFile>>['table']): readonly string[] {
  const column = table.columns.get('district');
  if (column === undefined || !('dictionary' in column)) throw new Error('district is not a dictionary column');
  return [...column.dictionary];
}

describe('a GB18030 NDJSON file with bytes that are not GB18030', () => {
  const bytes = lines([...gbk(1, 3), record(4, [0xff, ...MINHANG]), ...gbk(5, 4)]);
  const offset = bytes.indexOf(0xff);

  for (const options of [{ encoding: 'gb18030' }, {}] as const satisfies readonly Partial<ReadDatasetOptions>[])
    it(`quarantines the line, naming it and the byte's offset (encoding ${options.encoding ?? 'auto'})`, async () => {
      const result = await readDatasetFile(write('stray.ndjson', bytes), { dataset, ...options });
      expect(result.encoding).toBe('gb18030');
      const { quality, quarantine } = result.table;
      expect(quality).toEqual({ read: 8, used: 7, quarantined: 1, skipped: 0 });
      expect(quarantine).toHaveLength(1);
      const entry = quarantine[0]!;
      expect(entry).toMatchObject({
        line: 4,
        field: '*',
        code: 'invalid_encoding',
        params: { where: 'row', offset, byte: 0xff, count: 1, encoding: 'gb18030' },
      });
      expect(entry.reason).toBe(`the bytes at byte ${offset} (0xFF) are not valid GB18030; the row is not read`);
      expect(wordIssue(EN_ISSUES, entry)).toBe(entry.reason);
      expect(wordIssue(ZH_CN_ISSUES, entry)).toBe(`第 ${offset} 字节（0xFF）起的字节不是有效的 GB18030；该行未读取`);
      expect(districts(result.table)).toEqual(['黄浦区', '闵行区']);
    });

  it('names the lines past the first chunk, counts several errors on a line, and a lead cut off at the end', async () => {
    // Over 1 MiB: the stray bytes fall in the second chunk, one on a record that straddles the cut.
    const head = gbk(1, 14000);
    const headBytes = lines(head).length;
    const file = Buffer.concat([
      lines(head),
      lines([record(1, [...HUANGPU, 0xff, 0x81]), record(2, MINHANG)]),
      record(3, HUANGPU).subarray(0, 40),
      Buffer.from([0x81]),
    ]);
    expect(headBytes).toBeGreaterThan(1 << 20);
    const result = await readDatasetFile(write('several.ndjson', file), { dataset, encoding: 'gb18030' });
    const stray = file.indexOf(0xff);
    expect(result.table.quality).toEqual({ read: 14003, used: 14001, quarantined: 2, skipped: 0 });
    expect(result.table.quarantine.map((entry) => [entry.line, entry.code, entry.params])).toEqual([
      [14001, 'invalid_encoding', { where: 'row', offset: stray, byte: 0xff, count: 2, encoding: 'gb18030' }],
      [14003, 'invalid_encoding', { where: 'row', offset: file.length - 1, byte: 0x81, count: 1, encoding: 'gb18030' }],
    ]);
    expect(districts(result.table)).toEqual(['黄浦区', '闵行区']);
  });

  it('reads a U+FFFD the file encodes (84 31 A4 37) as a value', async () => {
    const file = lines([...gbk(1, 3), record(4, [0x84, 0x31, 0xa4, 0x37])]);
    const result = await readDatasetFile(write('replacement.ndjson', file), { dataset, encoding: 'gb18030' });
    expect(result.table.quality).toEqual({ read: 4, used: 4, quarantined: 0, skipped: 0 });
    expect(districts(result.table)).toEqual(['黄浦区', '闵行区', '\uFFFD']);
  });
});

describe('a UTF-8 NDJSON file with a stray byte', () => {
  it('quarantines the line the same way, naming the byte and its offset', async () => {
    const bytes = Buffer.concat([
      Buffer.from(
        '{"accepted_on":"2019-01-05","district":"黄浦区","arrest_review":true,"prosecution_review":false,"extra_steps":0}\n',
      ),
      Buffer.from('{"accepted_on":"2019-01-06","district":"闵行'),
      Buffer.from([0xff]),
      Buffer.from('区","arrest_review":true,"prosecution_review":false,"extra_steps":0}\n'),
    ]);
    const result = await readDatasetFile(write('stray-utf8.ndjson', bytes), { dataset });
    expect(result.encoding).toBe('utf-8');
    expect(result.table.quality).toEqual({ read: 2, used: 1, quarantined: 1, skipped: 0 });
    expect(result.table.quarantine[0]).toMatchObject({
      line: 2,
      code: 'invalid_encoding',
      params: { where: 'row', offset: bytes.indexOf(0xff), byte: 0xff, count: 1 },
    });
  });
  it('names the first byte of a sequence the file ends inside, cut by the last chunk of one byte', async () => {
    const line =
      '{"accepted_on":"2019-01-05","district":"黄浦区","arrest_review":true,"prosecution_review":false,"extra_steps":0}\n';
    const head = Buffer.from(line.repeat(Math.floor((1 << 20) / Buffer.byteLength(line))));
    // The first MiB ends in `{"district":"` and E9, a three-byte lead; the file's last byte is 80.
    const last = Buffer.from('{"accepted_on":"2019-01-06","district":"');
    const fill = Buffer.from(' '.repeat((1 << 20) - head.length - last.length - 1));
    const bytes = Buffer.concat([head, fill, last, Buffer.from([0xe9, 0x80])]);
    expect(bytes.length).toBe((1 << 20) + 1);
    const result = await readDatasetFile(write('cut-end.ndjson', bytes), { dataset, encoding: 'utf-8' });
    const lines = head.length / Buffer.byteLength(line);
    expect(result.table.quality).toEqual({ read: lines + 1, used: lines, quarantined: 1, skipped: 0 });
    expect(result.table.quarantine[0]).toMatchObject({
      line: lines + 1,
      code: 'invalid_encoding',
      params: { where: 'row', offset: (1 << 20) - 1, byte: 0xe9, count: 1 },
    });
  });
});

describe('a GB18030 JSON file with bytes that are not GB18030', () => {
  it('stops the read naming the first offset and the count (one document cannot be partly used)', async () => {
    const bytes = Buffer.concat([
      Buffer.from('['),
      record(1, HUANGPU),
      Buffer.from(','),
      record(2, [0xff, ...MINHANG]),
      Buffer.from(','),
      record(3, [...HUANGPU, 0xff]),
      Buffer.from(']'),
    ]);
    const offset = bytes.indexOf(0xff);
    const error = await readDatasetFile(write('stray.json', bytes), { dataset, encoding: 'gb18030' }).then(
      () => null,
      (problem: unknown) => problem,
    );
    expect(error).toBeInstanceOf(LawGaugeError);
    const issue = (error as LawGaugeError).issues[0]!;
    expect(issue).toMatchObject({
      code: 'invalid_encoding',
      params: { where: 'records', offset, byte: 0xff, count: 2, encoding: 'gb18030' },
    });
    expect(issue.message).toBe(
      `the bytes at byte ${offset} (0xFF) (and 1 more place) are not valid GB18030; fix them, or give --encoding utf-8 if the file is UTF-8`,
    );
    expect(wordIssue(EN_ISSUES, issue)).toBe(issue.message);
    expect(wordIssue(ZH_CN_ISSUES, issue)).toBe(
      `第 ${offset} 字节（0xFF）起的字节（另有 1 处）不是有效的 GB18030；请修正，若文件是 UTF-8 编码请加 --encoding utf-8`,
    );
  });

  it('reads a clean GBK JSON file', async () => {
    const bytes = Buffer.concat([
      Buffer.from('['),
      record(1, HUANGPU),
      Buffer.from(','),
      record(2, MINHANG),
      Buffer.from(']'),
    ]);
    const result = await readDatasetFile(write('clean.json', bytes), { dataset, encoding: 'gb18030' });
    expect(result.table.quality).toEqual({ read: 2, used: 2, quarantined: 0, skipped: 0 });
    expect(districts(result.table)).toEqual(['黄浦区', '闵行区']);
  });
});
