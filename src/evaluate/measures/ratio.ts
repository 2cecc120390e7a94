import type { Measure } from '../../model/measure.js';
import { sumCells } from '../accumulate.js';
import type { CellValues } from '../cell-values.js';
import { partSelection, subPartSelection } from '../selection-for.js';
import { valueSource, type MeasureContext } from './measure-context.js';

/**
 * Sum (or count) over sum (or count), e.g. Σ recovered / Σ claimed, or closed / filed. A zero
 * denominator gives no value. `n` is the number of records in the denominator.
 */
export function ratioCells(measure: Extract<Measure, { kind: 'ratio' }>, context: MeasureContext): CellValues {
  const den = measure.denominator;
  const denominatorPart = { time: den.time, ...(den.where === undefined ? {} : { where: den.where }) };
  const denominator = sumCells(partSelection(context, denominatorPart), context.layout, den.sum === undefined ? null : valueSource(context, den.sum));
  const num = measure.numerator;
  const numeratorPart = { ...(num.time === undefined ? {} : { time: num.time }), ...(num.where === undefined ? {} : { where: num.where }) };
  const numerator = sumCells(subPartSelection(context, numeratorPart, denominatorPart), context.layout, num.sum === undefined ? null : valueSource(context, num.sum));
  const cells = denominator.sum.length;
  const value = new Float64Array(cells);
  for (let cell = 0; cell < cells; cell++) {
    const d = denominator.sum[cell]!;
    value[cell] = d === 0 ? Number.NaN : numerator.sum[cell]! / d;
  }
  // With a `sum`, records whose value is null are skipped on both sides; n counts those with one.
  return { value, numerator: numerator.sum, denominator: denominator.sum, n: denominator.count, ciLow: null, ciHigh: null };
}
