import type { Catalog } from '../model/catalog.js';
import type { Dataset } from '../model/dataset.js';
import type { Indicator } from '../model/indicator.js';
import type { Measure, Part } from '../model/measure.js';
import type { Operand, Predicate } from '../model/predicate.js';
import type { TimeRule, TimeRules } from '../model/time-rule.js';
import { fieldsUsed } from '../model/fields-used.js';
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

/** How an indicator's cells are made from accumulators (their positions in `accumulators`). */
export type CellRecipe =
  | { readonly kind: 'count'; readonly count: number }
  | { readonly kind: 'sumLike'; readonly count: number; readonly sum: number }
  | { readonly kind: 'order'; readonly value: number; readonly count: number }
  | { readonly kind: 'rate'; readonly numerator: number; readonly denominator: number }
  | { readonly kind: 'ratio'; readonly numerator: number; readonly denominator: number; readonly denominatorCount: number }
  | { readonly kind: 'complement'; readonly of: string };

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
  const filterCondition = (where: readonly (Predicate | undefined)[]): string[] => where.filter((item): item is Predicate => item !== undefined).map((item) => rows.isTrue(item));
  const partCondition = (time: TimeRules, where: readonly (Predicate | undefined)[]): string => [timeCondition(time), ...filterCondition(where)].join(' AND ');

  const isLong = (rule: TimeRule): boolean => !('flow' in rule) || toDate || rule.toDate === true;
  const measures = plannedMeasures(input.indicators, byId);
  // Event mode needs every count and sum over a long rule to be linear in its records, with
  // filters and summed values that do not depend on the period (an age at the period's end does).
  const longParts = measures.flatMap((measure) => partsOf(measure).filter((part) => rulesOf(part.time).some(isLong)).map((part) => ({ measure, part })));
  const periodDependent = (part: MeasurePart): boolean => [...filterCondition(part.where), ...part.values.map((value) => rows.numeric(value))].some((sql) => sql.includes(PERIOD_COLUMN));
  const events = longParts.length > 0 && longParts.every(({ measure, part }) => !isOrderStatistic(measure) && !periodDependent(part));
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
  const linear = (kind: 'count' | 'countValues' | 'sum', time: TimeRules, where: readonly (Predicate | undefined)[], value?: string): number => {
    const eventful = events && rulesOf(time).some(isLong);
    const filters = filterCondition(where);
    const condition = !eventful ? partCondition(time, where) : filters.length === 0 ? '(1 = 1)' : filters.join(' AND ');
    const delta = eventful ? { delta: ruleSetNumber(time) } : {};
    return add(kind === 'count' ? { kind, condition, ...delta } : { kind, value: value!, condition, ...delta });
  };
  const count = (part: Part): number => linear('count', part.time, [part.where]);
  const overValues = (kind: 'countValues' | 'sum', part: Part, value: Operand): number => linear(kind, part.time, [part.where], rows.numeric(value));

  const recipeOf = (measure: Measure): CellRecipe => {
    switch (measure.kind) {
      case 'count':
        return { kind: 'count', count: count(measure.of) };
      case 'sum':
      case 'mean':
      case 'rescaledMean':
        return { kind: 'sumLike', count: overValues('countValues', measure.of, measure.value), sum: overValues('sum', measure.of, measure.value) };
      case 'median':
      case 'quantile':
      case 'min':
      case 'max': {
        const value = rows.numeric(measure.value);
        const condition = partCondition(measure.of.time, [measure.of.where]);
        const n = add({ kind: 'countValues', value, condition });
        const statistic =
          measure.kind === 'min' || measure.kind === 'max'
            ? add({ kind: measure.kind, value, condition })
            : add({ kind: 'quantile', value, condition, p: measure.kind === 'median' ? 0.5 : measure.p });
        return { kind: 'order', value: statistic, count: n };
      }
      case 'rate': {
        // partsOf: the denominator's records, then the numerator's (the denominator's with both filters when it has no time).
        const [den, num] = partsOf(measure) as [MeasurePart, MeasurePart];
        const denominator = linear('count', den.time, den.where);
        return { kind: 'rate', numerator: linear('count', num.time, num.where), denominator };
      }
      case 'ratio': {
        const [den, num] = partsOf(measure) as [MeasurePart, MeasurePart];
        const side = (part: MeasurePart, sum: Operand | undefined): { total: number; count: number } => {
          if (sum === undefined) {
            const counted = linear('count', part.time, part.where);
            return { total: counted, count: counted };
          }
          const value = rows.numeric(sum);
          return { total: linear('sum', part.time, part.where, value), count: linear('countValues', part.time, part.where, value) };
        };
        const denominator = side(den, measure.denominator.sum);
        const numerator = side(num, measure.numerator.sum);
        return { kind: 'ratio', numerator: numerator.total, denominator: denominator.total, denominatorCount: denominator.count };
      }
      case 'complement':
        return { kind: 'complement', of: measure.of };
    }
  };

  const recipes = new Map<string, CellRecipe>();
  const planned = new Set<string>();
  const plan = (indicator: Indicator): void => {
    if (planned.has(indicator.id)) return;
    planned.add(indicator.id);
    if (indicator.measure.kind === 'complement') plan(byId.get(indicator.measure.of)!);
    recipes.set(indicator.id, recipeOf(indicator.measure));
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
    const windowStarts = (day: string): string => (toDate ? periods.yearStartsOnOrBefore(day) : periods.startsOnOrBefore(day));
    return { start: windowStarts(opened), end: `CASE WHEN ${open} THEN ${count} ELSE ${windowStarts(closed)} END`, long: true };
  }
  return { start: periods.index(opened), end: `CASE WHEN ${open} THEN ${count} ELSE ${periods.index(closed)} END`, long: true };
}

const rulesOf = (time: TimeRules): readonly TimeRule[] => (Array.isArray(time) ? time : [time]);

/** The measures a plan computes: the indicators' and the bases of their complements. */
function plannedMeasures(indicators: readonly Indicator[], byId: ReadonlyMap<string, Indicator>): Measure[] {
  return indicators.flatMap((indicator) => (indicator.measure.kind === 'complement' ? [indicator.measure, byId.get(indicator.measure.of)!.measure] : [indicator.measure]));
}

/** A record set a measure reads: time rules, the filters applied to them, the values summed over them. */
interface MeasurePart {
  readonly time: TimeRules;
  readonly where: readonly (Predicate | undefined)[];
  readonly values: readonly Operand[];
}

function partsOf(measure: Measure): MeasurePart[] {
  const summed = (operand: Operand | undefined): Operand[] => (operand === undefined ? [] : [operand]);
  switch (measure.kind) {
    case 'rate':
    case 'ratio': {
      const { numerator, denominator } = measure;
      const numeratorSum = measure.kind === 'ratio' ? summed(measure.numerator.sum) : [];
      const over = numerator.time !== undefined ? { time: numerator.time, where: [numerator.where], values: numeratorSum } : { time: denominator.time, where: [denominator.where, numerator.where], values: numeratorSum };
      return [{ time: denominator.time, where: [denominator.where], values: measure.kind === 'ratio' ? summed(measure.denominator.sum) : [] }, over];
    }
    case 'complement':
      return [];
    case 'count':
      return [{ time: measure.of.time, where: [measure.of.where], values: [] }];
    default:
      return [{ time: measure.of.time, where: [measure.of.where], values: [measure.value] }];
  }
}

const isOrderStatistic = (measure: Measure): measure is Extract<Measure, { kind: 'median' | 'quantile' | 'min' | 'max' }> =>
  measure.kind === 'median' || measure.kind === 'quantile' || measure.kind === 'min' || measure.kind === 'max';

/**
 * The ingest rules a database does not enforce, for the fields the query reads: required values
 * present, enum values declared, numbers within min/max. Failing records are quarantined.
 */
export function validity(input: Pick<PlanInput, 'catalog' | 'dataset' | 'indicators' | 'by' | 'dialect' | 'values' | 'validColumn'>, rows: RowExpressions): string {
  const d = input.dialect;
  const used = new Set([...(fieldsUsed(input.catalog, input.indicators.map((indicator) => indicator.id)).get(input.dataset.id) ?? []), ...input.by]);
  const tests: string[] = input.validColumn === undefined ? [] : [d.isTrue(rows.extraColumn(input.validColumn))];
  for (const field of input.dataset.fields) {
    if (!used.has(field.name)) continue;
    const column = rows.column(field.name);
    if (field.required === true) tests.push(d.isNotNull(column));
    const checks: string[] = [];
    if (field.type === 'enum') checks.push(`${column} IN (${field.values.map((entry) => input.values.string(entry.value)).join(', ')})`);
    if ((field.type === 'integer' || field.type === 'number') && field.min !== undefined) checks.push(`${column} >= ${input.values.number(field.min)}`);
    if ((field.type === 'integer' || field.type === 'number') && field.max !== undefined) checks.push(`${column} <= ${input.values.number(field.max)}`);
    if (checks.length > 0) tests.push(`(${d.isNull(column)} OR ${d.isTrue(`(${checks.join(' AND ')})`)})`);
  }
  return tests.length === 0 ? '(1 = 1)' : `(${tests.join(' AND ')})`;
}
