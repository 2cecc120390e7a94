import { quantileSorted } from '../evaluate/statistics/quantile.js';
import { WINSOR_SHARE } from './compare-constants.js';

/** The overdispersion of k units around a target: φ (null when it cannot be estimated) and τ². */
export interface Overdispersion {
  readonly phi: number | null;
  readonly tau2: number;
}

/**
 * Spiegelhalter's (2005) additive random-effects overdispersion of proportions yᵢ/nᵢ (nᵢ > 0)
 * around p0: zᵢ = (pᵢ − p0)/sᵢ with sᵢ² = p0(1 − p0)/nᵢ, winsorised at their type-7 10th and 90th
 * percentiles; φ = Σ z_w² / k; τ² = (k·φ − (k − 1)) / (Σwᵢ − Σwᵢ² / Σwᵢ) with wᵢ = 1/sᵢ² when
 * k·φ > k − 1, else 0. It cannot be estimated (φ null, τ² = 0) for fewer than two units — the
 * denominator of τ² is then 0 — nor for p0 of 0 or 1, where sᵢ = 0 and no z-score exists.
 */
export function overdispersion(numerators: Float64Array, denominators: Float64Array, target: number): Overdispersion {
  const k = numerators.length;
  const variance = target * (1 - target);
  if (k < 2 || !(variance > 0)) return { phi: null, tau2: 0 };
  const z = new Float64Array(k);
  for (let i = 0; i < k; i++)
    z[i] = (numerators[i]! / denominators[i]! - target) / Math.sqrt(variance / denominators[i]!);
  const sorted = z.slice().sort();
  const low = quantileSorted(sorted, WINSOR_SHARE)!;
  const high = quantileSorted(sorted, 1 - WINSOR_SHARE)!;
  let squares = 0;
  let weights = 0;
  let squaredWeights = 0;
  for (let i = 0; i < k; i++) {
    const winsorised = Math.min(high, Math.max(low, z[i]!));
    squares += winsorised * winsorised;
    const weight = denominators[i]! / variance;
    weights += weight;
    squaredWeights += weight * weight;
  }
  const phi = squares / k;
  const tau2 = k * phi > k - 1 ? (k * phi - (k - 1)) / (weights - squaredWeights / weights) : 0;
  return { phi, tau2 };
}
