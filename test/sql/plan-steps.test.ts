import { describe, expect, test } from 'vitest';
import { builtInCatalog, type Catalog, type Measure } from '../../src/index.js';
import { DIALECTS } from '../../src/internal.js';
import { Accumulators } from '../../src/sql/accumulators.js';
import { eventModeApplies } from '../../src/sql/event-mode.js';
import { PartConditions } from '../../src/sql/part-conditions.js';
import { PeriodIndexSql } from '../../src/sql/period-index.js';
import { RowExpressions } from '../../src/sql/row-expressions.js';
import { SqlValues } from '../../src/sql/sql-values.js';
import { buildPeriodGrid } from '../../src/time/period-grid.js';
import { parseIsoDay } from '../../src/time/civil-day.js';

const catalog: Catalog = builtInCatalog('court-case-quality');
const measureOf = (id: string): Measure => catalog.indicators.find((indicator) => indicator.id === id)!.measure;

/** The plan's shared steps over the court catalog's cases, by month through 2019, in DuckDB. */
function planning(toDate = false): { rows: RowExpressions; conditions: PartConditions } {
  const dialect = DIALECTS.duckdb;
  const periods = new PeriodIndexSql(
    dialect,
    buildPeriodGrid('month', parseIsoDay('2019-01-01')!, parseIsoDay('2019-12-31')!),
  );
  const dataset = catalog.datasets[0]!;
  const columnNames = Object.fromEntries(dataset.fields.map((field) => [field.name, field.name]));
  const rows = new RowExpressions(dataset, columnNames, dialect, new SqlValues(dialect, false), periods);
  return { rows, conditions: new PartConditions(rows, periods, toDate) };
}

describe('PartConditions', () => {
  test('numbers each time rule once, in the order first asked for', () => {
    const { conditions } = planning();
    expect(conditions.ruleNumber({ flow: 'closed_on' })).toBe(0);
    expect(conditions.ruleNumber({ flow: 'filed_on' })).toBe(1);
    expect(conditions.ruleNumber({ flow: 'closed_on' })).toBe(0);
    // A rule as a period-to-date window is another rule: its bounds differ.
    expect(conditions.ruleNumber({ flow: 'closed_on', toDate: true })).toBe(2);
    expect(conditions.rules.map((rule) => rule.long)).toEqual([false, false, true]);
  });

  test('joins several rules with OR, each bounded by its own columns', () => {
    const { conditions } = planning();
    const time = measureOf('clearance_rate') as Extract<Measure, { kind: 'rate' }>;
    const condition = conditions.time(time.denominator.time!);
    expect(condition).toMatch(/^\(.*lg_s0.*lg_e0.* OR .*lg_s1.*lg_e1.*\)$/);
    expect(conditions.time({ flow: 'filed_on' })).not.toContain(' OR ');
  });

  test('a rule set is the set of its rules: order and repeats do not make another', () => {
    const { conditions } = planning();
    const pending = { pending: 'start', from: 'filed_on', to: 'closed_on' } as const;
    const filed = { flow: 'filed_on' } as const;
    expect(conditions.ruleSetNumber([pending, filed])).toBe(0);
    expect(conditions.ruleSetNumber([filed, pending, filed])).toBe(0);
    expect(conditions.ruleSetNumber(filed)).toBe(1);
    expect(conditions.ruleSets).toEqual([[0, 1], [1]]);
  });

  test('a flow rule is long only as a period-to-date window', () => {
    expect(planning().conditions.isLong({ flow: 'filed_on' })).toBe(false);
    expect(planning().conditions.isLong({ flow: 'filed_on', toDate: true })).toBe(true);
    expect(planning(true).conditions.isLong({ flow: 'filed_on' })).toBe(true);
    expect(planning().conditions.isLong({ pending: 'end', from: 'filed_on', to: 'closed_on' })).toBe(true);
  });
});

describe('eventModeApplies', () => {
  const applies = (ids: readonly string[], toDate = false): boolean => {
    const { rows, conditions } = planning(toDate);
    return eventModeApplies(ids.map(measureOf), conditions, rows);
  };

  test('needs a record set over a long rule', () => {
    expect(applies(['filed_cases', 'closed_cases'])).toBe(false);
    expect(applies(['pending_cases'])).toBe(true);
    expect(applies(['filed_cases'], true)).toBe(true);
  });

  test('is off when an order statistic reads a long rule', () => {
    expect(applies(['median_trial_days'])).toBe(false);
    expect(applies(['median_trial_days'], true)).toBe(false);
    expect(applies(['pending_cases', 'median_trial_days'], true)).toBe(false);
  });

  test('is off when a filter over a long rule depends on the period (an age at its end)', () => {
    expect(applies(['long_pending_ratio'])).toBe(false);
    expect(applies(['pending_cases', 'long_pending_ratio'])).toBe(false);
  });
});

describe('Accumulators', () => {
  test('equal requests share one position', () => {
    const accumulators = new Accumulators();
    expect(accumulators.add({ kind: 'count', condition: 'a' })).toBe(0);
    expect(accumulators.add({ kind: 'sum', value: 'x', condition: 'a' })).toBe(1);
    expect(accumulators.add({ kind: 'count', condition: 'a' })).toBe(0);
    expect(accumulators.add({ kind: 'count', condition: 'a', delta: 0 })).toBe(2);
    expect(accumulators.list).toHaveLength(3);
  });
});
