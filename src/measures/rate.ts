import * as z from 'zod/mini';
import { countSubset } from '../evaluate/accumulate.js';
import type { CellValues } from '../evaluate/cell-values.js';
import type { MeasureContext } from '../evaluate/measure-context.js';
import { compilePeriodPredicate } from '../evaluate/period-predicate.js';
import { predicateMask } from '../evaluate/predicate-mask.js';
import { splitByPeriodDependence } from '../evaluate/predicate-shape.js';
import { partSelection } from '../evaluate/selection-for.js';
import { wilsonInterval } from '../evaluate/statistics/wilson.js';
import { Part, SubPart } from '../model/part.js';
import { countOf } from './count.js';
import type { MeasureKindDefinition } from './measure-kind.js';

export const RateMeasure = z.strictObject({
  kind: z.literal('rate'),
  numerator: SubPart,
  denominator: Part,
  /** `wilson` for rates estimated from a sample (spot checks, surveys): a 95% Wilson score interval. */
  interval: z.optional(z.enum(['wilson', 'none'])),
});
export type RateMeasure = z.infer<typeof RateMeasure>;

/**
 * Numerator and denominator counts. A numerator without its own time rule is a subset of the
 * denominator's records, counted in the same pass.
 */
function rateCounts(
  measure: RateMeasure,
  context: MeasureContext,
): { numerator: Float64Array; denominator: Float64Array } {
  const denominatorSelection = partSelection(context, measure.denominator);
  if (measure.numerator.time !== undefined) {
    return {
      denominator: countOf(context, measure.denominator),
      numerator: countOf(context, {
        time: measure.numerator.time,
        ...(measure.numerator.where === undefined ? {} : { where: measure.numerator.where }),
      }),
    };
  }
  const { fixed, periodic } = splitByPeriodDependence(measure.numerator.where);
  const mask =
    fixed.length === 0 ? null : predicateMask(context.table, fixed.length === 1 ? fixed[0]! : { and: fixed });
  const periodicPredicate =
    periodic.length === 0
      ? null
      : compilePeriodPredicate(context.table, periodic.length === 1 ? periodic[0]! : { and: periodic });
  return countSubset(denominatorSelection, context.layout, mask, periodicPredicate);
}

/** A rate's cells from its per-cell counts (the same in both engines). A zero denominator gives no value, never 0, ∞ or 100%. */
function rateFromCounts(measure: RateMeasure, numerator: Float64Array, denominator: Float64Array): CellValues {
  const cells = denominator.length;
  const value = new Float64Array(cells);
  const withInterval = measure.interval === 'wilson';
  const ciLow = withInterval ? new Float64Array(cells).fill(Number.NaN) : null;
  const ciHigh = withInterval ? new Float64Array(cells).fill(Number.NaN) : null;
  for (let cell = 0; cell < cells; cell++) {
    const d = denominator[cell]!;
    value[cell] = d === 0 ? Number.NaN : numerator[cell]! / d;
    if (withInterval && d > 0) {
      const interval = wilsonInterval(numerator[cell]!, d)!;
      ciLow![cell] = interval.low;
      ciHigh![cell] = interval.high;
    }
  }
  return { value, numerator, denominator, n: denominator, ciLow, ciHigh };
}

/** Count over count, with an optional Wilson interval. */
export const rate: MeasureKindDefinition<
  RateMeasure,
  { readonly kind: 'rate'; readonly numerator: number; readonly denominator: number }
> = {
  kind: 'rate',
  schema: RateMeasure,
  parts: (measure) => [measure.denominator, measure.numerator],
  check: (measure, { checker, path }) => {
    checker.part(measure.numerator, [...path, 'numerator']);
    checker.part(measure.denominator, [...path, 'denominator']);
  },
  cells: (measure, context) => {
    const { numerator, denominator } = rateCounts(measure, context);
    return rateFromCounts(measure, numerator, denominator);
  },
  linear: true,
  recipe: (_measure, sql) => {
    const [denominatorSet, numeratorSet] = sql.sets;
    const denominator = sql.count(denominatorSet!);
    return { kind: 'rate', numerator: sql.count(numeratorSet!), denominator };
  },
  finish: (measure, recipe, { accumulators }) =>
    rateFromCounts(measure, accumulators[recipe.numerator]!, accumulators[recipe.denominator]!),
};
