import * as z from 'zod/mini';
import { sumCells } from '../evaluate/accumulate.js';
import type { CellValues } from '../evaluate/cell-values.js';
import type { MeasureContext } from '../evaluate/measure-context.js';
import { partSelection } from '../evaluate/selection-for.js';
import { Part } from '../model/part.js';
import type { MeasureKindDefinition } from './measure-kind.js';

export const CountMeasure = z.strictObject({ kind: z.literal('count'), of: Part });
export type CountMeasure = z.infer<typeof CountMeasure>;

/**
 * Records per cell for a part. Memoised per table and evaluation: `closed_cases` and the
 * numerator of `clearance_rate` are the same count and are computed once.
 */
export function countOf(context: MeasureContext, part: Part): Float64Array {
  return context.table.memo(
    `count:${JSON.stringify(part)}`,
    () => sumCells(partSelection(context, part), context.layout, null).count,
  );
}

/** A count is its own n; a count of nothing is 0, not "no value". */
const countCells = (count: Float64Array): CellValues => ({
  value: count,
  numerator: null,
  denominator: null,
  n: count,
  ciLow: null,
  ciHigh: null,
});

/** Number of records. */
export const count: MeasureKindDefinition<CountMeasure, { readonly kind: 'count'; readonly count: number }> = {
  kind: 'count',
  schema: CountMeasure,
  parts: (measure) => [measure.of],
  check: (measure, { checker, path }) => checker.part(measure.of, [...path, 'of']),
  cells: (measure, context) => countCells(countOf(context, measure.of)),
  linear: true,
  recipe: (_measure, sql) => ({ kind: 'count', count: sql.count(sql.sets[0]!) }),
  finish: (_measure, recipe, { accumulators }) => countCells(accumulators[recipe.count]!),
};
