import type { Measure } from '../../model/measure.js';
import { sumCells } from '../accumulate.js';
import type { CellValues } from '../cell-values.js';
import { partSelection, subPartSelection } from '../selection-for.js';
import { wilsonInterval } from '../statistics/wilson.js';
import type { MeasureContext } from './measure-context.js';

/** Count over count. A zero denominator gives no value, never 0, ∞ or 100%. */
export function rateCells(measure: Extract<Measure, { kind: 'rate' }>, context: MeasureContext): CellValues {
  const denominator = sumCells(partSelection(context, measure.denominator), context.layout, null).count;
  const numerator = sumCells(subPartSelection(context, measure.numerator, measure.denominator), context.layout, null).count;
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
