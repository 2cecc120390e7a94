// A new user's government exports: a title row above the header, notes below the 合计 footer.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../src/cli/main.js';
import { ingestCsv, ingestCsvBytes, ingestXlsx } from '../src/index.js';
import { writeXlsx } from '../scripts/write-xlsx.js';
import { builtInCatalog } from '../src/catalogs/built-in.js';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text), errIsTTY: false });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'lawgauge-trial-ingest-'));
const HEADER = '案号,法院,区,案件类型,审级,立案日期,结案日期,审限天数\n';
const ROWS = `(2019)沪0101民初1号,黄浦法院,黄浦区,民事,一审,2019/3/5,2019/4/5,90
(2019)沪0101民初2号,黄浦法院,黄浦区,民事,一审,2019/3/6,,90
`;
const compute = (file: string, ...more: string[]) =>
  cli('compute', '--catalog', 'court-case-quality', '--data', `cases=${file}`, '--indicator', 'filed_cases', ...more);

describe('a title row above the header', () => {
  const titled = join(dir, 'titled.csv');
  writeFileSync(titled, `2019年案件台账,,,,,,,\n${HEADER}${ROWS}`);

  it('without --header-row: the error says where the header seems to be, and how to take it', async () => {
    const en = await compute(titled, '--lang', 'en');
    expect(en.code).toBe(EXIT.usage);
    expect(en.err).toContain(
      `${titled}: the header seems to be on line 2 (the rows above it look like a title): set "headerRow": 2 in the dataset's mapping, or add --header-row 2`,
    );
    const zh = await compute(titled, '--lang', 'zh-CN');
    expect(zh.err).toContain(
      '表头似乎在第 2 行（其上方的行像是标题）：请在映射文件中该数据集下写 "headerRow": 2，或加 --header-row 2',
    );
  });

  it('--header-row 2 reads it, the title counted as skipped (read = used + quarantined + skipped)', async () => {
    const { code, err } = await compute(titled, '--header-row', '2', '--lang', 'en');
    expect(code).toBe(EXIT.ok);
    expect(err).toContain('read 3, used 2, quarantined 0 (0.00%), skipped 1 (1 title)');
    expect(err).toContain('skipped: line 1 (title)');
  });

  it("the mapping's headerRow does the same; a file without a title is not guessed at", async () => {
    const mapping = join(dir, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ cases: { headerRow: 2 } }));
    const { code, err } = await compute(titled, '--map', mapping, '--lang', 'en');
    expect(code).toBe(EXIT.ok);
    expect(err).toContain('read 3, used 2');
    const plain = join(dir, 'plain.csv');
    writeFileSync(plain, `案件编号,法院\n1,黄浦法院\n`);
    const miss = await compute(plain, '--lang', 'en');
    expect(miss.code).toBe(EXIT.usage);
    expect(miss.err).not.toContain('header seems');
  });

  it('ingestCsv takes headerRow in the mapping; its message comes first and names no CLI flag', () => {
    const cases = builtInCatalog('court-case-quality').datasets.find((entry) => entry.id === 'cases')!;
    const text = `2019年案件台账,,,,,,,\n${HEADER}${ROWS}`;
    const fields = ['case_id', 'district', 'case_type', 'procedure', 'filed_on'];
    const { table } = ingestCsv(cases, text, { mapping: { headerRow: 2 }, fields });
    expect(table.quality).toEqual({ read: 3, used: 2, quarantined: 0, skipped: 1 });
    expect(table.skippedRows.title).toBe(1);
    const error = ((): Error => {
      try {
        ingestCsv(cases, text, { fields });
      } catch (thrown) {
        return thrown as Error;
      }
      throw new Error('read without its header');
    })();
    expect(error.message.split('\n')[0]).toBe(
      'csv.header: the header seems to be on line 2 (the rows above it look like a title): set "headerRow": 2 in the dataset\'s mapping',
    );
    expect(error.message).toContain('the header seems to be on line 2');
    expect(error.message).not.toContain('--header-row');
  });
});

describe("a title row above a workbook sheet's header", () => {
  const cases = builtInCatalog('court-case-quality').datasets.find((entry) => entry.id === 'cases')!;
  const fields = ['case_id', 'district', 'case_type', 'procedure', 'filed_on'];
  const header = HEADER.trim().split(',');
  const bytes = writeXlsx([
    {
      name: 'cases',
      rows: [
        { row: 1, cells: ['2019年案件台账'] },
        { row: 2, cells: header },
        ...ROWS.trim()
          .split('\n')
          .map((line, index) => ({ row: index + 3, cells: line.split(',') })),
        { row: 5, cells: ['合计：2件'] },
        { row: 6, cells: ['制表人：张三'] },
      ],
    },
  ]);

  it('headerRow 2: the wider header under a one-cell title is read whole; the title and the note are skipped', async () => {
    const { table } = await ingestXlsx(cases, bytes, { mapping: { headerRow: 2 }, fields });
    expect(table.quality).toEqual({ read: 5, used: 2, quarantined: 0, skipped: 3 });
    expect([table.skippedRows.title, table.skippedRows.footer, table.skippedRows.note]).toEqual([1, 1, 1]);
  });

  it('without it, the error says the header seems to be on row 2', async () => {
    const error = (await ingestXlsx(cases, bytes, { fields }).catch((thrown: unknown) => thrown)) as Error;
    expect(error.message).toContain('the header seems to be on line 2');
  });
});

describe('notes below the 合计 footer', () => {
  it('are skipped as notes, not quarantined; a data row after the footer is still read', async () => {
    const file = join(dir, 'footers.csv');
    writeFileSync(
      file,
      `${HEADER}${ROWS}合计：2件,,,,,,,180\n制表人：张三,,,,,,,\n数据来源：审判管理系统导出 2020-01-02,,,,,,,\n(2019)沪0101民初3号,黄浦法院,黄浦区,民事,一审,2019/3/7,,90\n`,
    );
    const { code, err } = await compute(file, '--lang', 'en');
    expect(code).toBe(EXIT.ok);
    expect(err).toContain('read 6, used 3, quarantined 0 (0.00%), skipped 3 (1 footer, 2 note)');
    expect(err).toContain('skipped: line 4 (footer), line 5 (note), line 6 (note)');
    const zh = await compute(file, '--lang', 'zh-CN');
    expect(zh.err).toContain('第 5 行（表尾说明）');
  });

  it('a row with only its first cell filled before any footer is still quarantined', async () => {
    const file = join(dir, 'no-footer.csv');
    writeFileSync(file, `${HEADER}${ROWS}制表人：张三,,,,,,,\n`);
    const { code, err } = await compute(file, '--lang', 'en');
    expect(code).toBe(EXIT.data);
    expect(err).toContain('quarantined 1');
  });
});

describe('a UTF-16 file (Excel\'s "Unicode Text")', () => {
  const text = `${HEADER}${ROWS}`;
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const file = join(dir, 'u16.csv');
  writeFileSync(file, le);

  it('is named as UTF-16 with how to save it, in both languages, with no --encoding hint', async () => {
    const en = await compute(file, '--lang', 'en');
    expect(en.code).toBe(EXIT.usage);
    expect(en.err).toContain(
      `${file}: the file is UTF-16 text (little-endian, as Excel's "Unicode Text" writes it), which is read neither as UTF-8 nor as GBK; in Excel save it as "CSV UTF-8 (Comma delimited)" or as a workbook (.xlsx)`,
    );
    expect(en.err).not.toContain('--encoding');
    const zh = await compute(file, '--lang', 'zh-CN', '--encoding', 'gb18030');
    expect(zh.err).toContain('文件是 UTF-16 编码的文本（小端序，Excel 另存为"Unicode 文本"时即是）');
    expect(zh.err).not.toContain('GB18030；');
  });

  it('the library says the same from the bytes, big-endian too', () => {
    const cases = builtInCatalog('court-case-quality').datasets.find((entry) => entry.id === 'cases')!;
    const be = Buffer.from(le.subarray(2)).swap16();
    for (const [bytes, order] of [
      [le, 'little-endian'],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'big-endian'],
    ] as const)
      expect(() => ingestCsvBytes(cases, new Uint8Array(bytes))).toThrow(`the file is UTF-16 text (${order}`);
  });
});

describe('the "excel-serial" hint, followed', () => {
  const cases = builtInCatalog('court-case-quality').datasets.find((entry) => entry.id === 'cases')!;
  const fields = ['case_id', 'district', 'case_type', 'procedure', 'filed_on'];
  const header = ['案号', '区', '案件类型', '审级', '立案日期'];

  it("a workbook's date cells are read whatever the format; its numbers as serial days", async () => {
    const bytes = writeXlsx([
      {
        name: 'cases',
        rows: [
          { row: 1, cells: header },
          { row: 2, cells: ['A1', '黄浦区', '民事', '一审', { date: '2019-03-05' }] },
          { row: 3, cells: ['A2', '黄浦区', '民事', '一审', 43529] },
        ],
      },
    ]);
    for (const format of ['excel-serial', 'DD/MM/YYYY']) {
      const { table } = await ingestXlsx(cases, bytes, { mapping: { formats: { filed_on: format } }, fields });
      expect(table.quarantine.map((entry) => entry.reason)).toEqual(
        format === 'excel-serial' ? [] : ['"43529" is not a valid date (expected the date format "DD/MM/YYYY")'],
      );
    }
  });

  it('in a CSV, "excel-serial" reads the numbers as serial days and the dates written as dates as before', () => {
    const text = `${header.join(',')}\nA1,黄浦区,民事,一审,43529\nA2,黄浦区,民事,一审,2019/3/5\nA3,黄浦区,民事,一审,2019-03-05\n`;
    const { table } = ingestCsv(cases, text, { mapping: { formats: { filed_on: 'excel-serial' } }, fields });
    expect(table.quality).toEqual({ read: 3, used: 3, quarantined: 0, skipped: 0 });
    const days = (table.columns.get('filed_on') as { values: Int32Array }).values;
    expect([...days.subarray(0, 3)].map((day) => new Date(day * 86400000).toISOString().slice(0, 10))).toEqual([
      '2019-03-05',
      '2019-03-05',
      '2019-03-05',
    ]);
  });
});
