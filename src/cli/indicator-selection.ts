import { buildPlan, leafIndicators } from '../composite/composite-plan.js';
import { compositeReport } from '../composite/composite-report.js';
import type { Catalog } from '../model/catalog.js';
import { closestName } from '../model/closest.js';
import type { Report } from '../model/report.js';
import { UsageError } from './usage.js';

/** `--indicator` ids sorted into the catalog's indicators and composites. */
export interface IndicatorSelection {
  /** Indicators whose Reports are written; `undefined` for all of them. */
  readonly shown: readonly string[] | undefined;
  /** Composites whose Reports are written after the indicators'. */
  readonly composites: readonly string[];
  /** What to evaluate: the shown indicators and every composite's leaf indicators; `undefined` for all. */
  readonly evaluated: readonly string[] | undefined;
}

/**
 * Reads `--indicator`: indicator and composite ids may be mixed. A composite needs its leaf
 * indicators evaluated with the same options; only the ids asked for are written.
 */
export function selectIndicators(catalog: Catalog, ids: readonly string[] | undefined): IndicatorSelection {
  if (ids === undefined) return { shown: undefined, composites: [], evaluated: undefined };
  const indicators = catalog.indicators.map((indicator) => indicator.id);
  const composites = (catalog.composites ?? []).map((composite) => composite.id);
  const unknown = ids.filter((id) => !indicators.includes(id) && !composites.includes(id));
  if (unknown.length > 0)
    throw new UsageError((messages) =>
      messages.unknownIndicators(
        unknown,
        catalog.id,
        indicators,
        composites,
        unknown.map((id) => closestName(id, [...indicators, ...composites])),
      ),
    );
  const shown = ids.filter((id) => indicators.includes(id));
  const chosen = ids.filter((id) => composites.includes(id));
  const leaves = chosen.flatMap((id) => leafIndicators(buildPlan(catalog, id)).map((indicator) => indicator.id));
  return { shown, composites: chosen, evaluated: [...new Set([...shown, ...leaves])] };
}

/** The Reports to write: the shown indicators' in evaluation order, then each chosen composite's. */
export function selectedReports(
  catalog: Catalog,
  reports: readonly Report[],
  selection: IndicatorSelection,
  rank: boolean,
): Report[] {
  const shown = selection.shown;
  return [
    ...(shown === undefined ? reports : reports.filter((report) => shown.includes(report.indicator.id))),
    ...selection.composites.map((composite) => compositeReport(catalog, reports, { composite, rank })),
  ];
}
