import type { Flag, Status } from '../../src/index.js';
import { BASE_MESSAGES, type BaseMessages, type WidgetLang } from './messages.js';

/**
 * The texts every indicator widget needs (status words, flags, changes) with the base ones; a
 * chart's own are in chart-messages.ts, a Report's problems are worded by the core's
 * shapeIssueText (src/model/issue-words.ts).
 */
export interface Messages extends BaseMessages {
  /** A Report with no row to show. */
  readonly empty: string;
  readonly status: Record<Status, string>;
  readonly flag: Record<Flag, string>;
  /** A value resting on fewer than the minimum sample (`unstable`), marked in words wherever it is shown. */
  readonly unstableValue: (value: string) => string;
  /**
   * The short visible mark after such a value where the words do not fit (a bar, a map tile, an
   * SPC point); the widget then says what it means in a visible note or legend.
   */
  readonly unstableMark: string;
  /** How many of the values shown rest on fewer than `min` (the minimum sample; null: not known). */
  readonly unstableCount: (count: number, total: number, min: number | null) => string;
  readonly target: string;
  readonly previous: string;
  readonly yearAgo: string;
  readonly up: string;
  readonly down: string;
  readonly unchanged: string;
  readonly better: string;
  readonly worse: string;
  readonly points: string;
  readonly interval: string;
  readonly sample: (n: number) => string;
  readonly trend: (label: string, first: string, last: string, from: string, to: string) => string;
  /** A group asked for (`group`) that the Report does not have, and the groups it has. */
  readonly noGroup: (group: string, existing: string) => string;
  /** A period asked for (`period`) that the Report has no rows for, and the periods it has. */
  readonly noPeriod: (period: string, existing: string) => string;
  /** The end of a list cut short: how many there are in all. */
  readonly inAll: (count: number) => string;
}

const INDICATOR_MESSAGES: Record<WidgetLang, Omit<Messages, keyof BaseMessages>> = {
  'zh-CN': {
    empty: '暂无数据',
    status: { good: '良好', warning: '关注', bad: '预警' },
    flag: {
      'no-data': '无数据',
      suppressed: '数量过少，已隐去',
      unstable: '样本较小，仅供参考',
      'indicator-excluded': '有指标各单位取值相同，本期未计入',
    },
    unstableValue: (value) => `${value}（样本小）`,
    unstableMark: '*',
    unstableCount: (count, total, min) =>
      `${total} 个值中有 ${count} 个样本小${min === null ? '' : `（不足 ${min} 例）`}，仅供参考`,
    target: '目标',
    previous: '比上期',
    yearAgo: '比上年同期',
    up: '上升',
    down: '下降',
    unchanged: '持平',
    better: '向好',
    worse: '变差',
    points: '个百分点',
    interval: '95% 置信区间',
    sample: (n) => `样本 ${n}`,
    trend: (label, first, last, from, to) => `${label}走势：${from} ${first}，${to} ${last}`,
    noGroup: (group, existing) => `没有分组“${group}”。现有分组：${existing}`,
    noPeriod: (period, existing) => `没有${period}的数据。现有期间：${existing}`,
    inAll: (count) => `（共 ${count} 个）`,
  },
  en: {
    empty: 'No data',
    status: { good: 'Good', warning: 'Watch', bad: 'Alert' },
    flag: {
      'no-data': 'No data',
      suppressed: 'Too few records; withheld',
      unstable: 'Small sample; indicative only',
      'indicator-excluded': 'An indicator equal in every unit was left out this period',
    },
    unstableValue: (value) => `${value} (small sample)`,
    unstableMark: '*',
    unstableCount: (count, total, min) =>
      `${count} of ${total} values rest on a small sample${min === null ? '' : ` (fewer than ${min} cases)`}: indicative only`,
    target: 'Target',
    previous: 'vs previous period',
    yearAgo: 'vs a year earlier',
    up: 'up',
    down: 'down',
    unchanged: 'unchanged',
    better: 'better',
    worse: 'worse',
    points: 'points',
    interval: '95% interval',
    sample: (n) => `n = ${n}`,
    trend: (label, first, last, from, to) => `${label} trend: ${first} in ${from}, ${last} in ${to}`,
    noGroup: (group, existing) => `No group “${group}”. Groups: ${existing}`,
    noPeriod: (period, existing) => `No data for ${period}. Periods: ${existing}`,
    inAll: (count) => ` (${count} in all)`,
  },
};

export const MESSAGES: Record<WidgetLang, Messages> = {
  'zh-CN': { ...BASE_MESSAGES['zh-CN'], ...INDICATOR_MESSAGES['zh-CN'] },
  en: { ...BASE_MESSAGES.en, ...INDICATOR_MESSAGES.en },
};
