import type { Variation } from '../../src/index.js';
import type { WidgetLang } from '../base/messages.js';

/** Which side of the centre a signal points: above or rising (`high`), below or falling (`low`). */
export type Direction = 'high' | 'low';

/**
 * The words of the variation icon, shared by <indicator-spc> and <indicator-card status="spc">
 * (kept apart from the rest of SPC_MESSAGES so the card carries only these).
 */
export interface VariationMessages {
  /** A variation with its side, in full (the icon's label, announcements). */
  readonly variationSide: (variation: Variation, side: Direction | null) => string;
  /** The letters inside the variation icon: H (high) and L (low). */
  readonly sideLetter: Record<Direction, string>;
}

export const VARIATION_MESSAGES: Record<WidgetLang, VariationMessages> = {
  'zh-CN': {
    variationSide: (variation, side) =>
      variation === 'common'
        ? '常见原因变异'
        : `特殊原因变异${variation === 'improvement' ? '：改善' : variation === 'concern' ? '：需关注' : ''}（${side === 'low' ? '偏低' : '偏高'}）`,
    sideLetter: { high: 'H', low: 'L' },
  },
  en: {
    variationSide: (variation, side) =>
      variation === 'common'
        ? 'Common-cause variation'
        : `Special-cause ${variation === 'improvement' ? 'improvement' : variation === 'concern' ? 'concern' : 'variation'} (${side === 'low' ? 'low' : 'high'})`,
    sideLetter: { high: 'H', low: 'L' },
  },
};
