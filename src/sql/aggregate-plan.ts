import type { Catalog } from '../model/catalog.js';
import type { Dataset } from '../model/dataset.js';
import type { Indicator } from '../model/indicator.js';
import type { Measure } from '../model/measure.js';
import type { SqlRecipePlanner } from '../measures/measure-kind.js';
import { baseIndicator, measureKind, type CellRecipe } from '../measures/registry.js';
import type { PeriodGrid } from '../time/period-grid.js';
import { Accumulators, type Accumulator } from './accumulators.js';
import type { SqlDialect } from './dialect.js';
import { eventModeApplies } from './event-mode.js';
import { PartConditions } from './part-conditions.js';
import { PeriodIndexSql } from './period-index.js';
import { recipePlanner } from './recipe-planner.js';
import { RowExpressions } from './row-expressions.js';
import type { RuleBounds } from './rule-bounds.js';
import type { SqlValues } from './sql-values.js';
import { validity } from './validity.js';
import { emptyFieldExclusions, exclusionScope } from '../model/empty-exclusions.js';

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
  /** Per indicator, the count accumulator of each empty field's left-out records ({@link emptyFieldExclusions}). */
  readonly exclusions: ReadonlyMap<
    string,
    readonly { readonly field: string; readonly all: number; readonly kept: number }[]
  >;
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

/**
 * Plans one dataset's aggregate query: the row expressions over its columns, whether event mode
 * applies, each indicator's recipe with the accumulators it asks for, then the validity test.
 * Columns, rules and accumulators are numbered in the order these steps first need them.
 */
export function planAggregate(input: PlanInput): AggregatePlan {
  const periods = new PeriodIndexSql(input.dialect, input.grid);
  const rows = new RowExpressions(input.dataset, input.columnNames, input.dialect, input.values, periods);
  const groupColumns = input.by.map((name) => rows.column(name));
  const byId = new Map(input.catalog.indicators.map((indicator) => [indicator.id, indicator]));
  const conditions = new PartConditions(rows, periods, input.toDate);
  const events = eventModeApplies(plannedMeasures(input.indicators, byId), conditions, rows);
  const accumulators = new Accumulators();
  const recipes = planRecipes(input.indicators, byId, (measure) =>
    recipePlanner(measure, { rows, conditions, accumulators, events }),
  );
  // Counted like the measure's own parts, so both engines say alike which records empty fields left out.
  const scope = exclusionScope(input.dataset);
  const exclusions = new Map(
    input.indicators.map((indicator) => {
      const base = baseIndicator(indicator.measure);
      const measure = base === undefined ? indicator.measure : byId.get(base)!.measure;
      const planner = recipePlanner(measure, { rows, conditions, accumulators, events });
      // The kept records are often the denominator's accumulator, and all of them another one (closed cases).
      const counts = emptyFieldExclusions(measure, scope).map(({ field, time, all, kept }) => ({
        field,
        all: planner.count({ time, where: [all], values: [] }),
        kept: planner.count({ time, where: [kept], values: [] }),
      }));
      return [indicator.id, counts] as const;
    }),
  );
  const valid = validity(input, rows);
  return {
    dataset: input.dataset,
    table: input.table,
    grid: input.grid,
    by: input.by,
    groupColumns,
    columns: rows.selectedColumns(),
    valid,
    rules: conditions.rules,
    events,
    ruleSets: conditions.ruleSets,
    accumulators: accumulators.list,
    recipes,
    exclusions,
    indicators: input.indicators,
  };
}

/** The measures a plan computes: the indicators' and those of their bases (a complement's rate). */
function plannedMeasures(indicators: readonly Indicator[], byId: ReadonlyMap<string, Indicator>): Measure[] {
  return indicators.flatMap((indicator) => {
    const base = baseIndicator(indicator.measure);
    return base === undefined ? [indicator.measure] : [indicator.measure, byId.get(base)!.measure];
  });
}

/** Each indicator's recipe, and its base's first (a complement reads its rate's cells), each planned once. */
function planRecipes(
  indicators: readonly Indicator[],
  byId: ReadonlyMap<string, Indicator>,
  plannerFor: (measure: Measure) => SqlRecipePlanner,
): Map<string, CellRecipe> {
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
  indicators.forEach(plan);
  return recipes;
}
