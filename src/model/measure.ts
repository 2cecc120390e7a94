import * as z from 'zod/mini';
import { FiniteNumber, Identifier } from './primitives.js';
import { Operand, Predicate } from './predicate.js';
import { TimeRules } from './time-rule.js';

/** A set of records for a period: a time rule and an optional filter. */
export const Part = z.strictObject({ time: TimeRules, where: z.optional(Predicate) });
export type Part = z.infer<typeof Part>;

/**
 * The numerator of a rate or ratio. Without `time`, it is the subset of the denominator's records
 * that match `where` (so a rate stays within [0, 1]); with `time`, an independent set.
 */
export const SubPart = z.strictObject({ time: z.optional(TimeRules), where: z.optional(Predicate) });
export type SubPart = z.infer<typeof SubPart>;

const valueMeasure = <K extends string>(kind: K) =>
  z.strictObject({ kind: z.literal(kind), value: Operand, of: Part });

export const CountMeasure = z.strictObject({ kind: z.literal('count'), of: Part });
export const SumMeasure = valueMeasure('sum');
export const MeanMeasure = valueMeasure('mean');
export const MedianMeasure = valueMeasure('median');
export const MinMeasure = valueMeasure('min');
export const MaxMeasure = valueMeasure('max');
export const QuantileMeasure = z.strictObject({
  kind: z.literal('quantile'),
  /** 0–1; quantiles interpolate linearly between order statistics (type 7, as R and DuckDB's `quantile_cont`). */
  p: z.number().check(z.gte(0), z.lte(1)),
  value: Operand,
  of: Part,
});
export const RateMeasure = z.strictObject({
  kind: z.literal('rate'),
  numerator: SubPart,
  denominator: Part,
  /** `wilson` for rates estimated from a sample (spot checks, surveys): a 95% Wilson score interval. */
  interval: z.optional(z.enum(['wilson', 'none'])),
});
export const RatioMeasure = z.strictObject({
  kind: z.literal('ratio'),
  /** Counts records, or sums `sum` over them when given. */
  numerator: z.strictObject({ time: z.optional(TimeRules), where: z.optional(Predicate), sum: z.optional(Operand) }),
  denominator: z.strictObject({ time: TimeRules, where: z.optional(Predicate), sum: z.optional(Operand) }),
});
export const ComplementMeasure = z.strictObject({
  kind: z.literal('complement'),
  /** Id of a `rate` indicator of the same catalog: value = 1 − its value, same denominator. */
  of: Identifier,
});
export const RescaledMeanMeasure = z.strictObject({
  kind: z.literal('rescaledMean'),
  value: Operand,
  /** Linear map of `from` onto `to`, e.g. 1–5 answers onto 0–100: `(x − 1) / 4 × 100`. */
  from: z.tuple([FiniteNumber, FiniteNumber]),
  to: z.tuple([FiniteNumber, FiniteNumber]),
  of: Part,
});

export const Measure = z.discriminatedUnion('kind', [
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
]);
export type Measure = z.infer<typeof Measure>;
export type MeasureKind = Measure['kind'];
