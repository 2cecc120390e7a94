import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeXlsx, type XlsxCellValue } from '../../scripts/write-xlsx.js';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { builtInCatalog, evaluate, parseMapping } from '../../src/index.js';
import { readDatasetFile } from '../../src/node/index.js';

const root = new URL('../..', import.meta.url).pathname;
const catalog = builtInCatalog('court-case-quality');
const cases = catalog.datasets[0]!;
const mapping = parseMapping(JSON.parse(readFileSync(join(root, 'seeds/mapping.json'), 'utf8')))['cases']!;

/**
 * The seed CSV as an analyst's Excel export: dates as date cells, day counts and amounts as
 * numbers, the rest as text, on a sheet "案件" after a cover sheet.
 */
function seedWorkbook(): Uint8Array {
  const [header, ...lines] = readFileSync(join(root, 'seeds/cases.csv'), 'utf8').trim().split('\n');
  const names = header!.split(',');
  const cell = (name: string, text: string): XlsxCellValue => {
    if (text === '') return null;
    if (name === '立案日期' || name === '结案日期')
      return {
        date: text
          .split('/')
          .map((part, i) => (i === 0 ? part : part.padStart(2, '0')))
          .join('-'),
      };
    if (['审限天数', '扣除审限天数', '执行标的', '到位金额'].includes(name)) return Number(text);
    return text;
  };
  const rows = [names, ...lines.map((line) => line.split(',').map((text, i) => cell(names[i]!, text)))];
  return writeXlsx([
    { name: '封面', rows: [['2019 年案件台账'], ['导出自审判管理系统']] },
    { name: '案件', rows },
  ]);
}

let directory: string;
let workbook: string;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'lawgauge-xlsx-'));
  workbook = join(directory, '案件台账.xlsx');
  writeFileSync(workbook, seedWorkbook());
});

async function cli(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (text) => void (out += text), err: (text) => void (err += text), errIsTTY: false };
  return { code: await runCli(args, io), out, err };
}

describe('Excel workbooks wherever CSV is read', () => {
  it('readDatasetFile reads a chosen sheet into the same table as the CSV, with the sheet row as the line', async () => {
    const fromCsv = await readDatasetFile(join(root, 'seeds/cases.csv'), { dataset: cases, mapping });
    const fromXlsx = await readDatasetFile(workbook, { dataset: cases, mapping, sheet: '案件' });
    expect(fromXlsx.format).toBe('xlsx');
    expect(fromXlsx.table.quality).toEqual(fromCsv.table.quality);
    const options = { by: 'district', period: 'quarter', from: '2019-01-01', to: '2019-12-31' } as const;
    expect(evaluate(catalog, { cases: fromXlsx.table }, options)).toEqual(
      evaluate(catalog, { cases: fromCsv.table }, options),
    );
    // By number too; the first sheet (the cover) has no such header.
    expect((await readDatasetFile(workbook, { dataset: cases, mapping, sheet: 2 })).table.length).toBe(
      fromCsv.table.length,
    );
    await expect(readDatasetFile(workbook, { dataset: cases, mapping })).rejects.toThrow(
      /the file has no column "案号" for field "case_id"[^]*read the first sheet, "封面"; the workbook's sheets: "封面", "案件" — choose one with --sheet/,
    );
  });

  it('lawgauge compute --sheet gives the Reports the CSV gives, and says it read a workbook', async () => {
    const args = [
      '--catalog',
      'court-case-quality',
      '--map',
      join(root, 'seeds/mapping.json'),
      '--by',
      'district',
      '--period',
      'year',
      '--format',
      'json',
      '--lang',
      'en',
    ];
    const csv = await cli(['compute', ...args, '--data', `cases=${join(root, 'seeds/cases.csv')}`]);
    const xlsx = await cli(['compute', ...args, '--data', `cases=${workbook}`, '--sheet', '案件']);
    expect(xlsx.code).toBe(0);
    expect(JSON.parse(xlsx.out)).toEqual(JSON.parse(csv.out));
    expect(xlsx.err).toContain('xlsx');
  });

  it('footer rows (合计, 合计：2件, Total: 150) and a row of empty cells are skipped, not rejected, as in CSV', async () => {
    const header = ['case_id', 'district', 'case_type', 'procedure', 'filed_on', 'closed_on', 'claim_amount'];
    const file = join(directory, 'footer.xlsx');
    writeFileSync(
      file,
      writeXlsx([
        {
          name: 'cases',
          rows: [
            header,
            ['A1', '黄浦区', '民事', '一审', { date: '2019-01-07' }, null, 100],
            ['A2', '徐汇区', '民事', '一审', { date: '2019-02-01' }, null, 50],
            { row: 5, cells: ['', '', ''] },
            { row: 6, cells: ['合计', null, null, null, null, null, 150] },
            // The value in the label's cell, as WPS and some systems export it.
            { row: 7, cells: ['合计：2件', null, null, null, null, null, null] },
            { row: 8, cells: [null, 'Total: 150'] },
          ],
        },
      ]),
    );
    const { table } = await readDatasetFile(file, {
      dataset: cases,
      fields: ['case_id', 'district', 'case_type', 'procedure', 'filed_on', 'closed_on', 'claim_amount'],
    });
    expect(table.quality).toEqual({ read: 6, used: 2, quarantined: 0, skipped: 4 });
    expect(table.skippedRows.rows.map((row) => [row.line, row.reason])).toEqual([
      [5, 'blank'],
      [6, 'footer'],
      [7, 'footer'],
      [8, 'footer'],
    ]);
  });

  it('an old binary .xls (or a password-protected workbook) is refused, saying what to do', async () => {
    const xls = join(directory, 'old.xls');
    writeFileSync(
      xls,
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]),
    );
    const run = await cli(['compute', '--catalog', 'court-case-quality', '--data', `cases=${xls}`]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/\.xls.*save it as \.xlsx/);
  });
});
