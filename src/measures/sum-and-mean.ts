import * as z from 'zod/mini';
import { sumCells } from '../evaluate/accumulate.js';
import type { CellValues } from '../evaluate/cell-values.js';
import { valueSource } from '../evaluate/measure-context.js';
import { partSelection } from '../evaluate/selection-for.js';
import { Part } from '../model/part.js';
import { Operand } from '../model/predicate.js';
import { FiniteNumber } from '../model/primitives.js';
import type { MeasureKindDefinition } from './measure-kind.js';
import { checkValueMeasure, valueMeasure, valueParts, type ValueMeasure } from './value-measure.js';

export const SumMeasure = valueMeasure('sum');
export type SumMeasure = z.infer<typeof SumMeasure>;
export const MeanMeasure = valueMeasure('mean');
export type MeanMeasure = z.infer<typeof MeanMeasure>;
export const RescaledMeanMeasure = z.strictObject({
  kind: z.literal('rescaledMean'),
  value: Operand,
  /** Linear map of `from` onto `to`, e.g. 1–5 answers onto 0–100: `(x − 1) / 4 × 100`. */
  from: z.tuple([FiniteNumber, FiniteNumber]),
  to: z.tuple([FiniteNumber, FiniteNumber]),
  of: Part,
});
export type RescaledMeanMeasure = z.infer<typeof RescaledMeanMeasure>;

type TotalsRecipe = { readonly kind: 'sumLike'; readonly count: number; readonly sum: number };

/** A cell's value from the sum and the number (> 0) of its values. */
type FromTotals = (sum: number, n: number) => number;

/**
 * A kind whose value is a function of each cell's count and sum of the non-null values of the
 * selected records, in both engines. No values → no value (the shared null rule), for sums too.
 */
function overTotals<M extends ValueMeasure>(
  kind: M['kind'],
  schema: z.ZodMiniType<M>,
  fromTotals: (measure: M) => FromTotals,
): MeasureKindDefinition<M, TotalsRecipe> {
  const cellsFrom = (measure: M, count: Float64Array, sum: Float64Array): CellValues => {
    const valueOf = fromTotals(measure);
    const value = new Float64Array(count.length);
    for (let cell = 0; cell < count.length; cell++) {
      const n = count[cell]!;
      value[cell] = n === 0 ? Number.NaN : valueOf(sum[cell]!, n);
    }
    return { value, numerator: null, denominator: null, n: count, ciLow: null, ciHigh: null };
  };
  return {
    kind,
    schema,
    parts: valueParts,
    check: checkValueMeasure,
    cells: (measure, context) => {
      const { count, sum } = sumCells(
        partSelection(context, measure.of),
        context.layout,
        valueSource(context, measure.value),
      );
      return cellsFrom(measure, count, sum);
    },
    linear: true,
    recipe: (measure, sql) => ({
      kind: 'sumLike',
      count: sql.countValues(sql.sets[0]!, measure.value),
      sum: sql.sum(sql.sets[0]!, measure.value),
    }),
    finish: (measure, recipe, { accumulators }) =>
      cellsFrom(measure, accumulators[recipe.count]!, accumulators[recipe.sum]!),
  };
}

/** Sum of the values. */
export const sum = overTotals('sum', SumMeasure, () => (total) => total);

/** Mean of the values. */
export const mean = overTotals('mean', MeanMeasure, () => (total, n) => total / n);

/**
 * Mean of the values mapped linearly from `from` onto `to`: the map of the mean, since the map is
 * linear: mean((x − a) / (b − a) × (d − c) + c).
 */
export const rescaledMean: MeasureKindDefinition<RescaledMeanMeasure, TotalsRecipe> = {
  ...overTotals(
    'rescaledMean',
    RescaledMeanMeasure,
    ({ from: [a, b], to: [c, d] }) =>
      (total, n) =>
        ((total / n - a) / (b - a)) * (d - c) + c,
  ),
  check: (measure, scope) => {
    checkValueMeasure(measure, scope);
    if (measure.from[0] === measure.from[1])
      scope.issues.push({
        code: 'invalid_range',
        path: [...scope.path, 'from'],
        message: 'the "from" range must not be empty',
        params: { kind: 'empty_from' },
      });
  },
};
