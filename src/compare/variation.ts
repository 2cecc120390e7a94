import type { Polarity } from '../model/indicator.js';
import type { Variation } from './compare-constants.js';
import { ANY_RULE, DOWN_BIT, UP_BIT } from './signal-bits.js';

/**
 * A point's variation from its signal bits: no rule → `common`; for a neutral or band polarity
 * any rule → `special` (a band has no better direction); otherwise `improvement` when every mark
 * points the good way (up for higher-better, down for lower-better), and `concern` when any mark
 * points the bad way, including a point marked both ways (DOMAIN.md's choice).
 */
export function variationOf(signal: number, polarity: Polarity): Variation {
  if ((signal & ANY_RULE) === 0) return 'common';
  if (polarity !== 'higher-better' && polarity !== 'lower-better') return 'special';
  const bad = polarity === 'higher-better' ? DOWN_BIT : UP_BIT;
  return (signal & bad) !== 0 ? 'concern' : 'improvement';
}
