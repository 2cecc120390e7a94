import type { Measure } from '../../model/measure.js';
import { countSubset } from '../accumulate.js';
import type { CellValues } from '../cell-values.js';
import { compilePeriodPredicate } from '../period-predicate.js';
import { predicateMask } from '../predicate-mask.js';
import { splitByPeriodDependence } from '../predicate-shape.js';
import { partSelection } from '../selection-for.js';
import { countOf } from './count.js';
import { wilsonInterval } from '../statistics/wilson.js';
import type { MeasureContext } from './measure-context.js';

/**
 * Numerator and denominator counts. A numerator without its own time rule is a subset of the
 * denominator's records, counted in the same pass.
 */
function rateCounts(measure: Extract<Measure, { kind: 'rate' }>, context: MeasureContext): { numerator: Float64Array; denominator: Float64Array } {
  const denominatorSelection = partSelection(context, measure.denominator);
  if (measure.numerator.time !== undefined) {
    return {
      denominator: countOf(context, measure.denominator),
      numerator: countOf(context, { time: measure.numerator.time, ...(measure.numerator.where === undefined ? {} : { where: measure.numerator.where }) }),
    };
  }
  const { fixed, periodic } = splitByPeriodDependence(measure.numerator.where);
  const mask = fixed.length === 0 ? null : predicateMask(context.table, fixed.length === 1 ? fixed[0]! : { and: fixed });
  const periodicPredicate = periodic.length === 0 ? null : compilePeriodPredicate(context.table, periodic.length === 1 ? periodic[0]! : { and: periodic });
  return countSubset(denominatorSelection, context.layout, mask, periodicPredicate);
}

/** Count over count. A zero denominator gives no value, never 0, ∞ or 100%. */
export function rateCells(measure: Extract<Measure, { kind: 'rate' }>, context: MeasureContext): CellValues {
  const { numerator, denominator } = rateCounts(measure, context);
  return rateFromCounts(measure, numerator, denominator);
}

/** A rate's cells from its per-cell counts (shared by the in-process and SQL engines). */
export function rateFromCounts(measure: Extract<Measure, { kind: 'rate' }>, numerator: Float64Array, denominator: Float64Array): CellValues {
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
