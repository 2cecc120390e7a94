import type { ReformReport } from '../../src/index.js';
import type { AsOfView } from './as-of-view.js';
import { trustedScriptUrl } from '../base/trusted-script-url.js';

type Recompute = (report: ReformReport, asOf: string) => ReformReport;

/** Where this bundle was loaded from: the recomputation script sits beside it in dist/. */
const base = (document.currentScript as HTMLScriptElement | null)?.src ?? document.baseURI;
let loading: Promise<Recompute> | undefined;

/**
 * Stands in for `as-of-view.ts` in the single-widget IIFE (`lawgauge-reform-progress.iife.min.js`),
 * which cannot import a second module: on first use of `as-of` it loads
 * `lawgauge-reform-as-of.iife.min.js` from the same folder as a second script.
 */
export function nextAsOfView(
  previous: AsOfView | undefined,
  report: ReformReport | null,
  asOf: string | null | undefined,
  settle: (view: AsOfView) => void,
): AsOfView | undefined {
  if (report === null || !asOf || asOf === report.asOf) return undefined;
  if (previous?.source === report && previous.asOf === asOf) return previous;
  loading ??= new Promise<Recompute>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = trustedScriptUrl(new URL('lawgauge-reform-as-of.iife.min.js', base).href);
    script.onload = () =>
      resolve(
        (globalThis as unknown as { LawGaugeReformAsOf: { reformReportAsOf: Recompute } }).LawGaugeReformAsOf
          .reformReportAsOf,
      );
    script.onerror = reject;
    document.head.append(script);
  });
  loading
    .then((recompute) => recompute(report, asOf))
    .then(
      (result) => settle({ source: report, asOf, result }),
      (error: unknown) =>
        settle({
          source: report,
          asOf,
          result: error instanceof Error ? error.message : 'lawgauge-reform-as-of.iife.min.js did not load',
        }),
    );
  return { source: report, asOf, result: null };
}
