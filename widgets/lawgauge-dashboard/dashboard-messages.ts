import type { WidgetLang } from '../base/messages.js';

export interface DashboardMessages {
  /** The headline of `invalid_report`: the data is not a valid dashboard configuration. */
  readonly invalidConfig: string;
  readonly skip: string;
  readonly asOf: (date: string) => string;
  readonly filteredBy: (value: string) => string;
  readonly clear: string;
  readonly panels: string;
  readonly computing: (rows: number) => string;
  readonly workerFailed: string;
}

export const DASHBOARD_MESSAGES: Record<WidgetLang, DashboardMessages> = {
  'zh-CN': {
    invalidConfig: '数据不是有效的看板配置',
    skip: '跳到第一个图表',
    asOf: (date) => `数据截至 ${date}`,
    filteredBy: (value) => `已按“${value}”筛选`,
    clear: '清除筛选',
    panels: '图表',
    computing: (rows) => `正在计算… 已读取 ${rows.toLocaleString('zh-CN')} 行`,
    workerFailed:
      '计算线程（Web Worker）未能启动。若页面设置了内容安全策略，请允许 worker-src 和 Trusted Types 策略 lawgauge。',
  },
  en: {
    invalidConfig: 'The data is not a valid dashboard configuration',
    skip: 'Skip to the first chart',
    asOf: (date) => `Data as of ${date}`,
    filteredBy: (value) => `Filtered to “${value}”`,
    clear: 'Clear filter',
    panels: 'Charts',
    computing: (rows) => `Computing… ${rows.toLocaleString('en')} rows read`,
    workerFailed:
      'The compute worker (Web Worker) did not start. If the page sets a Content-Security-Policy, allow worker-src and the Trusted Types policy lawgauge.',
  },
};
