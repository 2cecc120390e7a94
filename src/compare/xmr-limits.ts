import { MIN_BASELINE, XMR_LIMIT_FACTOR, XMR_TWO_SIGMA_FACTOR } from './compare-constants.js';
import { phasesOf, type PhaseLayout } from './phases.js';
import { emptyLimits, type SpcLimits } from './spc-limits.js';

/**
 * XmR (individuals) limits of one series of present values, phase by phase: centre = mean of the
 * baseline, mR̄ = mean |xᵢ − xᵢ₋₁| within the baseline, limits centre ± 2.66·mR̄, two-sigma lines
 * centre ± 1.7733·mR̄. Large moving ranges are not screened out (DOMAIN.md's choice). A phase
 * whose baseline holds one value gets its centre and no limits.
 */
export function xmrLimits(values: Float64Array, layout: PhaseLayout = {}): SpcLimits {
  const phases = phasesOf(values.length, layout);
  const limits = emptyLimits(values.length, phases);
  for (const { from, to, baseline } of phases) {
    let sum = 0;
    for (let i = from; i < from + baseline; i++) sum += values[i]!;
    const centre = sum / baseline;
    limits.centre.fill(centre, from, to);
    if (baseline < MIN_BASELINE) continue;
    let ranges = 0;
    for (let i = from + 1; i < from + baseline; i++) ranges += Math.abs(values[i]! - values[i - 1]!);
    const meanRange = ranges / (baseline - 1);
    limits.lower.fill(centre - XMR_LIMIT_FACTOR * meanRange, from, to);
    limits.upper.fill(centre + XMR_LIMIT_FACTOR * meanRange, from, to);
    limits.twoSigmaLower.fill(centre - XMR_TWO_SIGMA_FACTOR * meanRange, from, to);
    limits.twoSigmaUpper.fill(centre + XMR_TWO_SIGMA_FACTOR * meanRange, from, to);
  }
  return limits;
}
