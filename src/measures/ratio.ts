import * as z from 'zod/mini';
import { sumCells } from '../evaluate/accumulate.js';
import type { CellValues } from '../evaluate/cell-values.js';
import { valueSource, type MeasureContext } from '../evaluate/measure-context.js';
import { partSelection, subPartSelection } from '../evaluate/selection-for.js';
import { Operand, Predicate } from '../model/predicate.js';
import { TimeRules } from '../model/time-rule.js';
import type { MeasureKindDefinition, RecordSet, SqlRecipePlanner } from './measure-kind.js';

export const RatioMeasure = z.strictObject({
  kind: z.literal('ratio'),
  /** Counts records, or sums `sum` over them when given. */
  numerator: z.strictObject({ time: z.optional(TimeRules), where: z.optional(Predicate), sum: z.optional(Operand) }),
  denominator: z.strictObject({ time: TimeRules, where: z.optional(Predicate), sum: z.optional(Operand) }),
});
export type RatioMeasure = z.infer<typeof RatioMeasure>;

type RatioRecipe = {
  readonly kind: 'ratio';
  readonly numerator: number;
  readonly denominator: number;
  readonly denominatorCount: number;
};

/**
 * Sum (or count) over sum (or count) in process. `n` is the number of records in the
 * denominator.
 */
function ratioCells(measure: RatioMeasure, context: MeasureContext): CellValues {
  const den = measure.denominator;
  const denominatorPart = { time: den.time, ...(den.where === undefined ? {} : { where: den.where }) };
  const denominator = sumCells(
    partSelection(context, denominatorPart),
    context.layout,
    den.sum === undefined ? null : valueSource(context, den.sum),
  );
  const num = measure.numerator;
  const numeratorPart = {
    ...(num.time === undefined ? {} : { time: num.time }),
    ...(num.where === undefined ? {} : { where: num.where }),
  };
  const numerator = sumCells(
    subPartSelection(context, numeratorPart, denominatorPart),
    context.layout,
    num.sum === undefined ? null : valueSource(context, num.sum),
  );
  return ratioFromTotals(numerator.sum, denominator.sum, denominator.count);
}

/**
 * A ratio's cells from the numerator and denominator totals and the denominator's record count
 * (the same in both engines). With a `sum`, records whose value is null are skipped on both
 * sides; n counts those with one. A zero denominator gives no value.
 */
function ratioFromTotals(
  numerator: Float64Array,
  denominator: Float64Array,
  denominatorCount: Float64Array,
): CellValues {
  const cells = denominator.length;
  const value = new Float64Array(cells);
  for (let cell = 0; cell < cells; cell++) {
    const d = denominator[cell]!;
    value[cell] = d === 0 ? Number.NaN : numerator[cell]! / d;
  }
  return { value, numerator, denominator, n: denominatorCount, ciLow: null, ciHigh: null };
}

/** One side's SQL accumulators: its total, and the number of records (with a value) behind it. */
function sideTotals(sql: SqlRecipePlanner, set: RecordSet, sum: Operand | undefined): { total: number; count: number } {
  if (sum === undefined) {
    const counted = sql.count(set);
    return { total: counted, count: counted };
  }
  return { total: sql.sum(set, sum), count: sql.countValues(set, sum) };
}

/** Sum (or count) over sum (or count), e.g. Σ recovered / Σ claimed, or closed / filed. */
export const ratio: MeasureKindDefinition<RatioMeasure, RatioRecipe> = {
  kind: 'ratio',
  schema: RatioMeasure,
  parts: (measure) =>
    [measure.denominator, measure.numerator].map((side) => ({ time: side.time, where: side.where, value: side.sum })),
  check: (measure, { checker, path }) => {
    for (const side of ['numerator', 'denominator'] as const) {
      checker.part(measure[side], [...path, side]);
      const sum = measure[side].sum;
      if (sum !== undefined) checker.numericOperand(sum, [...path, side, 'sum']);
    }
  },
  cells: ratioCells,
  linear: true,
  recipe: (measure, sql) => {
    const [denominatorSet, numeratorSet] = sql.sets;
    const denominator = sideTotals(sql, denominatorSet!, measure.denominator.sum);
    const numerator = sideTotals(sql, numeratorSet!, measure.numerator.sum);
    return {
      kind: 'ratio',
      numerator: numerator.total,
      denominator: denominator.total,
      denominatorCount: denominator.count,
    };
  },
  finish: (_measure, recipe, { accumulators }) =>
    ratioFromTotals(
      accumulators[recipe.numerator]!,
      accumulators[recipe.denominator]!,
      accumulators[recipe.denominatorCount]!,
    ),
};
