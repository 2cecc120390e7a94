import type { FunnelPosition } from './compare-constants.js';

/** Where a proportion lies against its funnel limits: strictly beyond a limit, else `within`. */
export function funnelPositionOf(
  value: number,
  lower95: number,
  upper95: number,
  lower998: number,
  upper998: number,
): FunnelPosition {
  if (value > upper998) return 'above-998';
  if (value > upper95) return 'above-95';
  if (value < lower998) return 'below-998';
  if (value < lower95) return 'below-95';
  return 'within';
}
