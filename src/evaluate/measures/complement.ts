import type { Measure } from '../../model/measure.js';
import type { CellValues } from '../cell-values.js';
import type { MeasureContext } from './measure-context.js';

/** 1 − another rate, over the same denominator (服判息诉率 = 1 − 上诉率). */
export function complementCells(measure: Extract<Measure, { kind: 'complement' }>, context: MeasureContext): CellValues {
  return complementOf(context.cellsOf(measure.of));
}

/** The complement's cells from its base rate's cells (shared by every engine). */
export function complementOf(base: CellValues): CellValues {
  const cells = base.value.length;
  const value = new Float64Array(cells);
  const numerator = new Float64Array(cells);
  for (let cell = 0; cell < cells; cell++) {
    value[cell] = 1 - base.value[cell]!;
    numerator[cell] = base.denominator![cell]! - base.numerator![cell]!;
  }
  const flip = (bound: Float64Array | null): Float64Array | null => (bound === null ? null : bound.map((x) => 1 - x));
  return { value, numerator, denominator: base.denominator, n: base.n, ciLow: flip(base.ciHigh), ciHigh: flip(base.ciLow) };
}
