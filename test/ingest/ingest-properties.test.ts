// Issue 20's property: for any file — a CSV or an .xlsx workbook, with good rows, bad values,
// impossible records, blank rows and footer rows (合计, Total) mixed at random — reading it gives
// read = the data rows in the file = used + quarantined + skipped, each kind of row lands where
// it belongs, and no number in the table, nor in the Reports the built-in catalog computes from
// it, is non-finite. Files go through `readDatasetFile`, as the CLI reads them. Seeds are fixed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInCatalog, evaluate, isValid, LawGaugeError, type Column, type Table } from '../../src/index.js';
import { readDatasetFile } from '../../src/node/index.js';
import { readBothWays } from '../support/read-both-ways.js';
import { generateCases, type CaseRecord } from '../../scripts/seeds/cases.js';
import { writeXlsx, type XlsxCellValue } from '../../scripts/write-xlsx.js';

const catalog = builtInCatalog('court-case-quality');
const dataset = catalog.datasets[0]!;
/** Every field, `court` first: exports put a footer's label in the first column. */
const COLUMNS = ['court', ...dataset.fields.map((field) => field.name).filter((name) => name !== 'court')];
const MAX_ROWS = 40;
/** Good records, one per row position, so no two rows share a case number. */
const POOL: readonly CaseRecord[] = generateCases({ count: MAX_ROWS, seed: 20 });
const dir = mkdtempSync(join(tmpdir(), 'lawgauge-properties-'));

/** Values that must be quarantined, by field: overflow, underflow, not whole, no such day, unknown code, empty required. */
const BAD: Readonly<Record<string, readonly string[]>> = {
  filed_on: ['2019-02-30', 'not a date', '', '2019-13-01'],
  district: [''],
  case_type: ['arbitration'],
  procedure: ['appeal'],
  time_limit_days: ['0.5', '1e-400', '1e309', 'abc'],
  excluded_days: ['-1e309', '2.5'],
  claim_amount: ['1e309', '-1e309', '1e-400', 'NaN', 'Infinity', '12abc'],
  recovered_amount: ['1e400', '-Infinity'],
  mediable: ['maybe'],
};
const NUMERIC = new Set(['time_limit_days', 'excluded_days', 'claim_amount', 'recovered_amount']);

type RowSpec =
  | { readonly kind: 'good'; readonly style: number }
  /** One bad value; `asNumber`: in a workbook, written as a number cell (`<v>1e309</v>`) where it can be. */
  | { readonly kind: 'bad'; readonly field: string; readonly value: string; readonly asNumber: boolean }
  /** Closed before it was filed: breaks the catalog's record check. */
  | { readonly kind: 'impossible' }
  | { readonly kind: 'blank'; readonly variant: number }
  | { readonly kind: 'footer'; readonly label: string; readonly amount: number | null };

const badValue = fc.constantFrom(...Object.keys(BAD)).chain((field) =>
  fc.record({
    kind: fc.constant('bad' as const),
    field: fc.constant(field),
    value: fc.constantFrom(...BAD[field]!),
    asNumber: fc.boolean(),
  }),
);
const rowSpec: fc.Arbitrary<RowSpec> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ kind: fc.constant('good' as const), style: fc.nat(3) }) },
  { weight: 4, arbitrary: badValue },
  { weight: 1, arbitrary: fc.constant({ kind: 'impossible' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('blank' as const), variant: fc.nat(3) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('footer' as const),
      label: fc.constantFrom('合计', '总计', '小计：', 'Total', 'TOTAL:', ' Grand total '),
      amount: fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: null }),
    }),
  },
);
const fileSpec = fc.array(rowSpec, { maxLength: MAX_ROWS, size: 'medium' });

/** A row as values by column (`undefined`: an empty cell), before it is written as CSV or cells. */
function valuesOf(spec: RowSpec, position: number): Map<string, unknown> {
  const values = new Map<string, unknown>();
  if (spec.kind === 'blank') return values;
  if (spec.kind === 'footer') {
    values.set('court', spec.label);
    if (spec.amount !== null) values.set('claim_amount', spec.amount);
    return values;
  }
  const record = POOL[position]!;
  for (const name of COLUMNS) {
    const value = record[name as keyof CaseRecord];
    if (value !== null) values.set(name, value);
  }
  if (spec.kind === 'bad') values.set(spec.field, spec.value);
  // Every generated case is filed from 2016 on.
  if (spec.kind === 'impossible') values.set('closed_on', '2015-12-31');
  return values;
}

function csvCell(value: unknown): string {
  if (value === undefined) return '';
  const text = typeof value === 'boolean' ? (value ? '是' : '否') : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_BLANKS = ['', ',,,,,,,,,,,,,,,', ' , ,\t,,', '""'];

function csvFile(specs: readonly RowSpec[], end: string): string {
  const lines = [COLUMNS.join(',')];
  specs.forEach((spec, position) => {
    if (spec.kind === 'blank') lines.push(CSV_BLANKS[spec.variant]!);
    else {
      const values = valuesOf(spec, position);
      lines.push(COLUMNS.map((name) => csvCell(values.get(name))).join(','));
    }
  });
  // Every row ends with a line break, so a blank last row is a line of the file.
  return lines.join(end) + end;
}

const XLSX_BLANKS: readonly (readonly XlsxCellValue[])[] = [
  [],
  [null, null, null],
  [' ', '', { inline: '  ' }],
  [null, { inline: '' }],
];

function xlsxCell(name: string, value: unknown, spec: RowSpec): XlsxCellValue {
  if (value === undefined) return null;
  if (spec.kind === 'bad' && spec.field === name && NUMERIC.has(name) && spec.asNumber) {
    // `1e309` and `1e-400` as a number cell's own text; `Infinity` and `NaN` as what a writer makes of those doubles.
    return /^[-+]?\d/.test(spec.value) ? { numberText: spec.value } : Number(spec.value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    if (spec.kind === 'good' && spec.style === 1)
      return typeof value === 'boolean' ? (value ? '是' : '否') : String(value);
    return value;
  }
  const text = String(value);
  if (
    (name === 'filed_on' || name === 'closed_on') &&
    /^\d{4}-\d{2}-\d{2}$/.test(text) &&
    !(spec.kind === 'good' && spec.style === 2)
  ) {
    // Real days as date cells; `2019-02-30` and friends stay text, as no serial can hold them.
    const [y, m, d] = text.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCDate() === d && date.getUTCMonth() === m - 1) return { date: text };
  }
  return spec.kind === 'good' && spec.style === 3 ? { inline: text } : text;
}

function xlsxFile(specs: readonly RowSpec[], sharedStrings: boolean): Uint8Array {
  const rows: (readonly XlsxCellValue[])[] = [COLUMNS];
  specs.forEach((spec, position) => {
    if (spec.kind === 'blank') rows.push(XLSX_BLANKS[spec.variant]!);
    else {
      const values = valuesOf(spec, position);
      rows.push(COLUMNS.map((name) => xlsxCell(name, values.get(name), spec)));
    }
  });
  return writeXlsx([{ name: '案件', rows }], { sharedStrings });
}

function finiteColumn(name: string, column: Column, length: number): void {
  if (column.type !== 'number' && column.type !== 'integer') return;
  for (let row = 0; row < length; row++) {
    if (isValid(column.validity, row) && !Number.isFinite(column.values[row]!))
      throw new Error(`column ${name}, row ${row}: ${column.values[row]}`);
  }
}

/** Every number anywhere in a Report (values, intervals, ranks, quality counts) is finite. */
function finiteEverywhere(value: unknown, path: string): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
  } else if (Array.isArray(value)) value.forEach((item, i) => finiteEverywhere(item, `${path}[${i}]`));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) finiteEverywhere(item, `${path}.${key}`);
}

const totals = { used: 0, quarantined: 0, skipped: 0, reports: 0 };

/** The property, for one file read: counts, where each row went, finiteness in the table and the Reports. */
function check(table: Table, specs: readonly RowSpec[]): void {
  const count = (kind: RowSpec['kind']): number => specs.filter((spec) => spec.kind === kind).length;
  const { read, used, quarantined, skipped } = table.quality;
  expect(read).toBe(specs.length);
  expect(read).toBe(used + quarantined + skipped);
  expect(used).toBe(count('good'));
  expect(quarantined).toBe(count('bad') + count('impossible'));
  expect(skipped).toBe(count('blank') + count('footer'));
  expect(table.skippedRows.blank).toBe(count('blank'));
  expect(table.skippedRows.footer).toBe(count('footer'));
  expect(table.length).toBe(used);
  for (const [name, column] of table.columns) finiteColumn(name, column, table.length);
  totals.used += used;
  totals.quarantined += quarantined;
  totals.skipped += skipped;
  if (used === 0) return;
  for (const period of ['year', 'quarter'] as const) {
    let reports;
    try {
      reports = evaluate(catalog, { cases: table }, { period });
    } catch (error) {
      // A catalog may refuse a table (e.g. an index with nothing to compare); it never returns Infinity.
      expect(error).toBeInstanceOf(LawGaugeError);
      continue;
    }
    for (const report of reports) finiteEverywhere(report, `report ${report.indicator}`);
    totals.reports += reports.length;
  }
}

describe('any CSV file or workbook of good, bad, impossible, blank and footer rows', () => {
  it('CSV: read = the file’s data rows = used + quarantined + skipped; no non-finite number in the table or its Reports', async () => {
    const file = join(dir, 'cases.csv');
    await fc.assert(
      fc.asyncProperty(fileSpec, fc.constantFrom('\n', '\r\n'), fc.boolean(), async (specs, end, bom) => {
        writeFileSync(file, (bom ? '\uFEFF' : '') + csvFile(specs, end));
        const result = await readBothWays(file, { dataset });
        expect(result.format).toBe('csv');
        check(result.table, specs);
      }),
      { seed: 2020, numRuns: 150 },
    );
  }, 120_000);

  it('.xlsx: the same, with the sheet’s rows as the data rows', async () => {
    const file = join(dir, 'cases.xlsx');
    await fc.assert(
      fc.asyncProperty(fileSpec, fc.boolean(), async (specs, shared) => {
        writeFileSync(file, xlsxFile(specs, shared));
        const result = await readDatasetFile(file, { dataset });
        expect(result.format).toBe('xlsx');
        check(result.table, specs);
      }),
      { seed: 2021, numRuns: 150 },
    );
  }, 120_000);

  it('exercised every outcome', () => {
    expect(totals.used).toBeGreaterThan(2000);
    expect(totals.quarantined).toBeGreaterThan(1000);
    expect(totals.skipped).toBeGreaterThan(800);
    expect(totals.reports).toBeGreaterThan(5000);
  });
});
