import type { WidgetLang } from './messages.js';

/** The texts of tables: a long table's pages (the table view of the charts, `<indicator-table>`) and `<indicator-table>`'s columns, in both languages. */
export interface TableMessages {
  /** The accessible name of the page controls. */
  readonly pages: string;
  readonly first: string;
  readonly previous: string;
  readonly next: string;
  readonly last: string;
  /** Which rows are shown: `from`–`to` of `total`, numbers already formatted. */
  readonly rows: (from: string, to: string, total: string) => string;
  /** `<indicator-table>`'s column headers (the change column's is the indicator messages' `previous`). */
  readonly group: string;
  readonly value: string;
  readonly status: string;
  readonly rank: string;
  readonly recent: string;
  /** Added to the caption while a long table's new order is worked out. */
  readonly sorting: string;
}

export const TABLE_MESSAGES: Record<WidgetLang, TableMessages> = {
  'zh-CN': {
    pages: '分页',
    first: '首页',
    previous: '上一页',
    next: '下一页',
    last: '末页',
    rows: (from, to, total) => `第 ${from}–${to} 行，共 ${total} 行`,
    group: '分组',
    value: '数值',
    status: '状态',
    rank: '排名',
    recent: '近期走势',
    sorting: '正在排序…',
  },
  en: {
    pages: 'Pages',
    first: 'First',
    previous: 'Previous',
    next: 'Next',
    last: 'Last',
    rows: (from, to, total) => `Rows ${from}–${to} of ${total}`,
    group: 'Group',
    value: 'Value',
    status: 'Status',
    rank: 'Rank',
    recent: 'Recent',
    sorting: 'sorting…',
  },
};
