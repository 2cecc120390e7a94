import { dashboardValid } from '../shape/generated/dashboard-valid.js';
import { validChecker } from '../shape/valid-checker.js';
import type { Dashboard } from './dashboard.js';

/**
 * Whether untrusted JSON is a dashboard config, with the verdicts of {@link checkDashboardShape}
 * but none of its explaining (see `validReport`).
 *
 * @throws ShapeFailure (root `dashboard`) naming where it first fails.
 */
export const validDashboard: (input: unknown) => Dashboard = validChecker<Dashboard>('dashboard', dashboardValid);
