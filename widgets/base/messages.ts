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
  | 'invalid_as_of'
  | 'invalid_options'
  | 'invalid_geometry'
  /** A dashboard panel that computes its Report from data could not (its data, its definition, the worker). */
  | 'compute_failed';

/** The kinds of document the widgets show (see `SHOWN_BY` in load-report.ts). */
export type DataKind = 'report' | 'reform' | 'dashboard';

/** Texts every widget needs (loading, errors, export), in both languages. */
export interface BaseMessages {
  readonly loading: string;
  readonly errors: Record<WidgetErrorCode, string>;
  /** A kind of document, as the `wrong_kind` error names it. */
  readonly kinds: Record<DataKind, string>;
  /** The `wrong_kind` error's detail: what the data is, and the widgets that show it. */
  readonly useWidget: (kind: string, tags: string) => string;
  /** The detail of data that threw while it was read (a getter, a Proxy). */
  readonly unreadable: string;
  /** After the place of a document's first failure, while (or if) the explanation is not there. */
  readonly invalidHere: string;
  readonly exportCsv: string;
  /** The `conflicting_sources` error's detail: the sources given, each named as `SOURCE_NAMES` orders them. */
  readonly sourcesGiven: (given: readonly DataSource[]) => string;
}

/** Where a widget's data can come from: its `report` property, its `src` attribute, a JSON script inside it. */
export type DataSource = 'property' | 'attribute' | 'inline';

export const BASE_MESSAGES: Record<WidgetLang, BaseMessages> = {
  'zh-CN': {
    loading: '正在加载……',
    errors: {
      conflicting_sources: '同时提供了多个数据来源，只能提供一个',
      http: '数据请求失败',
      network: '无法连接数据地址',
      timeout: '数据请求超时',
      content_type: '数据地址返回的不是 JSON',
      too_large: '返回的数据过大',
      invalid_json: '返回的数据不是有效的 JSON',
      invalid_report: '数据不是有效的指标报告',
      wrong_kind: '本组件不显示这种数据',
      invalid_as_of: '无法显示该截至日期',
      invalid_options: '组件的设置无效',
      invalid_geometry: '地图的地区数据无效',
      compute_failed: '无法计算此图表',
      no_data_source: '未提供数据',
    },
    kinds: { report: '指标报告', reform: '改革进展报告', dashboard: '看板配置' },
    useWidget: (kind, tags) => `这是${kind}，请用 ${tags} 显示`,
    unreadable: '读取数据时出错',
    invalidHere: '此处的值无效',
    exportCsv: '导出 CSV',
    sourcesGiven: (given) =>
      `已提供：${given.map((source) => ({ property: 'report 属性', attribute: 'src 属性', inline: '内嵌 JSON' })[source]).join('、')}`,
  },
  en: {
    loading: 'Loading…',
    errors: {
      conflicting_sources: 'More than one data source was given; give one',
      http: 'The data request failed',
      network: 'The data address could not be reached',
      timeout: 'The data request timed out',
      content_type: 'The data address did not return JSON',
      too_large: 'The data returned is too large',
      invalid_json: 'The data returned is not valid JSON',
      invalid_report: 'The data is not a valid indicator Report',
      wrong_kind: 'This widget does not show this kind of data',
      invalid_as_of: 'Cannot show that as-of date',
      invalid_options: 'The widget’s settings are not valid',
      invalid_geometry: 'The map regions are not valid',
      compute_failed: 'Cannot compute this chart',
      no_data_source: 'No data was given',
    },
    kinds: { report: 'an indicator Report', reform: 'a reform report', dashboard: 'a dashboard configuration' },
    useWidget: (kind, tags) => `this is ${kind}; use ${tags}`,
    unreadable: 'Reading the data failed',
    invalidHere: 'invalid value here',
    exportCsv: 'Export CSV',
    sourcesGiven: (given) =>
      `given: ${given.map((source) => ({ property: 'the report property', attribute: 'the src attribute', inline: 'inline JSON' })[source]).join(' and ')}`,
  },
};
