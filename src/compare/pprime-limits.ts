import { MIN_BASELINE, MOVING_RANGE_D2, PPRIME_LIMIT_SIGMAS, PPRIME_TWO_SIGMA_SIGMAS } from './compare-constants.js';
import { phasesOf, type PhaseLayout } from './phases.js';
import { emptyLimits, type SpcLimits } from './spc-limits.js';

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * Laney p′ limits of one rate series (numerators yᵢ over denominators nᵢ > 0), phase by phase:
 * p̄ = Σy / Σn over the baseline; σᵢ = √(p̄(1 − p̄)/nᵢ); zᵢ = (pᵢ − p̄)/σᵢ; σ_z = mean |zᵢ − zᵢ₋₁|
 * over the baseline / 1.128; limits p̄ ± 3·σᵢ·σ_z clipped to [0, 1]; two-sigma lines p̄ ± 2·σᵢ·σ_z
 * (not clipped here: DOMAIN.md clips the limits only; spc() clips every line to the measure's bounds).
 * A phase whose baseline holds one value, or whose p̄ is 0 or 1 (σᵢ = 0, so no z-score exists),
 * gets its centre and no limits.
 */
export function pprimeLimits(
  numerators: Float64Array,
  denominators: Float64Array,
  layout: PhaseLayout = {},
): SpcLimits {
  const phases = phasesOf(numerators.length, layout);
  const limits = emptyLimits(numerators.length, phases);
  for (const { from, to, baseline } of phases) {
    let events = 0;
    let trials = 0;
    for (let i = from; i < from + baseline; i++) {
      events += numerators[i]!;
      trials += denominators[i]!;
    }
    const centre = events / trials;
    limits.centre.fill(centre, from, to);
    const variance = centre * (1 - centre);
    if (baseline < MIN_BASELINE || !(variance > 0)) continue;
    const zScore = (i: number): number =>
      (numerators[i]! / denominators[i]! - centre) / Math.sqrt(variance / denominators[i]!);
    let ranges = 0;
    for (let i = from + 1; i < from + baseline; i++) ranges += Math.abs(zScore(i) - zScore(i - 1));
    const sigmaZ = ranges / (baseline - 1) / MOVING_RANGE_D2;
    for (let i = from; i < to; i++) {
      const sigma = Math.sqrt(variance / denominators[i]!) * sigmaZ;
      limits.lower[i] = clamp01(centre - PPRIME_LIMIT_SIGMAS * sigma);
      limits.upper[i] = clamp01(centre + PPRIME_LIMIT_SIGMAS * sigma);
      limits.twoSigmaLower[i] = centre - PPRIME_TWO_SIGMA_SIGMAS * sigma;
      limits.twoSigmaUpper[i] = centre + PPRIME_TWO_SIGMA_SIGMAS * sigma;
    }
  }
  return limits;
}
