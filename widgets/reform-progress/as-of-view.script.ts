import type { ReformReport } from '../../src/index.js';
import type { AsOfView } from './as-of-view.js';
import { scriptBeside } from '../base/script-beside.js';

type Recompute = (report: ReformReport, asOf: string) => ReformReport;

/**
 * Stands in for `as-of-view.ts` in the `<script>` bundles, which cannot import a second module: on
 * first use of `as-of` they load `lawgauge-reform-as-of.iife.min.js` from the same folder as a
 * second script. One that does not load is the view's error, naming its URL.
 */
export function nextAsOfView(
  previous: AsOfView | undefined,
  report: ReformReport | null,
  asOf: string | null | undefined,
  settle: (view: AsOfView) => void,
): AsOfView | undefined {
  if (report === null || !asOf || asOf === report.asOf) return undefined;
  if (previous?.source === report && previous.asOf === asOf) return previous;
  scriptBeside<{ reformReportAsOf: Recompute }>('lawgauge-reform-as-of.iife.min.js', 'LawGaugeReformAsOf')
    .then(({ reformReportAsOf }) => reformReportAsOf(report, asOf))
    .then(
      (result) => settle({ source: report, asOf, result }),
      (error: unknown) =>
        settle({ source: report, asOf, result: error instanceof Error ? error.message : String(error) }),
    );
  return { source: report, asOf, result: null };
}
