import { defineWidget } from './base/define-widget.js';
import { IndicatorBars } from './indicator-bars/define.js';
import { IndicatorCard } from './indicator-card/define.js';
import { IndicatorFunnel } from './indicator-funnel/define.js';
import { IndicatorMap } from './indicator-map/define.js';
import { IndicatorSpc } from './indicator-spc/define.js';
import { IndicatorTable } from './indicator-table/define.js';
import { IndicatorTrend } from './indicator-trend/define.js';
import { ReformProgress } from './reform-progress/define.js';
import { LawgaugeDashboard } from './lawgauge-dashboard/define.js';

/** Every widget class, by its default tag name. */
export const WIDGETS = {
  'indicator-card': IndicatorCard,
  'indicator-trend': IndicatorTrend,
  'indicator-bars': IndicatorBars,
  'indicator-table': IndicatorTable,
  'indicator-map': IndicatorMap,
  'indicator-funnel': IndicatorFunnel,
  'indicator-spc': IndicatorSpc,
  'reform-progress': ReformProgress,
  'lawgauge-dashboard': LawgaugeDashboard,
} as const;

/**
 * Registers the widgets again under `<prefix>-<name>` (e.g. `<x-indicator-card>`), for hosts
 * whose own elements already use the default names. Importing `lawgauge/widgets` registers the
 * default names; this adds the prefixed ones.
 */
export function defineWidgets(options: { readonly prefix?: string } = {}): void {
  const prefix = options.prefix;
  if (prefix !== undefined && !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(prefix))
    throw new TypeError(`defineWidgets: invalid prefix "${prefix}"`);
  for (const [name, widget] of Object.entries(WIDGETS))
    defineWidget(prefix === undefined ? name : `${prefix}-${name}`, widget);
}

export {
  IndicatorBars,
  IndicatorCard,
  IndicatorFunnel,
  IndicatorMap,
  IndicatorSpc,
  IndicatorTable,
  IndicatorTrend,
  ReformProgress,
  LawgaugeDashboard,
};
export type { TrendAnnotation } from './indicator-trend/indicator-trend.js';
export type { Tile, TileLayout } from './indicator-map/tile-layout.js';
export type {
  ExportPngOptions,
  LgErrorDetail,
  LgErrorEvent,
  LgSelectDetail,
  LgSelectEvent,
} from './base/lawgauge-element.js';
