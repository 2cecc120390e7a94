export { Dashboard, DashboardSection, Panel, PanelCompute } from './dashboard.js';
export type { PanelRequest, WorkerMessage, WorkerRequest } from './compute-request.js';
export { PANEL_WIDGETS, PANEL_OPTIONS, PANEL_OPTIONS_OF } from './dashboard-constants.js';
export type { PanelWidget, PanelOption } from './dashboard-constants.js';
export { checkDashboardShape } from './check-dashboard-shape.js';
