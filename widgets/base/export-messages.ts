import type { WidgetLang } from './messages.js';

/** The download menu's words: in every widget bundle, so kept to the few the menu shows. */
export interface ExportMenuMessages {
  /** The menu button's name (and tooltip). */
  readonly download: string;
  readonly csv: string;
  readonly svg: string;
  readonly png: string;
}

export const EXPORT_MENU_MESSAGES: Record<WidgetLang, ExportMenuMessages> = {
  'zh-CN': { download: '下载', csv: 'CSV 数据', svg: 'SVG 图片', png: 'PNG 图片' },
  en: { download: 'Download', csv: 'CSV data', svg: 'SVG image', png: 'PNG image' },
};
