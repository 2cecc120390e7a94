import type { ReformReport } from '../../src/index.js';

/** The report recomputed for `as-of`: null while that runs, or the reason it cannot be shown. */
export interface AsOfView {
  readonly source: ReformReport;
  readonly asOf: string;
  readonly result: ReformReport | string | null;
}

/**
 * Keeps `<reform-progress as-of>` current: the view for `report` on `asOf`, starting the
 * recomputation when either changed. The core's `progress` rules are loaded on first use, so
 * pages that never set `as-of` do not download them; `settle` receives the finished view unless a
 * newer report or date has taken over meanwhile.
 */
export function nextAsOfView(
  previous: AsOfView | undefined,
  report: ReformReport | null,
  asOf: string | null | undefined,
  settle: (view: AsOfView) => void,
): AsOfView | undefined {
  if (report === null || !asOf || asOf === report.asOf) return undefined;
  if (previous?.source === report && previous.asOf === asOf) return previous;
  const pending: AsOfView = { source: report, asOf, result: null };
  void recompute(report, asOf).then(settle);
  return pending;
}

async function recompute(report: ReformReport, asOf: string): Promise<AsOfView> {
  let result: ReformReport | string;
  try {
    // The one module, not the core's public entry (src/index.js): loading that lazily would bring
    // the whole core (zod included) where only this function is wanted.
    const { reformReportAsOf } = await import('../../src/reform/report-as-of.js');
    result = reformReportAsOf(report, asOf);
  } catch (error) {
    result = error instanceof Error ? error.message : String(error);
  }
  return { source: report, asOf, result };
}
