import type { Measure } from '../../model/measure.js';
import { sumCells } from '../accumulate.js';
import type { CellValues } from '../cell-values.js';
import { partSelection } from '../selection-for.js';
import type { MeasureContext } from './measure-context.js';

/** Number of records; a count of nothing is 0, not "no value". */
export function countCells(measure: Extract<Measure, { kind: 'count' }>, context: MeasureContext): CellValues {
  const { count } = sumCells(partSelection(context, measure.of), context.layout, null);
  return { value: count, numerator: null, denominator: null, n: count, ciLow: null, ciHigh: null };
}
