// Zod-free constants of the dashboard config, for browser bundles (see dashboard.ts for the schema).

/** The widgets a dashboard panel can hold. */
export const PANEL_WIDGETS = [
  'indicator-card',
  'indicator-trend',
  'indicator-bars',
  'indicator-table',
  'reform-progress',
] as const;
export type PanelWidget = (typeof PANEL_WIDGETS)[number];

/** The attributes a panel may set on its widget (each widget reads the ones it knows). */
export const PANEL_OPTIONS = ['group', 'groups', 'period', 'selected', 'view', 'area', 'owner', 'as-of'] as const;
