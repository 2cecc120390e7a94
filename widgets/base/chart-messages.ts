import type { WidgetLang } from './messages.js';

/** The texts of the charts (`<indicator-trend>`, `<indicator-bars>`), in both languages (kept apart so the card does not carry them). */
export interface ChartMessages {
  readonly viewTable: string;
  readonly viewChart: string;
  /**
   * How to move through a chart's points or bars with the keyboard, and where Escape takes the
   * focus: to the chart as a whole (`leaveMarks`), from where Tab goes back to the item.
   */
  readonly chartHelp: string;
}

export const CHART_MESSAGES: Record<WidgetLang, ChartMessages> = {
  'zh-CN': {
    viewTable: '以表格查看',
    viewChart: '以图表查看',
    chartHelp: '用方向键逐项浏览，Home / End 到首项或末项，回车选中，Esc 离开各项、焦点移到整个图表。',
  },
  en: {
    viewTable: 'View as table',
    viewChart: 'View as chart',
    chartHelp:
      'Use the arrow keys to move between items, Home / End for the first or last, Enter to select, Escape to leave the items for the chart as a whole.',
  },
};
