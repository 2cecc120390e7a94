import type { Flag, Status } from '../../src/index.js';

export type WidgetLang = 'zh-CN' | 'en';

/** Every visible and screen-reader text of the widgets, in both languages. */
export interface Messages {
  readonly loading: string;
  readonly empty: string;
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
  readonly errors: Record<WidgetErrorCode, string>;
  readonly viewTable: string;
  readonly viewChart: string;
  readonly exportCsv: string;
  readonly chartHelp: string;
  readonly best: string;
  readonly worst: string;
  readonly summary: (label: string, period: string, count: number) => string;
}

export type WidgetErrorCode = 'conflicting_sources' | 'http' | 'network' | 'timeout' | 'content_type' | 'too_large' | 'invalid_json' | 'invalid_report' | 'no_data_source';

export const MESSAGES: Record<WidgetLang, Messages> = {
  'zh-CN': {
    loading: '正在加载……',
    empty: '暂无数据',
    status: { good: '良好', warning: '关注', bad: '预警' },
    flag: { 'no-data': '无数据', suppressed: '数量过少，已隐去', unstable: '样本较小，仅供参考' },
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
    errors: {
      conflicting_sources: '同时提供了多个数据来源（report 属性、src 属性、内嵌 JSON），只能提供一个',
      http: '数据请求失败',
      network: '无法连接数据地址',
      timeout: '数据请求超时',
      content_type: '数据地址返回的不是 JSON',
      too_large: '返回的数据过大',
      invalid_json: '返回的数据不是有效的 JSON',
      invalid_report: '数据不是有效的指标报告',
      no_data_source: '未提供数据',
    },
    viewTable: '以表格查看',
    viewChart: '以图表查看',
    exportCsv: '导出 CSV',
    chartHelp: '用方向键逐项浏览，Home / End 到首项或末项，回车选中，Esc 离开。',
    best: '最好',
    worst: '最差',
    summary: (label, period, count) => `${label}，${period}，共 ${count} 项。`,
  },
  en: {
    loading: 'Loading…',
    empty: 'No data',
    status: { good: 'Good', warning: 'Watch', bad: 'Alert' },
    flag: { 'no-data': 'No data', suppressed: 'Too few records; withheld', unstable: 'Small sample; indicative only' },
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
    errors: {
      conflicting_sources: 'More than one data source was given (report property, src attribute, inline JSON); give one',
      http: 'The data request failed',
      network: 'The data address could not be reached',
      timeout: 'The data request timed out',
      content_type: 'The data address did not return JSON',
      too_large: 'The data returned is too large',
      invalid_json: 'The data returned is not valid JSON',
      invalid_report: 'The data is not a valid indicator Report',
      no_data_source: 'No data was given',
    },
    viewTable: 'View as table',
    viewChart: 'View as chart',
    exportCsv: 'Export CSV',
    chartHelp: 'Use the arrow keys to move between items, Home / End for the first or last, Enter to select, Escape to leave.',
    best: 'best',
    worst: 'worst',
    summary: (label, period, count) => `${label}, ${period}, ${count} items.`,
  },
};
