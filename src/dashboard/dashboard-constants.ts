// Zod-free constants of the dashboard config, for browser bundles (see dashboard.ts for the schema).

/** The widgets a dashboard panel can hold. */
export const PANEL_WIDGETS = [
  'indicator-card',
  'indicator-trend',
  'indicator-bars',
  'indicator-table',
  'reform-progress',
  'indicator-map',
  'indicator-spc',
  'indicator-funnel',
] as const;
export type PanelWidget = (typeof PANEL_WIDGETS)[number];

/** The attributes a panel may set on its widget. */
export const PANEL_OPTIONS = [
  'group',
  'groups',
  'period',
  'selected',
  'view',
  'area',
  'owner',
  'as-of',
  'color',
  'chart',
  'baseline',
  'phases',
  'target',
  'overdispersion',
  'geometry-src',
  'join-property',
  'label-property',
  'topology-object',
  'drill-src',
  'drill-geometry-src',
] as const;
export type PanelOption = (typeof PANEL_OPTIONS)[number];

/** The options each widget takes: another is refused, naming these, rather than silently dropped. */
export const PANEL_OPTIONS_OF: Readonly<Record<PanelWidget, readonly PanelOption[]>> = {
  'indicator-card': ['group', 'period'],
  'indicator-trend': ['groups'],
  'indicator-bars': ['period', 'selected'],
  'indicator-table': ['period'],
  'reform-progress': ['view', 'area', 'owner', 'as-of'],
  'indicator-map': [
    'period',
    'selected',
    'color',
    'geometry-src',
    'join-property',
    'label-property',
    'topology-object',
    'drill-src',
    'drill-geometry-src',
  ],
  'indicator-spc': ['group', 'chart', 'baseline', 'phases', 'target'],
  'indicator-funnel': ['period', 'selected', 'overdispersion', 'target'],
};
