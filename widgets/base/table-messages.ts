import type { WidgetLang } from './messages.js';

/** The texts of a long table's pages (the table view of the charts, `<indicator-table>`), in both languages. */
export interface TableMessages {
  /** The accessible name of the page controls. */
  readonly pages: string;
  readonly first: string;
  readonly previous: string;
  readonly next: string;
  readonly last: string;
  /** Which rows are shown: `from`–`to` of `total`, numbers already formatted. */
  readonly rows: (from: string, to: string, total: string) => string;
}

export const TABLE_MESSAGES: Record<WidgetLang, TableMessages> = {
  'zh-CN': {
    pages: '分页',
    first: '首页',
    previous: '上一页',
    next: '下一页',
    last: '末页',
    rows: (from, to, total) => `第 ${from}–${to} 行，共 ${total} 行`,
  },
  en: {
    pages: 'Pages',
    first: 'First',
    previous: 'Previous',
    next: 'Next',
    last: 'Last',
    rows: (from, to, total) => `Rows ${from}–${to} of ${total}`,
  },
};
