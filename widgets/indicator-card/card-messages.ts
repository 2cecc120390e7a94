import type { WidgetLang } from '../base/messages.js';

/** The texts only <indicator-card> needs, in both languages. */
export interface CardMessages {
  /** With `status="spc"`, when the Report carries no SPC results: the card shows the threshold status instead. */
  readonly noSpc: string;
}

export const CARD_MESSAGES: Record<WidgetLang, CardMessages> = {
  'zh-CN': {
    noSpc: '报告未附带 SPC 结果（lawgauge compute --spc），此为阈值状态',
  },
  en: {
    noSpc: 'No SPC results in this Report (lawgauge compute --spc): status against thresholds',
  },
};
