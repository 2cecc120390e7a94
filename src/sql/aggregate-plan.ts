import type { Catalog } from '../model/catalog.js';
import type { Dataset } from '../model/dataset.js';
import type { Indicator } from '../model/indicator.js';
import type { Measure } from '../model/measure.js';
import { measureParts } from '../model/measure-parts.js';
import type { Predicate } from '../model/predicate.js';
import type { TimeRule, TimeRules } from '../model/time-rule.js';
import { operandFields } from '../model/field-types.js';
import { predicateOperands } from '../model/predicate-operands.js';
import { fieldsUsed } from '../model/fields-used.js';
import type { RecordSet, SqlRecipePlanner } from '../measures/measure-kind.js';
import { baseIndicator, measureKind, type CellRecipe } from '../measures/registry.js';
import type { PeriodGrid } from '../time/period-grid.js';
import type { SqlDialect } from './dialect.js';
import { PeriodIndexSql } from './period-index.js';
import { PERIOD_COLUMN, RowExpressions } from './row-expressions.js';
import type { SqlValues } from './sql-values.js';

/**
 * One aggregate the query returns per (group, period) cell; conditions are never null. With
 * `delta`, the accumulator sums the changes of a record's membership in rule set `delta` (+1 where
 * it starts taking part, −1 where it stops) and `condition` holds only the filters: the finishing
 * step turns the changes into running totals over the periods (see AggregatePlan.events).
 */
export type Accumulator = (
  | { readonly kind: 'count'; readonly condition: string }
  | { readonly kind: 'countValues' | 'sum' | 'min' | 'max'; readonly value: string; readonly condition: string }
  | { readonly kind: 'quantile'; readonly value: string; readonly condition: string; readonly p: number }
) & { readonly delta?: number };

/** The per-record bounds `[start, end)` of one time rule, in grid positions (unclamped, nullable). */
export interface RuleBounds {
  readonly start: string;
  readonly end: string;
  /** A stock rule or a period-to-date window: a record may take part in many periods. */
  readonly long: boolean;
}

/**
 * Everything one dataset's aggregate query computes, before it is written in a dialect: the
 * columns read, a validity test per record, each time rule's period bounds per record, and the
 * accumulators of every indicator of the dataset. Records are expanded to one row per period
 * they take part in (`lg_period`), so stock measures and period-to-date windows are plain
 * conditional aggregates over the expansion.
 */
export interface AggregatePlan {
  readonly dataset: Dataset;
  readonly table: string;
  readonly grid: PeriodGrid;
  readonly by: readonly string[];
  /** Aliases of the group fields, in `by` order. */
  readonly groupColumns: readonly string[];
  readonly columns: readonly { readonly sql: string; readonly alias: string }[];
  /** Never-null condition: the record's values are valid (others are counted as quarantined). */
  readonly valid: string;
  readonly rules: readonly RuleBounds[];
  /**
   * Event mode: each record is expanded only to the periods where its membership of a rule can
   * change (rule starts and ends), not to every period it takes part in, and counts and sums over
   * long rules are running totals of `delta` accumulators. Used when no minimum, maximum or
   * quantile reads a long rule and no filter over one depends on the period, and not on
   * ClickHouse; otherwise records are expanded over their whole span.
   */
  readonly events: boolean;
  /** The rule sets (indices into `rules`) that `delta` accumulators follow. */
  readonly ruleSets: readonly (readonly number[])[];
  readonly accumulators: readonly Accumulator[];
  /** How each indicator's cells are made from `accumulators` (its kind's recipe). */
  readonly recipes: ReadonlyMap<string, CellRecipe>;
  readonly indicators: readonly Indicator[];
}

export interface PlanInput {
  readonly catalog: Catalog;
  readonly dataset: Dataset;
  /** Quoted (possibly qualified) table name. */
  readonly table: string;
  readonly columnNames: Readonly<Record<string, string>>;
  /** A boolean column of the table marking records the source could read; others are quarantined. */
  readonly validColumn?: string | undefined;
  readonly indicators: readonly Indicator[];
  readonly grid: PeriodGrid;
  readonly by: readonly string[];
  readonly toDate: boolean;
  readonly dialect: SqlDialect;
  readonly values: SqlValues;
}

export function planAggregate(input: PlanInput): AggregatePlan {
  const { dialect: d, grid, toDate } = input;
  const periods = new PeriodIndexSql(d, grid);
  const rows = new RowExpressions(input.dataset, input.columnNames, d, input.values, periods);
  const groupColumns = input.by.map((name) => rows.column(name));
  const byId = new Map(input.catalog.indicators.map((indicator) => [indicator.id, indicator]));

  const rules: RuleBounds[] = [];
  const ruleIndex = new Map<string, number>();
  const ruleNumber = (rule: TimeRule): number => {
    const effectiveToDate = toDate || rule.toDate === true;
    const key = JSON.stringify([rule, effectiveToDate]);
    let index = ruleIndex.get(key);
    if (index === undefined) {
      index = rules.push(ruleBounds(rule, effectiveToDate, rows, periods)) - 1;
      ruleIndex.set(key, index);
    }
    return index;
  };
  const ruleCondition = (rule: TimeRule): string => {
    const index = ruleNumber(rule);
    return d.isTrue(`(${PERIOD_COLUMN} >= lg_s${index} AND ${PERIOD_COLUMN} < lg_e${index})`);
  };
  const timeCondition = (time: TimeRules): string => {
    const conditions = rulesOf(time).map(ruleCondition);
    // Several rules join their record sets: a record taking part through two rules counts once.
    return conditions.length === 1 ? conditions[0]! : `(${conditions.join(' OR ')})`;
  };
  const filterCondition = (where: readonly (Predicate | undefined)[]): string[] =>
    where.filter((item): item is Predicate => item !== undefined).map((item) => rows.isTrue(item));
  const partCondition = (time: TimeRules, where: readonly (Predicate | undefined)[]): string =>
    [timeCondition(time), ...filterCondition(where)].join(' AND ');

  const isLong = (rule: TimeRule): boolean => !('flow' in rule) || toDate || rule.toDate === true;
  const measures = plannedMeasures(input.indicators, byId);
  // Event mode needs every count and sum over a long rule to be linear in its records, with
  // filters and summed values that do not depend on the period (an age at the period's end does).
  const longSets = measures.flatMap((measure) =>
    recordSets(measure)
      .filter((set) => rulesOf(set.time).some(isLong))
      .map((set) => ({ measure, set })),
  );
  const periodDependent = (set: RecordSet): boolean =>
    [...filterCondition(set.where), ...set.values.map((value) => rows.numeric(value))].some((sql) =>
      sql.includes(PERIOD_COLUMN),
    );
  const events =
    longSets.length > 0 &&
    longSets.every(({ measure, set }) => measureKind(measure.kind).linear && !periodDependent(set));
  const ruleSets: number[][] = [];
  const ruleSetNumber = (time: TimeRules): number => {
    const members = [...new Set(rulesOf(time).map(ruleNumber))].sort((a, b) => a - b);
    const found = ruleSets.findIndex((set) => set.join(',') === members.join(','));
    return found >= 0 ? found : ruleSets.push(members) - 1;
  };

  const accumulators: Accumulator[] = [];
  const accumulatorIndex = new Map<string, number>();
  const add = (accumulator: Accumulator): number => {
    const key = JSON.stringify(accumulator);
    let index = accumulatorIndex.get(key);
    if (index === undefined) {
      index = accumulators.push(accumulator) - 1;
      accumulatorIndex.set(key, index);
    }
    return index;
  };
  /** A count or sum over a part's records: a `delta` accumulator when it follows a long rule in event mode. */
  const linear = (
    kind: 'count' | 'countValues' | 'sum',
    time: TimeRules,
    where: readonly (Predicate | undefined)[],
    value?: string,
  ): number => {
    const eventful = events && rulesOf(time).some(isLong);
    const filters = filterCondition(where);
    const condition = !eventful ? partCondition(time, where) : filters.length === 0 ? '(1 = 1)' : filters.join(' AND ');
    const delta = eventful ? { delta: ruleSetNumber(time) } : {};
    return add(kind === 'count' ? { kind, condition, ...delta } : { kind, value: value!, condition, ...delta });
  };
  /** What a kind's recipe may ask for, over `measure`'s record sets. */
  const plannerFor = (measure: Measure): SqlRecipePlanner => ({
    sets: recordSets(measure),
    count: (set) => linear('count', set.time, set.where),
    countValues: (set, value) => linear('countValues', set.time, set.where, rows.numeric(value)),
    sum: (set, value) => linear('sum', set.time, set.where, rows.numeric(value)),
    // Never a running total: event mode is off when an order statistic reads a long rule.
    orderStatistic: (set, operand, statistic) => {
      const value = rows.numeric(operand);
      const condition = partCondition(set.time, set.where);
      const count = add({ kind: 'countValues', value, condition });
      return {
        count,
        statistic: add(
          statistic.kind === 'quantile'
            ? { kind: 'quantile', value, condition, p: statistic.p }
            : { kind: statistic.kind, value, condition },
        ),
      };
    },
  });

  const recipes = new Map<string, CellRecipe>();
  const planned = new Set<string>();
  const plan = (indicator: Indicator): void => {
    if (planned.has(indicator.id)) return;
    planned.add(indicator.id);
    const { measure } = indicator;
    const base = baseIndicator(measure);
    if (base !== undefined) plan(byId.get(base)!);
    recipes.set(indicator.id, measureKind(measure.kind).recipe(measure, plannerFor(measure)));
  };
  input.indicators.forEach(plan);

  const valid = validity(input, rows);
  return {
    dataset: input.dataset,
    table: input.table,
    grid,
    by: input.by,
    groupColumns,
    columns: rows.selectedColumns(),
    valid,
    rules,
    events,
    ruleSets,
    accumulators,
    recipes,
    indicators: input.indicators,
  };
}

/** A time rule's per-record bounds, following `membership.ts` rule by rule. */
function ruleBounds(rule: TimeRule, toDate: boolean, rows: RowExpressions, periods: PeriodIndexSql): RuleBounds {
  const count = periods.grid.count;
  if ('flow' in rule) {
    const day = rows.date(rule.flow);
    if (!toDate) {
      const position = periods.index(day);
      return { start: position, end: `(${position} + 1)`, long: false };
    }
    // Periods ending on or after the day, up to the end of the day's year.
    return { start: periods.index(day), end: periods.yearStartsOnOrBefore(day), long: true };
  }
  const opened = rows.date(rule.from);
  const closed = rows.date(rule.to);
  const open = rows.dialect.isNull(rows.column(rule.to));
  if (rule.pending === 'start') {
    const windowStarts = (day: string): string =>
      toDate ? periods.yearStartsOnOrBefore(day) : periods.startsOnOrBefore(day);
    return {
      start: windowStarts(opened),
      end: `CASE WHEN ${open} THEN ${count} ELSE ${windowStarts(closed)} END`,
      long: true,
    };
  }
  return {
    start: periods.index(opened),
    end: `CASE WHEN ${open} THEN ${count} ELSE ${periods.index(closed)} END`,
    long: true,
  };
}

const rulesOf = (time: TimeRules): readonly TimeRule[] => (Array.isArray(time) ? time : [time]);

/** The measures a plan computes: the indicators' and those of their bases (a complement's rate). */
function plannedMeasures(indicators: readonly Indicator[], byId: ReadonlyMap<string, Indicator>): Measure[] {
  return indicators.flatMap((indicator) => {
    const base = baseIndicator(indicator.measure);
    return base === undefined ? [indicator.measure] : [indicator.measure, byId.get(base)!.measure];
  });
}

/**
 * A measure's parts as the plan reads them. A part without its own time rule (a subset numerator)
 * reads the first part's records that match both filters.
 */
function recordSets(measure: Measure): RecordSet[] {
  const parts = measureParts(measure);
  return parts.map((part) => {
    const values = part.value === undefined ? [] : [part.value];
    return part.time !== undefined
      ? { time: part.time, where: [part.where], values }
      : { time: parts[0]!.time!, where: [parts[0]!.where, part.where], values };
  });
}

/**
 * The ingest rules a database does not enforce, for the fields the query reads: required values
 * present, enum values declared, numbers within min/max, and the dataset's record checks. Failing
 * records are quarantined. A key is the database's to enforce (`PRIMARY KEY`/`UNIQUE`): a table
 * has no order that would say which of two records came first.
 */
export function validity(
  input: Pick<PlanInput, 'catalog' | 'dataset' | 'indicators' | 'by' | 'dialect' | 'values' | 'validColumn'>,
  rows: RowExpressions,
): string {
  const d = input.dialect;
  const used = new Set([
    ...(fieldsUsed(
      input.catalog,
      input.indicators.map((indicator) => indicator.id),
    ).get(input.dataset.id) ?? []),
    ...input.by,
  ]);
  // As in process: fields read only by record checks are checked for type and range, not presence.
  const checked = (input.dataset.checks ?? []).flatMap((check) => predicateOperands(check.rule).flatMap(operandFields));
  const ruleOnly = new Set(checked.filter((name) => !used.has(name)));
  const tests: string[] = input.validColumn === undefined ? [] : [d.isTrue(rows.extraColumn(input.validColumn))];
  for (const field of input.dataset.fields) {
    if (!used.has(field.name) && !ruleOnly.has(field.name)) continue;
    const column = rows.column(field.name);
    if (field.required === true && used.has(field.name)) tests.push(d.isNotNull(column));
    const checks: string[] = [];
    if (field.type === 'enum')
      checks.push(`${column} IN (${field.values.map((entry) => input.values.string(entry.value)).join(', ')})`);
    if ((field.type === 'integer' || field.type === 'number') && field.min !== undefined)
      checks.push(`${column} >= ${input.values.number(field.min)}`);
    if ((field.type === 'integer' || field.type === 'number') && field.max !== undefined)
      checks.push(`${column} <= ${input.values.number(field.max)}`);
    if (checks.length > 0) tests.push(`(${d.isNull(column)} OR ${d.isTrue(`(${checks.join(' AND ')})`)})`);
  }
  // A record check is kept unless it is false (as a SQL CHECK): the record is not quarantined
  // when a value it reads is missing. The table must have the columns the checks read.
  for (const check of input.dataset.checks ?? []) tests.push(`NOT ${rows.isTrue({ not: check.rule })}`);
  return tests.length === 0 ? '(1 = 1)' : `(${tests.join(' AND ')})`;
}
