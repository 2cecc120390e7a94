import type { Dashboard, GroupLabels, ReformReport, Report } from 'lawgauge';
import type { TileLayout, TrendAnnotation } from 'lawgauge/widgets';

export type { LgErrorDetail, LgErrorEvent, LgSelectDetail, LgSelectEvent } from 'lawgauge/widgets';

/** What every lawgauge widget takes, as attributes or properties. */
export interface WidgetProps<Data = Report> {
  report?: Data;
  src?: string;
  lang?: 'zh-CN' | 'en' | string;
  theme?: 'light' | 'dark';
  timeout?: number;
  'max-bytes'?: number;
  credentials?: 'omit' | 'same-origin' | 'include';
  /** Hides the download menu (SVG, PNG, CSV); `exportSvg()` / `exportPng()` still work. */
  'no-export'?: boolean;
}

/** What the four indicator widgets take besides. */
export interface IndicatorWidgetProps extends WidgetProps {
  /** Names of group values in each language, by field; a field named here replaces the Report's own `groupLabels` for it (a property). */
  groupLabels?: GroupLabels;
}

export interface IndicatorCardProps extends IndicatorWidgetProps {
  group?: string;
  period?: string;
}
export interface IndicatorTrendProps extends IndicatorWidgetProps {
  groups?: string;
  annotations?: readonly TrendAnnotation[];
}
export interface IndicatorBarsProps extends IndicatorWidgetProps {
  period?: string;
  selected?: string;
  /** Bars drawn before the "others (k)" bar; default 20. */
  top?: number;
}
export interface IndicatorFunnelProps extends IndicatorWidgetProps {
  period?: string;
  /** `off` (attribute) or `false` (property) draws the limits without the overdispersion adjustment. */
  overdispersion?: boolean | 'off';
  /** The target rate p0, from 0 to 1; default the groups' pooled rate. */
  target?: number;
  selected?: string;
  view?: 'chart' | 'table';
}
export interface IndicatorTableProps extends IndicatorWidgetProps {
  period?: string;
  /** Rows per page; default 100. */
  'page-size'?: number;
}
export interface IndicatorMapProps extends WidgetProps {
  period?: string;
  selected?: string;
  /** `status` (default), `quantile` or `equal` (five classes of value). */
  color?: 'status' | 'quantile' | 'equal';
  /** GeoJSON or TopoJSON (an object); else `geometry-src`; else the tile grid. */
  geometry?: object;
  'geometry-src'?: string;
  'join-property'?: string;
  'label-property'?: string;
  'topology-object'?: string;
  /** A tile grid of another city's regions, in place of Shanghai's districts. */
  layout?: TileLayout;
  /** URL template of a region's level below: `{group}` becomes the group value. */
  'drill-src'?: string;
  'drill-geometry-src'?: string;
}

export interface IndicatorSpcProps extends IndicatorWidgetProps {
  /** The group value to chart; default the total. */
  group?: string;
  /** `xmr` (default) or `pprime` (rates only). */
  chart?: 'xmr' | 'pprime';
  /** Values at the start of each phase that set its limits (≥ 2); default all. */
  baseline?: number;
  /** Space-separated period keys where a new phase starts, e.g. `2019-04`. */
  phases?: string;
  target?: number;
  view?: 'chart' | 'table';
}

export interface ReformProgressProps extends WidgetProps<ReformReport> {
  view?: 'summary' | 'areas' | 'tasks' | 'burnup';
  area?: string;
  owner?: string;
  compact?: boolean;
  'as-of'?: string;
}
export type LawgaugeDashboardProps = WidgetProps<Dashboard>;
