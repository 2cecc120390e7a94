export type WidgetLang = 'zh-CN' | 'en';

export type WidgetErrorCode = 'conflicting_sources' | 'http' | 'network' | 'timeout' | 'content_type' | 'too_large' | 'invalid_json' | 'invalid_report' | 'no_data_source' | 'invalid_as_of';

/** Texts every widget needs (loading, empty, errors, export), in both languages. */
export interface BaseMessages {
  readonly loading: string;
  readonly empty: string;
  readonly errors: Record<WidgetErrorCode, string>;
  readonly exportCsv: string;
  readonly table: string;
}

export const BASE_MESSAGES: Record<WidgetLang, BaseMessages> = {
  'zh-CN': {
    loading: '正在加载……',
    empty: '暂无数据',
    errors: {
      conflicting_sources: '同时提供了多个数据来源（report 属性、src 属性、内嵌 JSON），只能提供一个',
      http: '数据请求失败',
      network: '无法连接数据地址',
      timeout: '数据请求超时',
      content_type: '数据地址返回的不是 JSON',
      too_large: '返回的数据过大',
      invalid_json: '返回的数据不是有效的 JSON',
      invalid_report: '数据不是有效的指标报告',
      invalid_as_of: '无法显示该截至日期',
      no_data_source: '未提供数据',
    },
    exportCsv: '导出 CSV',
    table: '数据表',
  },
  en: {
    loading: 'Loading…',
    empty: 'No data',
    errors: {
      conflicting_sources: 'More than one data source was given (report property, src attribute, inline JSON); give one',
      http: 'The data request failed',
      network: 'The data address could not be reached',
      timeout: 'The data request timed out',
      content_type: 'The data address did not return JSON',
      too_large: 'The data returned is too large',
      invalid_json: 'The data returned is not valid JSON',
      invalid_report: 'The data is not a valid indicator Report',
      invalid_as_of: 'Cannot show that as-of date',
      no_data_source: 'No data was given',
    },
    exportCsv: 'Export CSV',
    table: 'Data table',
  },
};
