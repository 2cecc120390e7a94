import type { Unit } from '../../src/index.js';
import type { WidgetLang } from './messages.js';

/** The words of an exported image's notes and of export failures: loaded with the export code only. */
export interface ExportKitMessages {
  /** One period the picture shows: 统计期：2019年4月 / Period: Apr 2019. */
  readonly period: (period: string) => string;
  /** A series of periods the picture shows, first to last. */
  readonly periods: (first: string, last: string) => string;
  readonly toDate: string;
  readonly unit: (unit: string) => string;
  readonly units: Record<Unit, string>;
  readonly source: (source: string) => string;
  readonly methodology: (text: string) => string;
  readonly suppressed: (below: number) => string;
  readonly asOf: (date: string) => string;
  readonly synthetic: string;
  /** Why there is nothing to export: the widget shows no data (loading, an error, no source). */
  readonly noData: string;
  /** The SVG image could not be drawn into a canvas: most often the page's CSP. */
  readonly imageBlocked: string;
  readonly encodeFailed: string;
}

export const EXPORT_KIT_MESSAGES: Record<WidgetLang, ExportKitMessages> = {
  'zh-CN': {
    period: (period) => `统计期：${period}`,
    periods: (first, last) => `统计期：${first} 至 ${last}`,
    toDate: '（截至目前）',
    unit: (unit) => `单位：${unit}`,
    units: { percent: '百分比', ratio: '比率', count: '数量', days: '天', score: '分', currency: '元（人民币）' },
    source: (source) => `数据来源：${source}`,
    methodology: (text) => `计算方法：${text}`,
    suppressed: (below) => `记录少于 ${below} 条的数值不予公布`,
    asOf: (date) => `截至 ${date}`,
    synthetic: '示例数据，非真实统计',
    noData: '没有可导出的数据：组件尚未显示数据',
    imageBlocked: '无法生成 PNG 图片：页面的内容安全策略（CSP）须允许 img-src blob:',
    encodeFailed: '无法生成 PNG 图片',
  },
  en: {
    period: (period) => `Period: ${period}`,
    periods: (first, last) => `Period: ${first} to ${last}`,
    toDate: ' (to date)',
    unit: (unit) => `Unit: ${unit}`,
    units: { percent: 'percent', ratio: 'ratio', count: 'count', days: 'days', score: 'score', currency: 'yuan (CNY)' },
    source: (source) => `Source: ${source}`,
    methodology: (text) => `Method: ${text}`,
    suppressed: (below) => `Values from fewer than ${below} records are withheld`,
    asOf: (date) => `As of ${date}`,
    synthetic: 'Synthetic example data, not real statistics',
    noData: 'Nothing to export: the widget shows no data',
    imageBlocked: "Cannot make the PNG image: the page's Content Security Policy must allow img-src blob:",
    encodeFailed: 'Cannot make the PNG image',
  },
};
