import type { FunnelPosition } from './compare-constants.js';
import { funnelLimits, type FunnelLimits } from './funnel-limits.js';
import { funnelPositionOf } from './funnel-position.js';
import { overdispersion } from './overdispersion.js';

export interface FunnelPeriodOptions {
  /** The target p0 in [0, 1]; default Σy / Σn over the units. */
  readonly target?: number;
  /** Widen the limits by the units' overdispersion τ² (default true). */
  readonly overdispersion?: boolean;
}

/** One period's funnel: the target, the overdispersion, and each unit's limits and position. */
export interface FunnelPeriodResult extends FunnelLimits {
  readonly target: number;
  /** The number of units. */
  readonly k: number;
  /** Null when overdispersion is off or cannot be estimated (see overdispersion.ts). */
  readonly phi: number | null;
  /** The between-unit variance the limits were widened by; 0 when off. */
  readonly tau2: number;
  readonly position: FunnelPosition[];
}

/**
 * The funnel of k units in one period, each with yᵢ of nᵢ > 0 (callers leave out units with
 * n = 0, suppressed or without a value): p0 = Σy / Σn (or the given target), overdispersion,
 * and each unit's 95% and 99.8% limits at its own n and its position against them.
 * Undefined for no units without a given target (p0 would be 0/0).
 */
export function funnelOfPeriod(
  numerators: Float64Array,
  denominators: Float64Array,
  options: FunnelPeriodOptions = {},
): FunnelPeriodResult | undefined {
  const k = numerators.length;
  let target = options.target;
  if (target === undefined) {
    if (k === 0) return undefined;
    let events = 0;
    let trials = 0;
    for (let i = 0; i < k; i++) {
      events += numerators[i]!;
      trials += denominators[i]!;
    }
    target = events / trials;
  }
  const { phi, tau2 } =
    options.overdispersion === false ? { phi: null, tau2: 0 } : overdispersion(numerators, denominators, target);
  const limits = funnelLimits(target, denominators, tau2);
  const position = Array.from(numerators, (y, i) =>
    funnelPositionOf(
      y / denominators[i]!,
      limits.lower95[i]!,
      limits.upper95[i]!,
      limits.lower998[i]!,
      limits.upper998[i]!,
    ),
  );
  return { target, k, phi, tau2, ...limits, position };
}
