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
  return ratioFromTotals(numerator.sum, denominator.sum, denominator.count);
}

/**
 * A ratio's cells from the numerator and denominator totals and the denominator's record count.
 * With a `sum`, records whose value is null are skipped on both sides; n counts those with one.
 */
export function ratioFromTotals(numerator: Float64Array, denominator: Float64Array, denominatorCount: Float64Array): CellValues {
  const cells = denominator.length;
  const value = new Float64Array(cells);
  for (let cell = 0; cell < cells; cell++) {
    const d = denominator[cell]!;
    value[cell] = d === 0 ? Number.NaN : numerator[cell]! / d;
  }
  return { value, numerator, denominator, n: denominatorCount, ciLow: null, ciHigh: null };
}
