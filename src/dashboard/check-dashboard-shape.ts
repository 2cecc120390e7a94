import { shapeChecker } from '../shape/check-shape.js';
import { dashboardShape } from '../shape/generated/dashboard-shape.js';
import type { Dashboard } from './dashboard.js';

/**
 * Checks a dashboard config without zod, for `<lawgauge-dashboard>`. It is generated from the zod
 * `Dashboard` schema (src/shape/generated/dashboard-shape.ts), which `lawgauge validate` and the
 * JSON Schema use too, and gives zod's issue codes, paths and messages.
 *
 * @throws LawGaugeError (root `dashboard`) listing every problem.
 */
export function checkDashboardShape(input: unknown): Dashboard {
  return checkDashboard(input);
}
const checkDashboard = shapeChecker<Dashboard>('dashboard', dashboardShape);
