import { describe, expect, it } from 'vitest';
import { builtInCatalog, evaluate, formatValue, ingest } from '../../src/index.js';
import { fixture } from '../support/fixtures.js';
import { rowOf } from '../support/report-lookup.js';

const catalog = builtInCatalog('procuratorate');
const dataset = catalog.datasets[0];

describe('procuratorate case_proceeding_ratio (案-件比)', () => {
  it('counts a case under both reviews once: 案 = 4, 件 = 4 + 0 + 2 + 1 + 0 = 7 → 1:1.75', () => {
    const procuratorate_cases = ingest(dataset, fixture('procuratorate-cases'));
    const reports = evaluate(
      catalog,
      { procuratorate_cases },
      { from: '2019-03-01', to: '2019-03-31', by: 'district' },
    );
    const total = rowOf(reports, 'case_proceeding_ratio', '2019-03');
    expect(total).toMatchObject({ numerator: 7, denominator: 4, value: 1.75, n: 4, status: 'warning' });
    expect(formatValue(total.value!, reports[0]!.indicator)).toBe('1:1.75');
    expect(rowOf(reports, 'case_proceeding_ratio', '2019-03', '黄浦区')).toMatchObject({
      numerator: 4,
      denominator: 2,
      value: 2,
    });
    expect(rowOf(reports, 'case_proceeding_ratio', '2019-03', '徐汇区')).toMatchObject({
      numerator: 3,
      denominator: 2,
      value: 1.5,
    });
  });

  it('reproduces Xuchang 2016–2019: 17,685 案 and 9,630 extra steps → 1:1.545', () => {
    const records = Array.from({ length: 17685 }, (_, i) => ({
      accepted_on: `${2016 + (i % 4)}-0${1 + (i % 9)}-15`,
      district: '许昌',
      arrest_review: i % 3 !== 0,
      prosecution_review: i % 3 !== 1,
      // 9,630 steps: one each for the first 8,000 cases, two for the next 815.
      extra_steps: i < 8000 ? 1 : i < 8815 ? 2 : 0,
    }));
    const [report] = evaluate(
      catalog,
      { procuratorate_cases: ingest(dataset, records) },
      { period: 'year', from: '2016-01-01', to: '2019-12-31' },
    );
    const total = report!.rows.reduce(
      (sum, row) => ({ numerator: sum.numerator + row.numerator!, denominator: sum.denominator + row.denominator! }),
      { numerator: 0, denominator: 0 },
    );
    expect(total).toEqual({ numerator: 17685 + 9630, denominator: 17685 });
    const ratio = total.numerator / total.denominator;
    expect(formatValue(ratio, { unit: 'ratio', display: { format: 'oneTo', decimals: 3 } })).toBe('1:1.545');
    expect(formatValue(ratio, report!.indicator)).toBe('1:1.54');
  });
});
