import type { Polarity } from '../model/indicator.js';
import type { Assurance } from './compare-constants.js';

/**
 * Whether a process meets its target, judged on its last limits: both limits on the passing side
 * → `pass`, both on the failing side → `fail`, the target between them → `inconsistent`. A limit
 * passes as a value meets a target in a row's status: ≥ the target for higher-better, ≤ for
 * lower-better (so a limit exactly on the target passes). No assurance (null) without limits, or
 * for a neutral or band polarity, which has no side that passes.
 */
export function assuranceOf(lower: number, upper: number, target: number, polarity: Polarity): Assurance | null {
  if (Number.isNaN(lower) || Number.isNaN(upper)) return null;
  if (polarity === 'higher-better') return lower >= target ? 'pass' : upper < target ? 'fail' : 'inconsistent';
  if (polarity === 'lower-better') return upper <= target ? 'pass' : lower > target ? 'fail' : 'inconsistent';
  return null;
}
