import type { WidgetLang } from '../base/messages.js';
import type { GeoIssueCode } from './geo-issues.js';

/** The words for host geometry's problems (RFC 7946, TopoJSON, the join), kept with the geometry code. */
export const GEOMETRY_WORDS: Record<WidgetLang, Partial<Record<GeoIssueCode, string>>> = {
  'zh-CN': {
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
