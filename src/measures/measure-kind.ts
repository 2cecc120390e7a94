import type * as z from 'zod/mini';
import type { IssuePath } from '../errors/issue.js';
import type { LawGaugeIssue } from '../errors/issues.js';
import type { CellValues } from '../evaluate/cell-values.js';
import type { MeasureContext } from '../evaluate/measure-context.js';
import type { Catalog } from '../model/catalog.js';
import type { DatasetReferenceChecker } from '../model/check-predicate.js';
import type { Indicator } from '../model/indicator.js';
import type { MeasurePart } from '../model/measure-parts.js';
import type { Operand, Predicate } from '../model/predicate.js';
import type { TimeRules } from '../model/time-rule.js';
import type { PeriodGrid } from '../time/period-grid.js';

/**
 * Everything lawgauge knows about one measure kind, in one object: the catalog contract (schema,
 * record sets, semantic check) and both engines (cells in process; a SQL recipe and its finishing
 * step). The registry (`registry.ts`) lists one per kind; nothing else names kinds.
 *
 * `M` is the kind's measure, `R` the shape of its SQL recipe (accumulator positions), which only
 * the kind itself reads back.
 */
export interface MeasureKindDefinition<M extends { readonly kind: string }, R> {
  readonly kind: M['kind'];
  /** The zod schema of the measure's JSON; the catalog's `Measure` union is made of these. */
  readonly schema: z.ZodMiniType<M>;
  /**
   * The record sets the measure reads, denominator first: their fields are the ones ingest must
   * keep, their time rules bound the inferred range, and the SQL plan reads them. A numerator
   * without `time` is a subset of the first part's records.
   */
  readonly parts: (measure: M) => MeasurePart[];
  /**
   * The indicator whose records and cells this measure is computed from instead of its own (a
   * complement's rate), when there is one: engines compute that indicator first.
   */
  readonly base?: (measure: M) => string;
  /** Pushes the problems a schema cannot see (fields, types, references) onto `scope.issues`. */
  readonly check: (measure: M, scope: MeasureCheckScope) => void;
  /** The in-process engine: the measure's cells over a table's (group, period) cells. */
  readonly cells: (measure: M, context: MeasureContext) => CellValues;
  /**
   * True when every SQL accumulator the recipe asks for is a count or a sum: those are linear in the
   * records, so the plan may count a long rule's records only where they start or stop taking part
   * (event mode). A min, max or quantile needs each period's records whole.
   */
  readonly linear: boolean;
  /** The SQL engine, first step: asks the plan for the accumulators the cells are made from. */
  readonly recipe: (measure: M, sql: SqlRecipePlanner) => R;
  /** The SQL engine, last step: the cells from the accumulators the recipe asked for. */
  readonly finish: (measure: M, recipe: R, totals: SqlTotals) => CellValues;
}

/** What a kind's semantic check works with: the indicator around the measure, and where issues go. */
export interface MeasureCheckScope {
  /** The measure's own path, e.g. `['indicators', 3, 'measure']`. */
  readonly path: IssuePath;
  /** Checks fields, operands, filters and time rules against the indicator's dataset. */
  readonly checker: DatasetReferenceChecker;
  readonly indicator: Indicator;
  readonly catalog: Catalog;
  readonly issues: LawGaugeIssue[];
}

/**
 * One of a measure's parts as the SQL plan reads it: its time rules, every filter on them (a
 * subset numerator carries its denominator's filter before its own) and the values it sums.
 */
export interface RecordSet {
  readonly time: TimeRules;
  readonly where: readonly (Predicate | undefined)[];
  readonly values: readonly Operand[];
}

/** The statistic an order-statistic accumulator computes. */
export type OrderStatistic = { readonly kind: 'min' | 'max' } | { readonly kind: 'quantile'; readonly p: number };

/**
 * The accumulators a SQL recipe may ask the aggregate plan for. Each call returns an accumulator's
 * position in the query's results; equal requests share one accumulator.
 */
export interface SqlRecipePlanner {
  /** The measure's parts as record sets, in `parts` order. */
  readonly sets: readonly RecordSet[];
  /** The number of records in the set. */
  count(set: RecordSet): number;
  /** The number of records in the set whose `value` is not null. */
  countValues(set: RecordSet, value: Operand): number;
  /** The sum of the non-null `value`s of the set's records. */
  sum(set: RecordSet, value: Operand): number;
  /** An order statistic of the set's non-null `value`s, and how many there are. */
  orderStatistic(
    set: RecordSet,
    value: Operand,
    statistic: OrderStatistic,
  ): { readonly statistic: number; readonly count: number };
}

/** What the SQL finishing step hands a kind. */
export interface SqlTotals {
  /** Each accumulator's value per (group, period) cell, by position. */
  readonly accumulators: readonly Float64Array[];
  /** The finished cells of another indicator of the same dataset (a `base`). */
  readonly cellsOf: (indicatorId: string) => CellValues;
  /** The evaluation's periods (the cells' second index) and its period-to-date option, as in process. */
  readonly grid: PeriodGrid;
  readonly toDate: boolean;
}
