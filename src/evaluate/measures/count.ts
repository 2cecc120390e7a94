import type { Measure, Part } from '../../model/measure.js';
import { sumCells } from '../accumulate.js';
import type { CellValues } from '../cell-values.js';
import { partSelection } from '../selection-for.js';
import type { MeasureContext } from './measure-context.js';

/**
 * Records per cell for a part. Memoised per table and evaluation: `closed_cases` and the
 * numerator of `clearance_rate` are the same count and are computed once.
 */
export function countOf(context: MeasureContext, part: Part): Float64Array {
  return context.table.memo(`count:${JSON.stringify(part)}`, () => sumCells(partSelection(context, part), context.layout, null).count);
}

/** Number of records; a count of nothing is 0, not "no value". */
export function countCells(measure: Extract<Measure, { kind: 'count' }>, context: MeasureContext): CellValues {
  const count = countOf(context, measure.of);
  return { value: count, numerator: null, denominator: null, n: count, ciLow: null, ciHigh: null };
}
