import type { Indicator } from '../model/indicator.js';
import type { Status } from '../model/report.js';

/**
 * good / warning / bad for a value, by the indicator's polarity:
 * - thresholds `{good, warning}`: higher-better: ≥ good → good, ≥ warning → warning, else bad
 *   (lower-better mirrored);
 * - band polarity `[lo, hi]`: inside → good; inside thresholds' `{warning: [lo, hi]}` → warning;
 *   else bad;
 * - only a target: meeting it → good, else bad;
 * - neutral, or nothing to compare with: no status.
 */
export function statusOf(indicator: Indicator, value: number): Status | null {
  const { polarity, thresholds, target } = indicator;
  if (typeof polarity === 'object') {
    const [lo, hi] = polarity.band;
    if (value >= lo && value <= hi) return 'good';
    if (thresholds !== undefined && 'warning' in thresholds && Array.isArray(thresholds.warning)) {
      const [wLo, wHi] = thresholds.warning;
      if (value >= wLo && value <= wHi) return 'warning';
    }
    return 'bad';
  }
  if (polarity === 'neutral') return null;
  const higher = polarity === 'higher-better';
  const meets = (limit: number): boolean => (higher ? value >= limit : value <= limit);
  if (thresholds !== undefined && 'good' in thresholds) {
    return meets(thresholds.good) ? 'good' : meets(thresholds.warning) ? 'warning' : 'bad';
  }
  if (target !== undefined) return meets(target) ? 'good' : 'bad';
  return null;
}
