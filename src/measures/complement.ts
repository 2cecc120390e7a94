import * as z from 'zod/mini';
import type { CellValues } from '../evaluate/cell-values.js';
import { Identifier } from '../model/primitives.js';
import type { MeasureCheckScope, MeasureKindDefinition } from './measure-kind.js';

export const ComplementMeasure = z.strictObject({
  kind: z.literal('complement'),
  /** Id of a `rate` indicator of the same catalog: value = 1 − its value, same denominator. */
  of: Identifier,
});
export type ComplementMeasure = z.infer<typeof ComplementMeasure>;

/** `of` must name a rate over the same dataset. */
function checkComplement(measure: ComplementMeasure, { path, catalog, indicator, issues }: MeasureCheckScope): void {
  const target = catalog.indicators.find((other) => other.id === measure.of);
  if (target === undefined) {
    issues.push({
      code: 'unknown_reference',
      path: [...path, 'of'],
      message: `unknown indicator "${measure.of}"; known: ${catalog.indicators.map((other) => other.id).join(', ')}`,
      params: { kind: 'indicator', id: measure.of, known: catalog.indicators.map((other) => other.id) },
    });
  } else if (target.measure.kind !== 'rate') {
    issues.push({
      code: 'invalid_reference',
      path: [...path, 'of'],
      message: `"${measure.of}" is a ${target.measure.kind}; a complement needs a rate`,
      params: { id: measure.of, measure: target.measure.kind },
    });
  } else if (target.dataset !== indicator.dataset) {
    issues.push({
      code: 'invalid_reference',
      path: [...path, 'of'],
      message: `"${measure.of}" reads dataset "${target.dataset}", not "${indicator.dataset}"`,
      params: { id: measure.of, dataset: target.dataset, expected: indicator.dataset },
    });
  }
}

/** The complement's cells from its base rate's cells (the same in every engine). */
function complementOf(base: CellValues): CellValues {
  const cells = base.value.length;
  const value = new Float64Array(cells);
  const numerator = new Float64Array(cells);
  for (let cell = 0; cell < cells; cell++) {
    value[cell] = 1 - base.value[cell]!;
    numerator[cell] = base.denominator![cell]! - base.numerator![cell]!;
  }
  const flip = (bound: Float64Array | null): Float64Array | null => (bound === null ? null : bound.map((x) => 1 - x));
  return {
    value,
    numerator,
    denominator: base.denominator,
    n: base.n,
    ciLow: flip(base.ciHigh),
    ciHigh: flip(base.ciLow),
  };
}

/**
 * 1 − another rate, over the same denominator (服判息诉率 = 1 − 上诉率). It reads no records of its
 * own: both engines compute the rate (its `base`) and flip it.
 */
export const complement: MeasureKindDefinition<
  ComplementMeasure,
  { readonly kind: 'complement'; readonly of: string }
> = {
  kind: 'complement',
  schema: ComplementMeasure,
  parts: () => [],
  base: (measure) => measure.of,
  check: checkComplement,
  cells: (measure, context) => complementOf(context.cellsOf(measure.of)),
  linear: true,
  recipe: (measure) => ({ kind: 'complement', of: measure.of }),
  finish: (_measure, recipe, { cellsOf }) => complementOf(cellsOf(recipe.of)),
};
