import type { Measure, MeasureKind } from '../model/measure.js';
import { complement, ComplementMeasure } from './complement.js';
import { count, CountMeasure } from './count.js';
import type { MeasureKindDefinition } from './measure-kind.js';
import {
  max,
  MaxMeasure,
  median,
  MedianMeasure,
  min,
  MinMeasure,
  quantile,
  QuantileMeasure,
} from './order-statistics.js';
import { rate, RateMeasure } from './rate.js';
import { ratio, RatioMeasure } from './ratio.js';
import { mean, MeanMeasure, rescaledMean, RescaledMeanMeasure, sum, SumMeasure } from './sum-and-mean.js';
import { turnoverDays, TurnoverDaysMeasure } from './turnover-days.js';

/**
 * Every kind's schema, in the order the catalog's JSON Schema and its error messages list them.
 * The schemas are the kind modules' own exports, not `definition.schema`, so that a bundle that
 * only validates catalogs leaves the engines out.
 */
export const MEASURE_SCHEMAS = [
  CountMeasure,
  SumMeasure,
  MeanMeasure,
  MedianMeasure,
  MinMeasure,
  MaxMeasure,
  QuantileMeasure,
  RateMeasure,
  RatioMeasure,
  ComplementMeasure,
  RescaledMeanMeasure,
  TurnoverDaysMeasure,
] as const;

/** Every kind's definition, by kind (a kind missing here, or here only, does not compile). */
const KINDS = {
  count,
  sum,
  mean,
  median,
  min,
  max,
  quantile,
  rate,
  ratio,
  complement,
  rescaledMean,
  turnoverDays,
} satisfies Record<MeasureKind, unknown>;

/** The measures of one kind. */
export type MeasureOf<K extends MeasureKind> = Extract<Measure, { kind: K }>;
type RecipeOf<K extends MeasureKind> = ReturnType<(typeof KINDS)[K]['recipe']>;

/** How an indicator's cells are made from a SQL plan's accumulators: its kind's recipe. */
export type CellRecipe = RecipeOf<MeasureKind>;

/**
 * The same entries, seen as a mapping from each kind to a definition taking that kind's measures
 * (the assignment checks that each entry does). Indexing this mapped type with a type parameter is
 * what lets `measureKind` relate a kind to its measures without a cast.
 */
const MEASURE_KINDS: { readonly [K in MeasureKind]: MeasureKindDefinition<MeasureOf<K>, RecipeOf<K>> } = KINDS;

/**
 * The definition of a measure kind. Called with `measure.kind`, it takes `measure`:
 * `measureKind(measure.kind).cells(measure, context)`.
 */
export function measureKind<K extends MeasureKind>(kind: K): MeasureKindDefinition<MeasureOf<K>, RecipeOf<K>> {
  return MEASURE_KINDS[kind];
}

/** The indicator a measure is computed from instead of records of its own (a complement's rate). */
export function baseIndicator(measure: Measure): string | undefined {
  return measureKind(measure.kind).base?.(measure);
}
