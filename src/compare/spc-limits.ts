import type { Phase } from './phases.js';

/**
 * A series' centre line, process limits and two-sigma lines, one entry per point (NaN where a
 * phase has no limits: a baseline of fewer than two values), and the phases they were set in.
 */
export interface SpcLimits {
  readonly centre: Float64Array;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  readonly twoSigmaLower: Float64Array;
  readonly twoSigmaUpper: Float64Array;
  readonly phases: readonly Phase[];
}

/** Limits for `length` points, every line NaN until a chart fills it in. */
export function emptyLimits(length: number, phases: readonly Phase[]): SpcLimits {
  const line = (): Float64Array => new Float64Array(length).fill(Number.NaN);
  return { centre: line(), lower: line(), upper: line(), twoSigmaLower: line(), twoSigmaUpper: line(), phases };
}
