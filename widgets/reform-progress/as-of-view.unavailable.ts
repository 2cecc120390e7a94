import type { ReformReport } from '../../src/index.js';
import type { AsOfView } from './as-of-view.js';

/**
 * Stands in for `as-of-view.ts` in the single-widget IIFE (`lawgauge-reform-progress.iife.min.js`),
 * which cannot load a second module: `as-of` there shows this error instead.
 */
export function nextAsOfView(_previous: unknown, report: ReformReport | null, asOf: string | null | undefined): AsOfView | undefined {
  return report === null || !asOf || asOf === report.asOf ? undefined : { source: report, asOf, result: 'needs lawgauge.iife.min.js' };
}
