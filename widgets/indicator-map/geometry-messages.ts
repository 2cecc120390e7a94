import type { WidgetLang } from '../base/messages.js';
import type { GeoIssueCode } from './geo-issues.js';

/**
 * The words for the problems of the host's regions (RFC 7946, TopoJSON, the join, a tile layout),
 * each followed by its detail; kept with the code that checks them, in the geometry script.
 */
export const GEOMETRY_WORDS: Record<WidgetLang, Record<GeoIssueCode, string>> = {
  'zh-CN': {
    type: '类型不对，应为',
    empty: '没有可绘制的地区',
    tile: '图块应有名称（name）和 0 至 63 的整数位置（x、y），且不与其他图块重叠：',
    duplicate: '名称或代码重复：',
    not_area: '不是面（应为 Polygon 或 MultiPolygon）：',
    position: '不是坐标（应为两个或三个数）：',
    finite: '坐标不是有限的数：',
    range: '经纬度超出范围：',
    ring_short: '环的坐标少于 4 个：',
    ring_open: '环未闭合（末个坐标应与首个相同）',
    join_missing: '缺少关联属性，现有属性：',
    arc_index: '没有这个 TopoJSON 弧：',
  },
  en: {
    type: 'wrong type; expected ',
    empty: 'no region to draw',
    tile: 'a tile needs a name and a place x, y of whole numbers 0 to 63, not on another tile: ',
    duplicate: 'name or code given twice: ',
    not_area: 'not an area (Polygon or MultiPolygon): ',
    position: 'not a position (two or three numbers): ',
    finite: 'coordinates not finite numbers: ',
    range: 'longitude or latitude out of range: ',
    ring_short: 'ring of fewer than 4 positions: ',
    ring_open: 'ring not closed (its last position must be its first)',
    join_missing: 'no join property; it has: ',
    arc_index: 'no such TopoJSON arc: ',
  },
};
