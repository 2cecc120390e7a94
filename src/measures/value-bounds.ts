import type { MeasureKind } from '../model/measure.js';

/**
 * The values a measure kind can take whatever the data: null where nothing bounds them. Comparisons
 * clip their lines to these (an XmR limit of 104% or −3 cases is a value the measure cannot take).
 * Kept free of the kinds' engines and schemas so widgets can read it cheaply; a Report names its
 * measure by kind only, so a bound that depends on more than the kind is not declared here.
 */
export interface ValueBounds {
  readonly lower: number | null;
  readonly upper: number | null;
}

const UNBOUNDED: ValueBounds = { lower: null, upper: null };
const NON_NEGATIVE: ValueBounds = { lower: 0, upper: null };
const PROPORTION: ValueBounds = { lower: 0, upper: 1 };

/**
 * Each kind's bounds (a kind missing here does not compile). Counts of records, and stock ÷ flow
 * times days, cannot be negative; a rate and its complement are proportions. Sums, means, order
 * statistics and ratios read values (`plus` may add negative numbers) that can have either sign,
 * and a rescaled mean's range is its measure's `to`, which a Report does not carry.
 */
export const MEASURE_BOUNDS = {
  count: NON_NEGATIVE,
  sum: UNBOUNDED,
  mean: UNBOUNDED,
  median: UNBOUNDED,
  min: UNBOUNDED,
  max: UNBOUNDED,
  quantile: UNBOUNDED,
  rate: PROPORTION,
  ratio: UNBOUNDED,
  complement: PROPORTION,
  rescaledMean: UNBOUNDED,
  turnoverDays: NON_NEGATIVE,
} as const satisfies Record<MeasureKind, ValueBounds>;

/** The bounds of a measure named by its kind, as a Report names it; none for other names (`composite`). */
export function boundsOfMeasure(kind: string): ValueBounds {
  return Object.hasOwn(MEASURE_BOUNDS, kind) ? MEASURE_BOUNDS[kind as MeasureKind] : UNBOUNDED;
}
