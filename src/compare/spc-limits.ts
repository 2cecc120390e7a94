import type { ValueBounds } from '../measures/value-bounds.js';
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

/**
 * The limits and two-sigma lines clipped to the values the measure can take (lawgauge's choice,
 * as NHSRplotthedots' `truncate_lower`/`truncate_upper` and NHS "Making Data Count"): an upper
 * limit of 104% is drawn at 100%, a lower one of −3 cases at 0. The centre, a mean of values within
 * the bounds, needs none. Clipping only moves a line that lay beyond every possible value, and the
 * rules are strict, so it changes no signal: a point at 0 is not beyond a lower limit of 0.
 * Modifies `limits` in place and returns it.
 */
export function clipLimits(limits: SpcLimits, bounds: ValueBounds): SpcLimits {
  const lower = bounds.lower ?? Number.NEGATIVE_INFINITY;
  const upper = bounds.upper ?? Number.POSITIVE_INFINITY;
  for (const line of [limits.lower, limits.upper, limits.twoSigmaLower, limits.twoSigmaUpper]) {
    // NaN (no limits) stays NaN: Math.min and Math.max pass it through.
    for (let i = 0; i < line.length; i++) line[i] = Math.min(upper, Math.max(lower, line[i]!));
  }
  return limits;
}
