import type { Polarity, Report, ReportRow } from '../../src/index.js';

/** A row of a hand-made Report: a month, a district (`*` = total), and its numbers. */
export interface RowSpec {
  readonly period: string;
  readonly district?: string;
  readonly value: number | null;
  readonly numerator?: number | null;
  readonly denominator?: number | null;
  readonly flag?: ReportRow['flag'];
}

/** A monthly Report grouped by district, as an evaluation would give it, for the comparison tests. */
export function monthlyReport(
  rows: readonly RowSpec[],
  indicator: { measure?: string; polarity?: Polarity; target?: number | null } = {},
): Report {
  return {
    schema: 'lawgauge/report@1',
    indicator: {
      id: 'test_indicator',
      label: { en: 'Test indicator', 'zh-CN': '测试指标' },
      description: { en: '', 'zh-CN': '' },
      unit: indicator.measure === 'rate' ? 'percent' : 'count',
      polarity: indicator.polarity ?? 'higher-better',
      target: indicator.target ?? null,
      thresholds: null,
      minSample: null,
      display: null,
      methodology: null,
      source: null,
      measure: indicator.measure ?? 'count',
      dataset: 'cases',
      catalog: { id: 'test', version: null },
    },
    period: { unit: 'month', from: '2019-01-01', to: '2020-12-31', toDate: false },
    groupBy: ['district'],
    suppressBelow: null,
    rows: rows.map((row) => ({
      period: row.period,
      start: `${row.period}-01`,
      end: `${row.period}-28`,
      group: { district: row.district ?? '*' },
      value: row.value,
      numerator: row.numerator ?? null,
      denominator: row.denominator ?? null,
      n: row.denominator ?? null,
      ci: null,
      status: null,
      flag: row.flag ?? (row.value === null ? 'no-data' : null),
      change: { previous: null, yearAgo: null },
    })),
    quality: {},
  };
}

/** The months 2019-01, 2019-02, … : `count` of them from `first` (0 = January 2019). */
export function months(count: number, first = 0): string[] {
  return Array.from({ length: count }, (_, i) => {
    const month = first + i;
    return `${2019 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
  });
}
