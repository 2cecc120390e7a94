// JSX types for React 19: `import type {} from 'lawgauge/react';` once in a .tsx project.
// React 19 sets custom-element properties (report, annotations) and listens to custom events
// through `onlg-select` / `onlg-error` props.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  IndicatorBars,
  IndicatorCard,
  IndicatorFunnel,
  IndicatorMap,
  IndicatorSpc,
  IndicatorTable,
  IndicatorTrend,
  LawgaugeDashboard,
  ReformProgress,
} from 'lawgauge/widgets';
import type {
  IndicatorBarsProps,
  IndicatorCardProps,
  IndicatorFunnelProps,
  IndicatorMapProps,
  IndicatorSpcProps,
  IndicatorTableProps,
  IndicatorTrendProps,
  LawgaugeDashboardProps,
  LgErrorEvent,
  LgSelectEvent,
  ReformProgressProps,
} from './widget-props.js';

export type { LgErrorDetail, LgErrorEvent, LgSelectDetail, LgSelectEvent } from './widget-props.js';

/** The tag's own props, plus `onlg-select` / `onlg-error` handlers whose event parameter is inferred (LgSelectEvent / LgErrorEvent). */
type WidgetElement<T, P> = Omit<DetailedHTMLProps<HTMLAttributes<T>, T>, keyof P | 'onlg-select' | 'onlg-error'> &
  P & { 'onlg-select'?: (event: LgSelectEvent) => void; 'onlg-error'?: (event: LgErrorEvent) => void };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'indicator-card': WidgetElement<IndicatorCard, IndicatorCardProps>;
      'indicator-trend': WidgetElement<IndicatorTrend, IndicatorTrendProps>;
      'indicator-bars': WidgetElement<IndicatorBars, IndicatorBarsProps>;
      'indicator-table': WidgetElement<IndicatorTable, IndicatorTableProps>;
      'indicator-map': WidgetElement<IndicatorMap, IndicatorMapProps>;
      'indicator-funnel': WidgetElement<IndicatorFunnel, IndicatorFunnelProps>;
      'indicator-spc': WidgetElement<IndicatorSpc, IndicatorSpcProps>;
      'reform-progress': WidgetElement<ReformProgress, ReformProgressProps>;
      'lawgauge-dashboard': WidgetElement<LawgaugeDashboard, LawgaugeDashboardProps>;
    }
  }
}
