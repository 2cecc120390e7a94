import { quantileSorted } from '../../src/internal.js';

/** How values are cut into classes: at quantiles (as many regions in each) or at equal steps of value. */
export type Classing = 'quantile' | 'equal';

/** Classes of the sequential scale: five, as colour-blind-safe sequential palettes are read reliably. */
export const CLASSES = 5;

/**
 * The thresholds between `classes` classes of `values` (any order; non-finite ones ignored),
 * ascending and without repeats: a value belongs to the class after the last threshold ≤ it.
 * Quantile thresholds are the core's quantiles (R-7, as the `median` and `quantile` measures
 * compute them) at 1/5, 2/5 …; equal-interval ones cut the range from the least value to the
 * greatest in equal steps. Values all equal give none: one class.
 */
export function classBreaks(values: readonly number[], method: Classing, classes = CLASSES): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const low = sorted[0]!;
  const high = sorted.at(-1)!;
  const breaks: number[] = [];
  for (let index = 1; index < classes; index++) {
    const cut =
      method === 'quantile' ? quantileSorted(sorted, index / classes)! : low + ((high - low) * index) / classes;
    // A threshold at the least value would leave the first class empty; a repeated one, another.
    if (cut > low && cut !== breaks.at(-1)) breaks.push(cut);
  }
  return breaks;
}

/** The class of `value` (0 … breaks.length) under thresholds from {@link classBreaks}. */
export function classOf(value: number, breaks: readonly number[]): number {
  let below = 0;
  while (below < breaks.length && breaks[below]! <= value) below++;
  return below;
}
