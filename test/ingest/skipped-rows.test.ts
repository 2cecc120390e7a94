// Issue 20, "Shapes of real files": blank rows and footer rows (合计, Total, …) in spreadsheet
// exports are counted as skipped, not as rejects, and read = used + quarantined + skipped.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import {
  builtInCatalog,
  checkReportShape,
  CsvIngest,
  evaluate,
  fieldsUsed,
  ingestCsv,
  ingestCsvBytes,
  parseReport,
  type Table,
} from '../../src/index.js';
import { ByteCsvIngest } from '../../src/internal.js';

const cases = builtInCatalog('court-case-quality').datasets[0]!;
// `court` (the first column, where exports put the footer's label) is not kept.
const fields = ['case_id', 'district', 'case_type', 'procedure', 'filed_on', 'closed_on', 'claim_amount'];
const header = 'court,case_id,district,case_type,procedure,filed_on,closed_on,claim_amount';
const good = (id: string): string => `一中院,${id},黄浦区,民事,一审,2019-01-07,2019-03-20,100`;

/** Every reader on the same text: the string reader whole and in chunks, the byte reader whole and in chunks. */
function readAll(text: string, options: { fields?: readonly string[] } = { fields }): Table[] {
  const bytes = new TextEncoder().encode(text);
  const chunkedText = new CsvIngest(cases, options);
  for (let i = 0; i < text.length; i += 3) chunkedText.push(text.slice(i, i + 3));
  const chunkedBytes = new ByteCsvIngest(cases, options);
  for (let i = 0; i < bytes.length; i += 5) chunkedBytes.push(bytes.subarray(i, i + 5));
  return [
    ingestCsv(cases, text, options).table,
    chunkedText.end().table,
    ingestCsvBytes(cases, bytes, options).table,
    chunkedBytes.end().table,
  ];
}

describe('blank and footer rows are skipped, not quarantined', () => {
  it('blank lines, comma-only and whitespace-only rows are skipped as blank, with their lines', () => {
    const text = [header, good('A1'), '', ',,,,,,,', ' , ,\t,,,,,', '   ', good('A2'), ',,', '', ''].join('\r\n');
    for (const table of readAll(text)) {
      expect(table.quality).toEqual({ read: 8, used: 2, quarantined: 0, skipped: 6 });
      expect(table.quarantine).toEqual([]);
      expect(table.skippedRows.blank).toBe(6);
      expect(table.skippedRows.footer).toBe(0);
      expect(table.skippedRows.rows.map(({ line, reason }) => `${line} ${reason}`)).toEqual([
        '3 blank',
        '4 blank',
        '5 blank',
        '6 blank',
        '8 blank',
        '9 blank',
      ]);
    }
  });

  it('footers: 合计 in a column the run does not keep, Total:, 小计：, GRAND TOTAL, Subtotal, with the required fields empty', () => {
    const text = [
      header,
      good('A1'),
      good('A2'),
      '合计,,,,,,,1234',
      'Total:,,,,,,,',
      ',,小计：,,,,,',
      ' GRAND  TOTAL ,,,,,,,2',
      'Subtotal,,,,,,,',
      '总计',
    ].join('\n');
    for (const table of readAll(text)) {
      expect(table.quality).toEqual({ read: 8, used: 2, quarantined: 0, skipped: 6 });
      expect(table.skippedRows).toEqual({
        blank: 0,
        footer: 6,
        title: 0,
        note: 0,
        rows: [4, 5, 6, 7, 8, 9].map((line) => ({ row: line - 1, line, reason: 'footer' })),
      });
    }
  });

  it('footers whose label cell carries the value after a colon: 合计：100件, "总计: 1,234", Total: 17, 小计 ：3', () => {
    const text = [
      header,
      good('A1'),
      '合计：100件,,,,,,,',
      '"总计: 1,234",,,,,,,1234',
      ',Total: 17,,,,,,',
      ',,小计 ：3,,,,,',
      'GRAND TOTAL:,,,,,,,',
      `Subtotal: ${'9'.repeat(60)},,,,,,,`,
    ].join('\n');
    for (const table of readAll(text)) {
      expect(table.quality).toEqual({ read: 7, used: 1, quarantined: 0, skipped: 6 });
      expect(table.skippedRows.footer).toBe(6);
    }
  });

  it('a label followed by other text than a colon, or a footer with a required field filled, is not a footer', () => {
    const text = [
      header,
      // A district named 合计区, a label with a year after it, a word that merely starts like a label.
      '一中院,A1,合计区,民事,一审,2019-02-30,,',
      '合计区,,,,,,,',
      '合计 2019,,,,,,,',
      'Totally: 3,,,,,,,',
      // The value after the colon, and a required field filled: a record (quarantined for its date).
      '合计：3件,A2,黄浦区,民事,一审,2019-02-30,,',
    ].join('\n');
    for (const table of readAll(text)) {
      expect(table.quality).toEqual({ read: 5, used: 0, quarantined: 5, skipped: 0 });
    }
  });

  it('合计 in a kept text field with the required values present: used', () => {
    const text = [header, good('合计'), '一中院,A2,合计,民事,一审,2019-01-07,,'].join('\n');
    for (const table of readAll(text)) expect(table.quality).toEqual({ read: 2, used: 2, quarantined: 0, skipped: 0 });
  });

  it('合计 first but a required field present: used or quarantined as usual, never skipped', () => {
    const text = [
      header,
      '合计,A9,,,,,,',
      '合计,A8,黄浦区,民事,一审,2019-01-07,,',
      'Totals,x,,,,,,,',
      '合计 2019,,,,,,,',
    ].join('\n');
    for (const table of readAll(text)) {
      expect(table.quality).toEqual({ read: 4, used: 1, quarantined: 3, skipped: 0 });
      expect([...new Set(table.quarantine.map((entry) => entry.line))]).toEqual([2, 4, 5]);
    }
  });

  it('a footer with fewer fields than the header, among quarantined rows: row numbers count every row read', () => {
    const text = [header, good('A1'), 'x,A2,黄浦区,民事,一审,2019-02-30,,', '合计,,', '', '合计,,,,,,,99'].join('\n');
    for (const table of readAll(text)) {
      expect(table.quality).toEqual({ read: 5, used: 1, quarantined: 1, skipped: 3 });
      expect(table.quarantine.map(({ row, line, field }) => [row, line, field])).toEqual([[2, 3, 'filed_on']]);
      expect(table.skippedRows.rows).toEqual([
        { row: 3, line: 4, reason: 'footer' },
        { row: 4, line: 5, reason: 'blank' },
        { row: 5, line: 6, reason: 'footer' },
      ]);
    }
  });

  it('every field kept: the footer label in a kept column still makes a footer', () => {
    const text = [
      'case_id,court,district,case_type,procedure,filed_on',
      'A1,一中院,黄浦区,民事,一审,2019-01-07',
      'Total,,,,,',
      ',,,,,',
    ].join('\n');
    for (const table of readAll(text, {
      fields: ['case_id', 'court', 'district', 'case_type', 'procedure', 'filed_on'],
    }))
      expect(table.quality).toEqual({ read: 3, used: 1, quarantined: 0, skipped: 2 });
  });

  it('keeps the first 100 skipped rows and counts them all', () => {
    const text = [
      header,
      ...Array.from({ length: 150 }, () => ''),
      good('A1'),
      ...Array.from({ length: 30 }, () => '合计,,,,,,,1'),
    ].join('\n');
    for (const table of readAll(text)) {
      expect(table.quality).toEqual({ read: 181, used: 1, quarantined: 0, skipped: 180 });
      expect(table.skippedRows).toMatchObject({ blank: 150, footer: 30 });
      expect(table.skippedRows.rows).toHaveLength(100);
    }
  });

  it("evaluate writes the skipped count into each Report's quality", () => {
    const catalog = builtInCatalog('court-case-quality');
    const text = [header, good('A1'), '', '合计,,,,,,,100'].join('\n');
    const [report] = evaluate(
      catalog,
      { cases: ingestCsv(cases, text, { fields: fieldsUsed(catalog, ['clearance_rate']).get('cases')! }).table },
      { indicators: ['clearance_rate'], period: 'year' },
    );
    expect(report!.quality).toEqual({ cases: { read: 3, used: 1, quarantined: 0, skipped: 2 } });
  });

  it("a Report written before `skipped` existed still validates, in zod and in the widgets' check; a bad count does not", () => {
    const catalog = builtInCatalog('court-case-quality');
    const [report] = evaluate(
      catalog,
      {
        cases: ingestCsv(cases, [header, good('A1')].join('\n'), {
          fields: fieldsUsed(catalog, ['clearance_rate']).get('cases')!,
        }).table,
      },
      { indicators: ['clearance_rate'], period: 'year' },
    );
    const withQuality = (quality: unknown): unknown => ({
      ...JSON.parse(JSON.stringify(report)),
      quality: { cases: quality },
    });
    for (const check of [parseReport, checkReportShape]) {
      expect(() => check(withQuality({ read: 1, used: 1, quarantined: 0 }))).not.toThrow();
      expect(() => check(withQuality({ read: 3, used: 1, quarantined: 0, skipped: 2 }))).not.toThrow();
      expect(() => check(withQuality({ read: 3, used: 1, quarantined: 0, skipped: -1 }))).toThrow();
      expect(() => check(withQuality({ read: 3, used: 1, quarantined: 0, skipped: 1.5 }))).toThrow();
    }
  });
});

describe('lawgauge compute on an export with blank rows and a footer', () => {
  async function cli(...args: string[]): Promise<{ code: number; err: string }> {
    let err = '';
    const code = await runCli(args, { out: () => undefined, err: (text) => (err += text), errIsTTY: false });
    return { code, err };
  }

  it('prints skipped rows in the summary and leaves them out of the reject rate', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'lawgauge-skipped-'));
    const file = join(directory, 'cases.csv');
    const rows = Array.from({ length: 20 }, (_, i) => good(`A${i}`));
    writeFileSync(file, `\uFEFF${[header, ...rows, '', ',,,,,,,', '合计,,,,,,,2000', ''].join('\r\n')}`);
    const args = [
      'compute',
      '--catalog',
      'court-case-quality',
      '--data',
      `cases=${file}`,
      '--indicator',
      'clearance_rate',
      '--period',
      'year',
      '--lang',
      'en',
    ];
    const { code, err } = await cli(...args);
    expect(err).toContain(
      `cases: ${file} (csv, utf-8): read 23, used 20, quarantined 0 (0.00%), skipped 3 (2 blank, 1 footer)\n`,
    );
    expect(err).toContain('  skipped: line 22 (blank), line 23 (blank), line 24 (footer)\n');
    expect(code).toBe(0);
    // One real reject among 20 rows (5%) is over the default 1%: the skipped rows neither dilute nor add to it.
    writeFileSync(file, [header, ...rows, 'x,B1,黄浦区,民事,一审,2019-02-30,,', '', '', '合计,,,,,,,1'].join('\n'));
    const over = await cli(...args, '--max-reject-rate', '0.045');
    expect(over.err).toContain('read 24, used 20, quarantined 1 (4.76%), skipped 3 (2 blank, 1 footer)');
    expect(over.code).toBe(1);
    expect((await cli(...args, '--max-reject-rate', '0.05')).code).toBe(0);
  });
});

describe('notes below a footer, after a large quarantine', () => {
  it('takes the notes out of a quarantine of 200,000 rows without spreading it onto the stack', () => {
    const bad = Array.from({ length: 200_000 }, (_, i) => `一中院,A${i},黄浦区,民事,一审,2019-02-30,2019-03-20,100`);
    const text = `${header}\n${bad.join('\n')}\n合计：0件,,,,,,,\n制表人：张三,,,,,,,\n`;
    const { table } = ingestCsv(cases, text, { fields });
    expect(table.quality).toEqual({ read: 200_002, used: 0, quarantined: 200_000, skipped: 2 });
    expect([table.skippedRows.footer, table.skippedRows.note]).toEqual([1, 1]);
    expect(table.quarantine.at(-1)!.row).toBe(200_000);
  });
});
