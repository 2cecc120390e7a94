import type { WidgetLang } from '../base/messages.js';

/** The texts only `<indicator-map>` shows, in both languages. */
export interface MapMessages {
  /** The summary's opening: what the map shows, when, of how many regions. */
  readonly summary: (label: string, period: string, count: number) => string;
  /** How many regions are in one status (or have no value): `良好 5 个` / `5 good`. */
  readonly count: (word: string, count: number) => string;
  /** The counts as a sentence. */
  readonly counts: (parts: readonly string[]) => string;
  /** A clause of the summary as a sentence. */
  readonly sentence: (clause: string) => string;
  /** The highest and lowest regions (name and value) as a sentence. */
  readonly extremes: (highest: string, lowest: string) => string;
  /** Names listed in a note. */
  readonly list: (names: readonly string[]) => string;
  /** A region's accessible name: its name and value (as shown) first, then the period. */
  readonly regionName: (name: string, value: string, period: string) => string;
  /** A note naming regions: why they show no value (a flag's words, or `offMap`), then which. */
  readonly note: (why: string, names: string) => string;
  /** The legend's and the summary's word for a region without a value (no row, or withheld). */
  readonly noValue: string;
  /** Groups in the Report that no region on the map stands for. */
  readonly offMap: string;
  /** How to move through the regions with the keyboard; `drill`: Enter also opens the region's streets. */
  readonly help: (drill: boolean) => string;
  readonly back: string;
  /** The breadcrumbs' name, and their first step when the map has no name of its own. */
  readonly levels: string;
  readonly everywhere: string;
  /** Announced when a drill-down level or the level above is shown. */
  readonly showing: (name: string) => string;
  /** A value class of the sequential scale, `low` to `high`. */
  readonly range: (low: string, high: string) => string;
  readonly legend: string;
}

export const MAP_MESSAGES: Record<WidgetLang, MapMessages> = {
  'zh-CN': {
    summary: (label, period, count) => `${label}，${period}，共 ${count} 个地区。`,
    count: (word, count) => `${word} ${count} 个`,
    counts: (parts) => `${parts.join('，')}。`,
    sentence: (clause) => `${clause}。`,
    extremes: (highest, lowest) => `最高：${highest}；最低：${lowest}。`,
    list: (names) => names.join('、'),
    regionName: (name, value, period) => `${name} ${value}，${period}`,
    note: (why, names) => `${why}：${names}`,
    noValue: '无数据或已隐去',
    offMap: '地图上没有这些分组',
    help: (drill) =>
      `用方向键移到该方向上相邻的地区，Home / End 到首个或末个，回车选中${drill ? '并进入下一级' : ''}，Esc 离开各地区、焦点移到整个地图。`,
    back: '返回上一级',
    levels: '地图层级',
    everywhere: '全部地区',
    showing: (name) => `正在显示${name}`,
    range: (low, high) => `${low} – ${high}`,
    legend: '图例',
  },
  en: {
    summary: (label, period, count) => `${label}, ${period}, ${count} regions.`,
    count: (word, count) => `${count} ${word.toLowerCase()}`,
    counts: (parts) => `${parts.join(', ')}.`,
    sentence: (clause) => `${clause[0]!.toUpperCase()}${clause.slice(1)}.`,
    extremes: (highest, lowest) => `Highest: ${highest}; lowest: ${lowest}.`,
    list: (names) => names.join(', '),
    regionName: (name, value, period) => `${name} ${value}, ${period}`,
    note: (why, names) => `${why}: ${names}`,
    noValue: 'No data or withheld',
    offMap: 'Not on the map',
    help: (drill) =>
      `Use the arrow keys to move to the neighbouring region in that direction, Home / End for the first or last, Enter to select${drill ? ' and open the level below' : ''}, Escape to leave the regions for the map as a whole.`,
    back: 'Back one level',
    levels: 'Map levels',
    everywhere: 'All regions',
    showing: (name) => `Showing ${name}`,
    range: (low, high) => `${low} – ${high}`,
    legend: 'Legend',
  },
};
