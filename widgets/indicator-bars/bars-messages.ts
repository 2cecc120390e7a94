import type { WidgetLang } from '../base/messages.js';

/** The texts only `<indicator-bars>` shows, in both languages (kept apart so the card does not carry them). */
export interface BarsMessages {
  /** The bar that stands for the groups beyond the first `top`: its name, and what activating it does. */
  readonly others: (count: string) => string;
  readonly showAll: string;
  /** The chart's summary for screen readers: what it shows (`count` already formatted), then the best and the worst. */
  readonly summary: (label: string, period: string, count: string) => string;
  readonly bestAndWorst: (best: string, worst: string) => string;
  /** Between the parts of a bar's accessible name: its group and value, its period, its rank. */
  readonly separator: string;
  /** Where the selected group drawn below the best stands among all (numbers already formatted). */
  readonly rank: (rank: string, count: string) => string;
}

export const BARS_MESSAGES: Record<WidgetLang, BarsMessages> = {
  'zh-CN': {
    others: (count) => `其余 ${count} 项`,
    showAll: '以表格查看全部',
    summary: (label, period, count) => `${label}，${period}，共 ${count} 项。`,
    bestAndWorst: (best, worst) => ` 最好：${best}；最差：${worst}。`,
    separator: '，',
    rank: (rank, count) => `第 ${rank} 名（共 ${count} 项）`,
  },
  en: {
    others: (count) => `${count} others`,
    showAll: 'view all as a table',
    summary: (label, period, count) => `${label}, ${period}, ${count} items.`,
    bestAndWorst: (best, worst) => ` Best: ${best}; worst: ${worst}.`,
    separator: ', ',
    rank: (rank, count) => `rank ${rank} of ${count}`,
  },
};
