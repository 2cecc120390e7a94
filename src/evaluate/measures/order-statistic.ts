import type { Measure } from '../../model/measure.js';
import { quantileCells } from '../accumulate.js';
import type { CellValues } from '../cell-values.js';
import { partSelection } from '../selection-for.js';
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

/** Median, quantile, min and max of each cell's values. */
export function orderStatisticCells(measure: OrderMeasure, context: MeasureContext): CellValues {
  const { value, n } = quantileCells(partSelection(context, measure.of), context.layout, valueSource(context, measure.value), probability(measure));
  return { value, numerator: null, denominator: null, n, ciLow: null, ciHigh: null };
}
