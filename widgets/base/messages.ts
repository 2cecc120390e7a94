export type WidgetLang = 'zh-CN' | 'en';

export type WidgetErrorCode =
  | 'conflicting_sources'
  | 'http'
  | 'network'
  | 'timeout'
  | 'content_type'
  | 'too_large'
  | 'invalid_json'
  | 'invalid_report'
  | 'wrong_kind'
  | 'no_data_source'
  | 'invalid_as_of';

/** The kinds of document the widgets show (see `SHOWN_BY` in load-report.ts). */
export type DataKind = 'report' | 'reform';

/** Punctuation between the parts of a sentence, as each language writes it (spaces included). */
export interface Punctuation {
  /** Before what something is: "2019年3月：…" / "Mar 2019: …". */
  readonly colon: string;
  readonly comma: string;
  readonly semicolon: string;
  /** The end of a sentence. */
  readonly stop: string;
  /** Between the items of a list of names (顿号 in Chinese). */
  readonly list: string;
  /** `text` with `aside` in brackets after it. */
  readonly aside: (text: string, aside: string) => string;
}

/** The words of a period label (`periodLabel`), by unit; numbers as in the period key. */
export interface PeriodWords {
  readonly year: (year: string) => string;
  readonly quarter: (year: string, quarter: number) => string;
  readonly month: (year: string, month: number) => string;
  readonly week: (year: string, week: number) => string;
  readonly day: (year: string, month: number, day: number) => string;
}

/** Texts every widget needs (loading, errors, export, punctuation, period and group names), in both languages. */
export interface BaseMessages {
  readonly loading: string;
  readonly errors: Record<WidgetErrorCode, string>;
  /** A kind of document, as the `wrong_kind` error names it. */
  readonly kinds: Record<DataKind, string>;
  /** The `wrong_kind` error's detail: what the data is, and the widgets that show it. */
  readonly useWidget: (kind: string, tags: string) => string;
  /** The detail of data that threw while it was read (a getter, a Proxy). */
  readonly unreadable: string;
  readonly exportCsv: string;
  readonly punctuation: Punctuation;
  readonly periods: PeriodWords;
  /** The group of a Report's totals, as its name. */
  readonly total: string;
  /** A group value that is empty (null), as its name. */
  readonly emptyGroup: string;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const BASE_MESSAGES: Record<WidgetLang, BaseMessages> = {
  'zh-CN': {
    loading: '正在加载……',
    errors: {
      conflicting_sources: '同时提供了多个数据来源（report 属性、src 属性、内嵌 JSON），只能提供一个',
      http: '数据请求失败',
      network: '无法连接数据地址',
      timeout: '数据请求超时',
      content_type: '数据地址返回的不是 JSON',
      too_large: '返回的数据过大',
      invalid_json: '返回的数据不是有效的 JSON',
      invalid_report: '数据不是有效的指标报告',
      wrong_kind: '本组件不显示这种数据',
      invalid_as_of: '无法显示该截至日期',
      no_data_source: '未提供数据',
    },
    kinds: { report: '指标报告', reform: '改革进展报告' },
    useWidget: (kind, tags) => `这是${kind}，请用 ${tags} 显示`,
    unreadable: '读取数据时出错',
    exportCsv: '导出 CSV',
    punctuation: {
      colon: '：',
      comma: '，',
      semicolon: '；',
      stop: '。',
      list: '、',
      aside: (text, aside) => `${text}（${aside}）`,
    },
    periods: {
      year: (year) => `${year}年`,
      quarter: (year, quarter) => `${year}年第${quarter}季度`,
      month: (year, month) => `${year}年${month}月`,
      week: (year, week) => `${year}年第${week}周`,
      day: (year, month, day) => `${year}年${month}月${day}日`,
    },
    total: '合计',
    emptyGroup: '（空）',
  },
  en: {
    loading: 'Loading…',
    errors: {
      conflicting_sources:
        'More than one data source was given (report property, src attribute, inline JSON); give one',
      http: 'The data request failed',
      network: 'The data address could not be reached',
      timeout: 'The data request timed out',
      content_type: 'The data address did not return JSON',
      too_large: 'The data returned is too large',
      invalid_json: 'The data returned is not valid JSON',
      invalid_report: 'The data is not a valid indicator Report',
      wrong_kind: 'This widget does not show this kind of data',
      invalid_as_of: 'Cannot show that as-of date',
      no_data_source: 'No data was given',
    },
    kinds: { report: 'an indicator Report', reform: 'a reform report' },
    useWidget: (kind, tags) => `this is ${kind}; use ${tags}`,
    unreadable: 'Reading the data failed',
    exportCsv: 'Export CSV',
    punctuation: {
      colon: ': ',
      comma: ', ',
      semicolon: '; ',
      stop: '.',
      list: ', ',
      aside: (text, aside) => `${text} (${aside})`,
    },
    periods: {
      year: (year) => year,
      quarter: (year, quarter) => `Q${quarter} ${year}`,
      month: (year, month) => `${MONTHS_EN[month - 1]} ${year}`,
      week: (year, week) => `week ${week}, ${year}`,
      day: (year, month, day) => `${day} ${MONTHS_EN[month - 1]} ${year}`,
    },
    total: 'Total',
    emptyGroup: '(none)',
  },
};
