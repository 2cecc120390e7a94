export { Dashboard, DashboardSection, Panel } from './dashboard.js';
export { PANEL_WIDGETS, PANEL_OPTIONS } from './dashboard-constants.js';
export type { PanelWidget } from './dashboard-constants.js';
export { checkDashboardShape } from './check-dashboard-shape.js';
