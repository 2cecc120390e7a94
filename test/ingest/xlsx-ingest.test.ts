import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { builtInCatalog, ingestCsv, ingestXlsx, LawGaugeError } from '../../src/index.js';
import { readXlsxRows, XlsxIngest, type XlsxRow } from '../../src/internal.js';
import { generateCases, type CaseRecord } from '../../scripts/seeds/cases.js';
import { writeXlsx, type XlsxCellValue, type XlsxRowInput } from '../../scripts/write-xlsx.js';

const dataset = builtInCatalog('court-case-quality').datasets[0]!;
const names = dataset.fields.map((field) => field.name);

function csvText(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function xlsxValue(name: string, value: unknown): XlsxCellValue {
  if (value === null || value === undefined) return null;
  if ((name === 'filed_on' || name === 'closed_on') && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return { date: value };
  return value as XlsxCellValue;
}

describe('XlsxIngest', () => {
  const records: Record<string, unknown>[] = generateCases({ count: 400 }).map((record: CaseRecord) => ({ ...record }));
  // A few bad values, each as a user would type them.
  records[3]!['filed_on'] = '2019/02/30';
  records[10]!['time_limit_days'] = 'ninety';
  // An error cell reads as its text, #N/A, which ingest takes as empty, as it does in CSV.
  records[20]!['claim_amount'] = { error: '#N/A' };

  it('gives the same table as CsvIngest on the same data, with quarantine lines = sheet row numbers', async () => {
    const csv = [
      names.join(','),
      ...records.map((record) =>
        names
          .map((name) => csvText(typeof record[name] === 'object' && record[name] !== null ? '#N/A' : record[name]))
          .join(','),
      ),
    ].join('\n');
    const fromCsv = ingestCsv(dataset, csv);
    // In the sheet the header is on row 3 (rows 1–2 absent) and data starts on row 5: lines differ from the CSV's.
    const sheetRows: XlsxRowInput[] = [
      { row: 3, cells: names },
      ...records.map((record, i) => ({ row: i + 5, cells: names.map((name) => xlsxValue(name, record[name])) })),
    ];
    const bytes = writeXlsx([{ name: 'cases', rows: sheetRows }]);
    const fromXlsx = await ingestXlsx(dataset, bytes, { source: 'cases.xlsx' });
    expect(fromXlsx.columns).toEqual(fromCsv.columns);
    const withoutLine = (message: string): string => message.replace(/\(line \d+\)/, '(line …)');
    expect(fromXlsx.table.quarantine.map((e) => [e.field, e.value, withoutLine(e.message)])).toEqual(
      fromCsv.table.quarantine.map((e) => [e.field, e.value, withoutLine(e.message)]),
    );
    expect(fromXlsx.table.length).toBe(fromCsv.table.length);
    expect(fromXlsx.table.quality).toEqual(fromCsv.table.quality);
    for (const name of names) expect(fromXlsx.table.columns.get(name), name).toEqual(fromCsv.table.columns.get(name));
    const lines = fromXlsx.table.quarantine.map((entry) => [entry.field, entry.line, entry.value]);
    expect(lines).toEqual([
      ['filed_on', 3 + 5, '2019/02/30'],
      ['time_limit_days', 10 + 5, 'ninety'],
    ]);
    expect(fromCsv.table.quarantine.map((entry) => entry.line)).toEqual([3 + 2, 10 + 2]);
  });

  it('takes the first non-empty row as the header, ignores trailing blank headings, and names the sheet row in header errors', async () => {
    const reader = new XlsxIngest(dataset, { source: 'x.xlsx', optional: names });
    reader.push({ row: 1, cells: [null, ' '] });
    reader.push({ row: 2, cells: ['case_id', 'court', null, ''] });
    reader.push({ row: 3, cells: ['X1', '上海市第一中级人民法院', 'ignored'] });
    const { table, columns } = reader.end();
    expect([...columns.keys()]).toEqual(['case_id', 'court']);
    expect(table.length + table.quality.quarantined + table.quality.skipped).toBe(1);
    try {
      new XlsxIngest(dataset).push({ row: 4, cells: ['case_id', 'case_id'] });
      throw new Error('expected an error');
    } catch (error) {
      expect(error).toBeInstanceOf(LawGaugeError);
      expect((error as LawGaugeError).message).toContain('line 4, column 2');
    }
    expect(() => new XlsxIngest(dataset).end()).toThrow('no header row');
  });

  it('reads a workbook written by SheetJS (another writer: its own zip layout, styles, shared strings, formulas)', async () => {
    const sheet = XLSX.utils.aoa_to_sheet(
      [
        ['case_id', 'filed_on', 'amount', 'flag', 'note'],
        ['X1', new Date(Date.UTC(2019, 2, 5)), 12.5, true, '中文 & <tag>'],
        ['X2', new Date(Date.UTC(2019, 11, 31, 14, 30)), null, false, null],
      ],
      { cellDates: true, dateNF: 'yyyy-mm-dd' },
    );
    sheet['C4'] = { t: 'n', f: 'SUM(C2:C3)', v: 12.5 };
    sheet['!ref'] = 'A1:E4';
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['cover']]), 'Cover');
    XLSX.utils.book_append_sheet(book, sheet, '数据');
    const bytes = new Uint8Array(
      XLSX.write(book, { type: 'array', bookType: 'xlsx', bookSST: true, compression: true }) as ArrayBuffer,
    );
    const out: XlsxRow[] = [];
    for await (const row of readXlsxRows(bytes, { sheet: '数据' })) out.push(row);
    expect(out[0]).toEqual({ row: 1, cells: ['case_id', 'filed_on', 'amount', 'flag', 'note'] });
    expect(out[1]!.cells.slice(0, 5)).toEqual([
      'X1',
      expect.stringMatching(/^2019-03-0[45]/),
      '12.5',
      'true',
      '中文 & <tag>',
    ]);
    expect(out[2]!.cells[0]).toBe('X2');
    expect(out[2]!.cells[1]).toMatch(/^2019-12-31/);
    expect(out[3]).toEqual({ row: 4, cells: [null, null, '12.5'] });
  });
});
