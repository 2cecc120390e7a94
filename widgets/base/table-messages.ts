import type { WidgetLang } from './messages.js';

/** The column headings of the tables of Report rows (the table view, the CSV export, `<indicator-table>`). */
export interface ColumnHeadings {
  readonly period: string;
  readonly group: string;
  readonly value: string;
  readonly numerator: string;
  readonly denominator: string;
  /** The sample size. */
  readonly n: string;
  readonly status: string;
  readonly flag: string;
  /** `<indicator-table>`'s sparkline column. */
  readonly recent: string;
  /** A composite's rank (`<indicator-table>`). */
  readonly rank: string;
}

/** The texts of the tables of Report rows: their headings, and a long table's pages, in both languages. */
export interface TableMessages {
  readonly columns: ColumnHeadings;
  /** The accessible name of the page controls. */
  readonly pages: string;
  readonly first: string;
  readonly previous: string;
  readonly next: string;
  readonly last: string;
  /** Which rows are shown: `from`–`to` of `total`, numbers already formatted. */
  readonly rows: (from: string, to: string, total: string) => string;
  /** Added to the caption while a long table's new order is worked out. */
  readonly sorting: string;
}

export const TABLE_MESSAGES: Record<WidgetLang, TableMessages> = {
  'zh-CN': {
    columns: {
      period: '期间',
      group: '分组',
      value: '数值',
      numerator: '分子',
      denominator: '分母',
      n: '样本',
      status: '状态',
      flag: '标注',
      recent: '近期走势',
      rank: '排名',
    },
    pages: '分页',
    first: '首页',
    previous: '上一页',
    next: '下一页',
    last: '末页',
    rows: (from, to, total) => `第 ${from}–${to} 行，共 ${total} 行`,
    sorting: '正在排序…',
  },
  en: {
    columns: {
      period: 'Period',
      group: 'Group',
      value: 'Value',
      numerator: 'Numerator',
      denominator: 'Denominator',
      n: 'n',
      status: 'Status',
      flag: 'Flag',
      recent: 'Recent',
      rank: 'Rank',
    },
    pages: 'Pages',
    first: 'First',
    previous: 'Previous',
    next: 'Next',
    last: 'Last',
    rows: (from, to, total) => `Rows ${from}–${to} of ${total}`,
    sorting: 'sorting…',
  },
};
