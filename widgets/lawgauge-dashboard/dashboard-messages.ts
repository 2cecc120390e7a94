import type { WidgetLang } from '../base/messages.js';

export interface DashboardMessages {
  readonly skip: string;
  readonly asOf: (date: string) => string;
  readonly filteredBy: (value: string) => string;
  readonly clear: string;
  readonly panels: string;
}

export const DASHBOARD_MESSAGES: Record<WidgetLang, DashboardMessages> = {
  'zh-CN': {
    skip: '跳到第一个图表',
    asOf: (date) => `数据截至 ${date}`,
    filteredBy: (value) => `已按“${value}”筛选`,
    clear: '清除筛选',
    panels: '图表',
  },
  en: {
    skip: 'Skip to the first chart',
    asOf: (date) => `Data as of ${date}`,
    filteredBy: (value) => `Filtered to “${value}”`,
    clear: 'Clear filter',
    panels: 'Charts',
  },
};
