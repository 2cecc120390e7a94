import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDay,
  ingest,
  LawGaugeError,
  type DayColumn,
  type DictionaryColumn,
  type IntegerColumn,
  wordIssue,
  ZH_CN_ISSUES,
} from '../../src/index.js';
import { casesDataset } from '../support/court-catalog.js';

const dataset = casesDataset();
const good = { case_id: 'X1', district: '浦东新区', case_type: '刑事', procedure: '一审', filed_on: '2019-03-05' };

describe('ingest(dataset, records)', () => {
  it('stores values column by column, with enum synonyms mapped to canonical values', () => {
    const table = ingest(dataset, [good, { ...good, case_id: 'X2', case_type: 'Civil', excluded_days: '３' }]);
    const caseType = table.columns.get('case_type') as DictionaryColumn;
    expect([...caseType.codes].map((code) => caseType.dictionary[code])).toEqual(['criminal', 'civil']);
    expect([...(table.columns.get('excluded_days') as IntegerColumn).values]).toEqual([0, 3]);
    expect(formatDay((table.columns.get('filed_on') as DayColumn).values[0]!)).toBe('2019-03-05');
  });

  it('quarantines a row with an unreadable value and names dataset, row, field, value and reason', () => {
    const table = ingest(dataset, [
      good,
      { ...good, case_id: 'X2', filed_on: '2019-02-30' },
      { ...good, case_id: 'X3', case_type: '仲裁' },
      { ...good, case_id: 'X4', claim_amount: -5 },
      { ...good, case_id: 'X5', time_limit_days: '90天' },
    ]);
    expect(table.quality).toEqual({ read: 5, used: 1, quarantined: 4, skipped: 0 });
    expect(table.quarantine.map(({ row, field, code }) => [row, field, code])).toEqual([
      [2, 'filed_on', 'invalid_date'],
      [3, 'case_type', 'unknown_enum_value'],
      [4, 'claim_amount', 'out_of_range'],
      [5, 'time_limit_days', 'invalid_integer'],
    ]);
    expect(table.quarantine[1]).toEqual({
      dataset: 'cases',
      row: 3,
      line: null,
      field: 'case_type',
      value: '仲裁',
      code: 'unknown_enum_value',
      reason:
        '"仲裁" is not one of criminal (刑事), civil (民事), commercial (商事), administrative (行政), enforcement (执行)',
      params: {
        value: '"仲裁"',
        allowed: ['criminal', 'civil', 'commercial', 'administrative', 'enforcement'],
        synonyms: ['刑事', '民事', '商事', '行政', '执行'],
      },
      message:
        'dataset "cases", row 3, field "case_type": "仲裁" is not one of criminal (刑事), civil (民事), commercial (商事), administrative (行政), enforcement (执行)',
    });
  });

  it('an unknown enum value: the values as a file writes them, in the run language, and the nearest spelling', () => {
    const table = ingest(dataset, [
      { ...good, case_type: '民时' },
      { ...good, case_type: 'crimnal' },
    ]);
    const [chinese, english] = table.quarantine;
    expect(chinese!.params).toMatchObject({ value: '"民时"', suggestion: '民事' });
    expect(chinese!.reason).toBe(
      '"民时" is not one of criminal (刑事), civil (民事), commercial (商事), administrative (行政), enforcement (执行); did you mean "民事"?',
    );
    expect(wordIssue(ZH_CN_ISSUES, chinese!)).toBe(
      '"民时" 不是可选值之一：刑事（criminal）、民事（civil）、商事（commercial）、行政（administrative）、执行（enforcement）；是否要用 "民事"？',
    );
    expect(english!.params).toMatchObject({ suggestion: 'criminal' });
    expect(wordIssue(ZH_CN_ISSUES, english!)).toMatch(/；是否要用 "criminal"？$/);
    // A field whose values have no synonyms lists the values alone, and a far value gets no suggestion.
    const plain = wordIssue(ZH_CN_ISSUES, {
      code: 'unknown_enum_value',
      message: '"x" is not one of a, b',
      params: { value: '"x"', allowed: ['a', 'b'] },
    });
    expect(plain).toBe('"x" 不是可选值之一：a、b');
  });

  it('quarantines a missing required value, but keeps empty optional ones as null', () => {
    const table = ingest(dataset, [
      { ...good, district: '—' },
      { ...good, case_id: 'X2', closed_on: '暂无', appealed: '' },
    ]);
    expect(table.quality).toEqual({ read: 2, used: 1, quarantined: 1, skipped: 0 });
    expect(table.quarantine[0]).toMatchObject({
      row: 1,
      field: 'district',
      code: 'required',
      message: 'dataset "cases", row 1, field "district": "district" is required but empty',
    });
    expect(table.columns.get('closed_on')!.validity).not.toBeNull();
  });

  it('reports every bad value of a row, and the row once', () => {
    const table = ingest(dataset, [{ ...good, filed_on: 'soon', procedure: 'appeal' }]);
    expect(table.quality.quarantined).toBe(1);
    expect(table.quarantine.map((entry) => entry.field)).toEqual(['procedure', 'filed_on']);
  });

  it('quarantines records that are not objects, and gives source lines when known', () => {
    const table = ingest(dataset, [good, null, [1, 2], 'text', { ...good, case_id: 'X2', filed_on: 'x' }], {
      lines: [2, 3, 4, 5, 6],
    });
    expect(table.quality).toEqual({ read: 5, used: 1, quarantined: 4, skipped: 0 });
    expect(table.quarantine.map((entry) => [entry.row, entry.line, entry.code])).toEqual([
      [2, 3, 'invalid_record'],
      [3, 4, 'invalid_record'],
      [4, 5, 'invalid_record'],
      [5, 6, 'invalid_date'],
    ]);
    expect(table.quarantine[3]!.message).toContain('row 5 (line 6)');
  });

  it('always accounts for every record: read = used + quarantined', () => {
    const value = fc.oneof(
      fc.constant('2019-03-05'),
      fc.constant('2019-02-30'),
      fc.constant(''),
      fc.constant('刑事'),
      fc.constant('x'),
      fc.integer(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            case_id: value,
            district: value,
            case_type: value,
            procedure: value,
            filed_on: value,
            closed_on: value,
            time_limit_days: value,
          }),
        ),
        (records) => {
          const table = ingest(dataset, records);
          expect(table.quality.read).toBe(records.length);
          expect(table.quality.used + table.quality.quarantined).toBe(records.length);
          expect(table.length).toBe(table.quality.used);
          expect(new Set(table.quarantine.map((entry) => entry.row)).size).toBe(table.quality.quarantined);
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  it('does not depend on the machine time zone (tests run with TZ=America/Los_Angeles)', () => {
    expect(process.env['TZ']).toBe('America/Los_Angeles');
    const table = ingest(dataset, [{ ...good, filed_on: new Date('2019-03-05T17:00:00Z') }]);
    expect(formatDay((table.columns.get('filed_on') as DayColumn).values[0]!)).toBe('2019-03-06');
  });

  it('ignores fields the dataset does not define, and never reads inherited properties', () => {
    const withToString = { id: 'd', fields: [{ name: 'toString', type: 'string', required: true }] };
    const table = ingest(withToString, [{ toString: 'own' }, { other: 1 }]);
    expect(table.quality).toEqual({ read: 2, used: 1, quarantined: 1, skipped: 0 });
  });

  it('throws at once on a broken dataset definition or a non-array', () => {
    expect(() => ingest({ id: 'd', fields: [{ name: 'x', type: 'enum', values: [] }] }, [])).toThrow(LawGaugeError);
    expect(() => ingest({ id: 'd', fields: [{ name: 'x', type: 'enum', values: [] }] }, [])).toThrow(
      'dataset.fields[0].values: expected at least 1 item(s)',
    );
    expect(() => ingest(dataset, 'rows' as unknown as unknown[])).toThrow(
      'records: expected an array of records, got string',
    );
  });
});
