import { shapeChecker } from '../shape/check-shape.js';
import { reformReportShape } from '../shape/generated/reform-report-shape.js';
import type { ReformReport } from './reform-report.js';

/**
 * Checks untrusted JSON against the ReformReport contract, without zod: `<reform-progress>` uses
 * it to stay small. It is generated from the zod `ReformReport` schema
 * (src/shape/generated/reform-report-shape.ts) and gives zod's issue codes, paths and messages.
 *
 * @throws LawGaugeError (root `reformReport`) listing what is wrong, with paths.
 */
export function checkReformReportShape(input: unknown): ReformReport {
  return checkReformReport(input);
}
const checkReformReport = shapeChecker<ReformReport>('reformReport', reformReportShape, { code: 'invalid_report' });
