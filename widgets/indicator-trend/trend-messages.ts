import type { WidgetLang } from '../base/messages.js';

/** The texts only <indicator-trend> needs, in both languages (kept apart so the card does not carry them). */
export interface TrendMessages {
  /** Heading of the annotations listed whole under the table view. */
  readonly annotations: string;
}

export const TREND_MESSAGES: Record<WidgetLang, TrendMessages> = {
  'zh-CN': { annotations: '标注' },
  en: { annotations: 'Annotations' },
};
