// Template types for Vue 3 (Volar): `import type {} from 'lawgauge/vue';` once in the project, and
// tell Vue these are custom elements (compilerOptions.isCustomElement: (tag) => tag.startsWith('indicator-') || tag === 'reform-progress' || tag === 'lawgauge-dashboard').
import type { DefineComponent } from 'vue';
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

type Events = { onLgSelect?: (event: LgSelectEvent) => void; onLgError?: (event: LgErrorEvent) => void };

declare module 'vue' {
  interface GlobalComponents {
    'indicator-card': DefineComponent<IndicatorCardProps & Events>;
    'indicator-trend': DefineComponent<IndicatorTrendProps & Events>;
    'indicator-bars': DefineComponent<IndicatorBarsProps & Events>;
    'indicator-table': DefineComponent<IndicatorTableProps & Events>;
    'indicator-map': DefineComponent<IndicatorMapProps & Events>;
    'indicator-funnel': DefineComponent<IndicatorFunnelProps & Events>;
    'indicator-spc': DefineComponent<IndicatorSpcProps & Events>;
    'reform-progress': DefineComponent<ReformProgressProps & Events>;
    'lawgauge-dashboard': DefineComponent<LawgaugeDashboardProps & Events>;
  }
}
