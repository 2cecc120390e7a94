import { FUNNEL_Z95, FUNNEL_Z998 } from './compare-constants.js';

/** The 95% and 99.8% funnel limits for each size n, clipped to [0, 1]. */
export interface FunnelLimits {
  readonly lower95: Float64Array;
  readonly upper95: Float64Array;
  readonly lower998: Float64Array;
  readonly upper998: Float64Array;
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * Funnel limits around the target p0 for units of sizes `sizes` (n > 0): p0 ± z·√(p0(1 − p0)/n + τ²)
 * with z = 1.959964 (95%) and 3.090232 (99.8%), clipped to [0, 1]; τ² = 0 without overdispersion.
 * Call it with a grid of sizes to draw the funnel's curves.
 */
export function funnelLimits(target: number, sizes: ArrayLike<number>, tau2 = 0): FunnelLimits {
  const count = sizes.length;
  const limits = {
    lower95: new Float64Array(count),
    upper95: new Float64Array(count),
    lower998: new Float64Array(count),
    upper998: new Float64Array(count),
  };
  const variance = target * (1 - target);
  for (let i = 0; i < count; i++) {
    const spread = Math.sqrt(variance / sizes[i]! + tau2);
    limits.lower95[i] = clamp01(target - FUNNEL_Z95 * spread);
    limits.upper95[i] = clamp01(target + FUNNEL_Z95 * spread);
    limits.lower998[i] = clamp01(target - FUNNEL_Z998 * spread);
    limits.upper998[i] = clamp01(target + FUNNEL_Z998 * spread);
  }
  return limits;
}
