import * as z from 'zod/mini';
import { quantileCells } from '../evaluate/accumulate.js';
import { valueSource } from '../evaluate/measure-context.js';
import { partSelection } from '../evaluate/selection-for.js';
import { Part } from '../model/part.js';
import { Operand } from '../model/predicate.js';
import type { MeasureKindDefinition, OrderStatistic } from './measure-kind.js';
import { checkValueMeasure, valueMeasure, valueParts, type ValueMeasure } from './value-measure.js';

export const MedianMeasure = valueMeasure('median');
export type MedianMeasure = z.infer<typeof MedianMeasure>;
export const MinMeasure = valueMeasure('min');
export type MinMeasure = z.infer<typeof MinMeasure>;
export const MaxMeasure = valueMeasure('max');
export type MaxMeasure = z.infer<typeof MaxMeasure>;
export const QuantileMeasure = z.strictObject({
  kind: z.literal('quantile'),
  /** 0–1; quantiles interpolate linearly between order statistics (type 7, as R and DuckDB's `quantile_cont`). */
  p: z.number().check(z.gte(0), z.lte(1)),
  value: Operand,
  of: Part,
});
export type QuantileMeasure = z.infer<typeof QuantileMeasure>;

type OrderRecipe = { readonly kind: 'order'; readonly value: number; readonly count: number };

/**
 * A kind whose value is an order statistic of each cell's non-null values. In process every one
 * is the quantile at `probability` (0 is the minimum, 1 the maximum); in SQL, `statistic` picks
 * the engine's aggregate.
 */
function orderStatistic<M extends ValueMeasure>(
  kind: M['kind'],
  schema: z.ZodMiniType<M>,
  probability: (measure: M) => number,
  statistic: (measure: M) => OrderStatistic,
): MeasureKindDefinition<M, OrderRecipe> {
  return {
    kind,
    schema,
    parts: valueParts,
    check: checkValueMeasure,
    cells: (measure, context) => {
      const { value, n } = quantileCells(
        partSelection(context, measure.of),
        context.layout,
        valueSource(context, measure.value),
        probability(measure),
      );
      return { value, numerator: null, denominator: null, n, ciLow: null, ciHigh: null };
    },
    linear: false,
    recipe: (measure, sql) => {
      const { statistic: value, count } = sql.orderStatistic(sql.sets[0]!, measure.value, statistic(measure));
      return { kind: 'order', value, count };
    },
    finish: (_measure, recipe, { accumulators }) => ({
      value: accumulators[recipe.value]!,
      numerator: null,
      denominator: null,
      n: accumulators[recipe.count]!,
      ciLow: null,
      ciHigh: null,
    }),
  };
}

export const median = orderStatistic(
  'median',
  MedianMeasure,
  () => 0.5,
  () => ({ kind: 'quantile', p: 0.5 }),
);
export const quantile = orderStatistic(
  'quantile',
  QuantileMeasure,
  (measure) => measure.p,
  (measure) => ({ kind: 'quantile', p: measure.p }),
);
export const min = orderStatistic(
  'min',
  MinMeasure,
  () => 0,
  () => ({ kind: 'min' }),
);
export const max = orderStatistic(
  'max',
  MaxMeasure,
  () => 1,
  () => ({ kind: 'max' }),
);
