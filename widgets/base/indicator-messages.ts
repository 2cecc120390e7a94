import type { Flag, Status } from '../../src/index.js';
import { BASE_MESSAGES, type BaseMessages, type WidgetLang } from './messages.js';

/** The indicator widgets' texts (status words, changes, chart help, summaries) with the base ones. */
export interface Messages extends BaseMessages {
  readonly status: Record<Status, string>;
  readonly flag: Record<Flag, string>;
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
  readonly viewTable: string;
  readonly viewChart: string;
  readonly chartHelp: string;
  readonly best: string;
  readonly worst: string;
  readonly summary: (label: string, period: string, count: number) => string;
}

const INDICATOR_MESSAGES: Record<WidgetLang, Omit<Messages, keyof BaseMessages>> = {
  'zh-CN': {
    status: { good: '良好', warning: '关注', bad: '预警' },
    flag: { 'no-data': '无数据', suppressed: '数量过少，已隐去', unstable: '样本较小，仅供参考', 'indicator-excluded': '有指标各单位取值相同，本期未计入' },
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
    viewTable: '以表格查看',
    viewChart: '以图表查看',
    chartHelp: '用方向键逐项浏览，Home / End 到首项或末项，回车选中，Esc 离开。',
    best: '最好',
    worst: '最差',
    summary: (label, period, count) => `${label}，${period}，共 ${count} 项。`,
  },
  en: {
    status: { good: 'Good', warning: 'Watch', bad: 'Alert' },
    flag: { 'no-data': 'No data', suppressed: 'Too few records; withheld', unstable: 'Small sample; indicative only', 'indicator-excluded': 'An indicator equal in every unit was left out this period' },
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
    viewTable: 'View as table',
    viewChart: 'View as chart',
    chartHelp: 'Use the arrow keys to move between items, Home / End for the first or last, Enter to select, Escape to leave.',
    best: 'best',
    worst: 'worst',
    summary: (label, period, count) => `${label}, ${period}, ${count} items.`,
  },
};

export const MESSAGES: Record<WidgetLang, Messages> = {
  'zh-CN': { ...BASE_MESSAGES['zh-CN'], ...INDICATOR_MESSAGES['zh-CN'] },
  en: { ...BASE_MESSAGES.en, ...INDICATOR_MESSAGES.en },
};
