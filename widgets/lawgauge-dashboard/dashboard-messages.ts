import type { WidgetLang } from '../base/messages.js';

export interface DashboardMessages {
  readonly skip: string;
  readonly asOf: (date: string) => string;
  readonly filteredBy: (value: string) => string;
  readonly clear: string;
  readonly panels: string;
  readonly computing: (rows: number) => string;
  readonly computeFailed: (reason: string) => string;
}

export const DASHBOARD_MESSAGES: Record<WidgetLang, DashboardMessages> = {
  'zh-CN': {
    skip: '跳到第一个图表',
    asOf: (date) => `数据截至 ${date}`,
    filteredBy: (value) => `已按“${value}”筛选`,
    clear: '清除筛选',
    panels: '图表',
    computing: (rows) => `正在计算… 已读取 ${rows.toLocaleString('zh-CN')} 行`,
    computeFailed: (reason) => `无法计算：${reason}`,
  },
  en: {
    skip: 'Skip to the first chart',
    asOf: (date) => `Data as of ${date}`,
    filteredBy: (value) => `Filtered to “${value}”`,
    clear: 'Clear filter',
    panels: 'Charts',
    computing: (rows) => `Computing… ${rows.toLocaleString('en')} rows read`,
    computeFailed: (reason) => `Cannot compute: ${reason}`,
  },
};
