import { evaluate, type Catalog, type Table } from '../../src/index.js';
import { BENCH_INDICATORS, cellKey, type Cells } from '../cells.js';

export function lawgaugeTask(catalog: Catalog, table: Table, from: string, to: string): ReturnType<typeof evaluate> {
  return evaluate(
    catalog,
    { cases: table },
    { from, to, period: 'month', by: 'district', indicators: [...BENCH_INDICATORS] },
  );
}

export function lawgaugeCells(reports: ReturnType<typeof evaluate>): Cells {
  const cells: Cells = new Map();
  for (const report of reports) {
    for (const row of report.rows) {
      cells.set(cellKey(report.indicator.id, row.period, String(row.group['district'])), {
        value: row.value,
        numerator: row.numerator,
        denominator: row.denominator,
      });
    }
  }
  return cells;
}
