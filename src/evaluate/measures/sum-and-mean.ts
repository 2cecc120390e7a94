import type { Measure } from '../../model/measure.js';
import { sumCells } from '../accumulate.js';
import type { CellValues } from '../cell-values.js';
import { partSelection } from '../selection-for.js';
import { valueSource, type MeasureContext } from './measure-context.js';

type SumLike = Extract<Measure, { kind: 'sum' | 'mean' | 'rescaledMean' }>;

/**
 * Sum, mean, and mean of a linear rescale, over the non-null values of the selected records.
 * No values → no value (the shared null rule), for sums too. A rescaled mean is the rescale of
 * the mean, since the map is linear: mean((x − a) / (b − a) × (d − c) + c).
 */
export function sumLikeCells(measure: SumLike, context: MeasureContext): CellValues {
  const { count, sum } = sumCells(partSelection(context, measure.of), context.layout, valueSource(context, measure.value));
  return sumLikeFromTotals(measure, count, sum);
}

/** Sum, mean or rescaled mean from each cell's count and sum of values (shared by every engine). */
export function sumLikeFromTotals(measure: SumLike, count: Float64Array, sum: Float64Array): CellValues {
  const value = new Float64Array(count.length);
  for (let cell = 0; cell < count.length; cell++) {
    const n = count[cell]!;
    if (n === 0) value[cell] = Number.NaN;
    else if (measure.kind === 'sum') value[cell] = sum[cell]!;
    else if (measure.kind === 'mean') value[cell] = sum[cell]! / n;
    else {
      const [a, b] = measure.from;
      const [c, d] = measure.to;
      value[cell] = ((sum[cell]! / n - a) / (b - a)) * (d - c) + c;
    }
  }
  return { value, numerator: null, denominator: null, n: count, ciLow: null, ciHigh: null };
}
