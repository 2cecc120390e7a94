import type { WidgetLang } from '../base/messages.js';

/** The texts only `<indicator-bars>` shows, in both languages (kept apart so the card does not carry them). */
export interface BarsMessages {
  /** The bar that stands for the groups beyond the first `top`: its name, and what activating it does. */
  readonly others: (count: string) => string;
  readonly showAll: string;
  /** The chart's summary for screen readers: what it shows, then the best and the worst. */
  readonly summary: (label: string, period: string, count: number) => string;
  readonly best: string;
  readonly worst: string;
}

export const BARS_MESSAGES: Record<WidgetLang, BarsMessages> = {
  'zh-CN': {
    others: (count) => `其余 ${count} 项`,
    showAll: '以表格查看全部',
    summary: (label, period, count) => `${label}，${period}，共 ${count} 项。`,
    best: '最好',
    worst: '最差',
  },
  en: {
    others: (count) => `${count} others`,
    showAll: 'view all as a table',
    summary: (label, period, count) => `${label}, ${period}, ${count} items.`,
    best: 'best',
    worst: 'worst',
  },
};
