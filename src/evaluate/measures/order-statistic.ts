import type { Measure } from '../../model/measure.js';
import { collectCells } from '../accumulate.js';
import type { CellValues } from '../cell-values.js';
import { partSelection } from '../selection-for.js';
import { quantileSorted } from '../statistics/quantile.js';
import { valueSource, type MeasureContext } from './measure-context.js';

type OrderMeasure = Extract<Measure, { kind: 'median' | 'quantile' | 'min' | 'max' }>;

function probability(measure: OrderMeasure): number {
  switch (measure.kind) {
    case 'median':
      return 0.5;
    case 'quantile':
      return measure.p;
    case 'min':
      return 0;
    case 'max':
      return 1;
  }
}

/** Median, quantile, min and max from each cell's sorted values. */
export function orderStatisticCells(measure: OrderMeasure, context: MeasureContext): CellValues {
  const { offsets, values } = collectCells(partSelection(context, measure.of), context.layout, valueSource(context, measure.value));
  const cells = offsets.length - 1;
  const value = new Float64Array(cells);
  const n = new Float64Array(cells);
  const p = probability(measure);
  for (let cell = 0; cell < cells; cell++) {
    n[cell] = offsets[cell + 1]! - offsets[cell]!;
    value[cell] = quantileSorted(values, p, offsets[cell]!, offsets[cell + 1]!) ?? Number.NaN;
  }
  return { value, numerator: null, denominator: null, n, ciLow: null, ciHigh: null };
}
