// Issue 20: values a real export can hold that must be quarantined, never used — numbers that
// overflow to ±Infinity or underflow to 0, non-integers in integer fields, impossible UTC offsets —
// through every parse path: plain records (`ingest`), JSON records by file key, CSV text and CSV bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingest, ingestCsv, ingestJsonRecords, type QuarantinedValue, type Table } from '../../src/index.js';
import { ByteCsvIngest, parseNumber, parseShanghaiDay } from '../../src/internal.js';
import { casesDataset } from '../support/court-catalog.js';

const dataset = casesDataset();
const good = { case_id: 'X1', district: '浦东新区', case_type: '刑事', procedure: '一审', filed_on: '2019-03-05' };
const FIELDS = [
  'case_id',
  'district',
  'case_type',
  'procedure',
  'filed_on',
  'closed_on',
  'time_limit_days',
  'excluded_days',
  'claim_amount',
] as const;
type Field = (typeof FIELDS)[number];
const csvCell = (raw: unknown): string =>
  raw === null || raw === undefined ? '' : String(raw).includes(',') ? `"${String(raw)}"` : String(raw);

/** One record with `field` set to `value`, ingested by each of the four paths. */
function viaEveryPath(field: Field, value: string): Record<string, Table> {
  const record: Record<string, string> = { ...good, [field]: value };
  const header = FIELDS.join(',');
  const line = FIELDS.map((name) => csvCell(record[name] ?? null)).join(',');
  const csv = `${header}\n${line}\n`;
  const bytes = new ByteCsvIngest(dataset, { fields: FIELDS });
  bytes.push(new TextEncoder().encode(csv));
  return {
    records: ingest(dataset, [record]),
    json: ingestJsonRecords(dataset, [Object.fromEntries(FIELDS.map((name) => [name, record[name] ?? '']))], {
      fields: FIELDS,
    }).table,
    csvText: ingestCsv(dataset, csv, { fields: FIELDS }).table,
    csvBytes: bytes.end().table,
  };
}

function onlyProblem(table: Table): QuarantinedValue {
  expect(table.quality).toEqual({ read: 1, used: 0, quarantined: 1, skipped: 0 });
  expect(table.quarantine).toHaveLength(1);
  return table.quarantine[0]!;
}

describe('numbers that are not finite are quarantined, never used', () => {
  it.each(['1e309', '-1e309', '1.8e308', '１e309'])(
    'claim_amount = %s: quarantined as not a finite number, in every parse path',
    (value) => {
      for (const [path, table] of Object.entries(viaEveryPath('claim_amount', value))) {
        const problem = onlyProblem(table);
        expect(problem, path).toMatchObject({ field: 'claim_amount', value, code: 'invalid_number' });
        expect(problem.reason, path).toContain('not a finite number');
        expect(problem.reason, path).toContain('claim_amount');
        expect(problem.reason, path).toContain(JSON.stringify(value));
      }
    },
  );

  it('a JSON number that overflowed (Infinity, from JSON.parse("1e309")) or NaN is quarantined too', () => {
    for (const value of [JSON.parse('1e309') as number, Number.NEGATIVE_INFINITY, Number.NaN]) {
      for (const table of [
        ingest(dataset, [{ ...good, claim_amount: value }]),
        ingestJsonRecords(dataset, [{ ...good, claim_amount: value }], {
          fields: [...Object.keys(good), 'claim_amount'],
        }).table,
      ]) {
        const problem = onlyProblem(table);
        expect(problem).toMatchObject({ field: 'claim_amount', value: String(value), code: 'invalid_number' });
        expect(problem.reason).toContain('not a finite number');
        expect(problem.reason).toContain('claim_amount');
      }
    }
  });

  it('a number written with non-zero digits that rounds to 0 (underflow) is quarantined', () => {
    for (const [path, table] of Object.entries(viaEveryPath('claim_amount', '1e-400'))) {
      const problem = onlyProblem(table);
      expect(problem, path).toMatchObject({ field: 'claim_amount', value: '1e-400', code: 'invalid_number' });
      expect(problem.reason, path).toContain('rounds to 0');
    }
    // A true zero, however written, is still 0.
    for (const zero of ['0', '0e-400', '0.000', '-0'])
      expect(viaEveryPath('claim_amount', zero)['csvBytes']!.quality.used).toBe(1);
  });

  it('parseNumber gives undefined for overflow and underflow, as it promises a finite number', () => {
    expect(parseNumber('1e309')).toBeUndefined();
    expect(parseNumber('-1e309')).toBeUndefined();
    expect(parseNumber('1e-400')).toBeUndefined();
    expect(parseNumber('0e-400')).toBe(0);
    expect(parseNumber('1e-320')).toBe(1e-320);
    expect(parseNumber('1.7976931348623157e308')).toBe(Number.MAX_VALUE);
  });
});

describe('integer fields take whole numbers only, within range', () => {
  it.each([
    ['1e-400', 'invalid_integer'],
    ['0.5', 'invalid_integer'],
    ['1.0000000000000001', 'invalid_integer'],
    ['2.5e-1', 'invalid_integer'],
    ['1e20', 'out_of_range'],
    ['9007199254740993', 'out_of_range'],
    ['1e309', 'invalid_integer'],
  ])('time_limit_days = %s is quarantined (%s), in every parse path', (value, code) => {
    for (const [path, table] of Object.entries(viaEveryPath('time_limit_days', value))) {
      expect(onlyProblem(table), path).toMatchObject({ field: 'time_limit_days', value, code });
    }
  });

  it.each([
    ['1e2', 100],
    ['2.5e1', 25],
    ['100e-2', 1],
    ['90.0', 90],
    ['1,000', 1000],
    ['0e-400', 0],
  ])('time_limit_days = %s reads as %d (the written number is whole)', (value, expected) => {
    for (const [path, table] of Object.entries(viaEveryPath('time_limit_days', value))) {
      expect(table.quality.used, path).toBe(1);
      const column = table.columns.get('time_limit_days')!;
      expect('values' in column ? column.values[0] : undefined, path).toBe(expected);
    }
  });
});

describe('impossible UTC offsets are quarantined', () => {
  it.each([
    '2019-01-05T00:00:00+99:00',
    '2019-01-05T00:00:00-15:00',
    '2019-01-05T00:00:00+14:01',
    '2019-01-05T00:00:00+08:60',
    '2019-01-05 10:00+0899',
    '2019-01-05T00:00:00-1460',
  ])('filed_on = %s: quarantined in every parse path', (value) => {
    expect(parseShanghaiDay(value)).toBeUndefined();
    for (const [path, table] of Object.entries(viaEveryPath('filed_on', value))) {
      expect(onlyProblem(table), path).toMatchObject({ field: 'filed_on', value, code: 'invalid_date' });
    }
  });

  it('the extreme real offsets, ±14:00 and −12:00, are still read', () => {
    // 2019-01-05T00:00 at +14:00 is 2019-01-04T10:00Z = 18:00 in Shanghai; 10:00 at −14:00 is
    // 2019-01-06T00:00Z = 08:00 in Shanghai; 00:00 at −12:00 is 2019-01-05T12:00Z = 20:00 in Shanghai.
    expect(parseShanghaiDay('2019-01-05T00:00:00+14:00')).toBe(parseShanghaiDay('2019-01-04'));
    expect(parseShanghaiDay('2019-01-05T10:00:00-14:00')).toBe(parseShanghaiDay('2019-01-06'));
    expect(parseShanghaiDay('2019-01-05T00:00:00-12:00')).toBe(parseShanghaiDay('2019-01-05'));
    expect(parseShanghaiDay('2019-01-05T00:00:00+05:45')).toBe(parseShanghaiDay('2019-01-05'));
  });
});

describe('property: whatever the record values, number columns hold only finite numbers', () => {
  const numberText = fc.oneof(
    fc.double().map(String),
    fc.tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: -500, max: 500 })).map(([m, e]) => `${m}e${e}`),
    fc.constantFrom(
      '1e309',
      '-1e309',
      '1e-400',
      '0.5',
      '1e20',
      '9007199254740993',
      'Infinity',
      'NaN',
      '1,000',
      '',
      '—',
      '１e3',
    ),
  );
  const value = fc.oneof(numberText, fc.double(), fc.integer(), fc.constant(null));

  it('ingest, JSON records and both CSV paths: read = used + quarantined (none skipped), no non-finite number, integers whole and safe', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ time_limit_days: value, excluded_days: value, claim_amount: value, recovered_amount: value }),
          { maxLength: 12 },
        ),
        (values) => {
          const records = values.map((extra) => ({ ...good, ...extra }));
          const names = [...Object.keys(good), 'time_limit_days', 'excluded_days', 'claim_amount', 'recovered_amount'];
          const csv = `${names.join(',')}\n${records.map((record) => `${names.map((name) => csvCell((record as Record<string, unknown>)[name])).join(',')}\n`).join('')}`;
          const bytes = new ByteCsvIngest(dataset, { fields: names });
          bytes.push(new TextEncoder().encode(csv));
          const viaBytes = bytes.end().table;
          const viaText = ingestCsv(dataset, csv, { fields: names }).table;
          expect(viaBytes).toEqual(viaText);
          const full = records.map((record) =>
            Object.fromEntries(names.map((name) => [name, (record as Record<string, unknown>)[name]])),
          );
          const viaJson = records.length === 0 ? [] : [ingestJsonRecords(dataset, full, { fields: names }).table];
          for (const table of [ingest(dataset, records, { fields: names }), ...viaJson, viaText]) {
            expect(table.quality.read).toBe(records.length);
            expect(table.quality.used + table.quality.quarantined).toBe(table.quality.read);
            expect(table.quality.skipped).toBe(0);
            expect(new Set(table.quarantine.map((entry) => entry.row)).size).toBe(table.quality.quarantined);
            for (const name of ['claim_amount', 'recovered_amount', 'time_limit_days', 'excluded_days']) {
              const column = table.columns.get(name)!;
              if (!('values' in column)) throw new Error(`${name} is not a numeric column`);
              for (const x of column.values) {
                expect(Number.isFinite(x)).toBe(true);
                if (column.type === 'integer') expect(Number.isSafeInteger(x)).toBe(true);
              }
            }
          }
        },
      ),
      { seed: 20200, numRuns: 300 },
    );
  });
});
