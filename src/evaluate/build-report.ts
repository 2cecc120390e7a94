import type { Catalog } from '../model/catalog.js';
import type { Indicator } from '../model/indicator.js';
import { REPORT_SCHEMA_ID, type Report } from '../model/report.js';
import type { TableQuality } from '../table/table.js';
import { formatDay } from '../time/civil-day.js';
import type { PeriodGrid } from '../time/period-grid.js';
import type { CellValues } from './cell-values.js';
import type { GroupIndex } from './group-index.js';
import { reportRows } from './report-rows.js';
import { excludedRecords } from '../model/empty-exclusions.js';

export interface ReportParts {
  readonly catalog: Catalog;
  readonly indicator: Indicator;
  readonly grid: PeriodGrid;
  readonly from: number;
  readonly to: number;
  readonly toDate: boolean;
  readonly groups: GroupIndex;
  readonly cells: CellValues;
  readonly suppressBelow: number | null;
  /** Rows with n below this are flagged `unstable`: the evaluation's, else the indicator's; null = none. */
  readonly minSample: number | null;
  readonly quality: TableQuality;
  /** Per-cell counts of the records each empty field left out ({@link emptyFieldExclusions}). */
  readonly excluded?: readonly { readonly field: string; readonly counts: ArrayLike<number> }[];
}

/**
 * One indicator's Report from its cells. Every engine (in-process, SQL) ends here, so status,
 * flags, changes and suppression are decided by one implementation.
 */
export function buildReport(parts: ReportParts): Report {
  const { catalog, indicator, grid, groups, cells, suppressBelow, minSample } = parts;
  return {
    schema: REPORT_SCHEMA_ID,
    indicator: {
      id: indicator.id,
      label: indicator.label,
      description: indicator.description,
      unit: indicator.unit,
      polarity: indicator.polarity,
      target: indicator.target ?? null,
      thresholds: indicator.thresholds ?? null,
      minSample,
      display: indicator.display ?? null,
      methodology: indicator.methodology ?? null,
      source: indicator.source ?? null,
      measure: indicator.measure.kind,
      dataset: indicator.dataset,
      catalog: { id: catalog.id, version: catalog.version ?? null },
    },
    period: { unit: grid.unit, from: formatDay(parts.from), to: formatDay(parts.to), toDate: parts.toDate },
    groupBy: [...groups.fields],
    suppressBelow,
    rows: reportRows({ indicator, grid, groups, cells, suppressBelow, minSample }),
    quality: { [indicator.dataset]: { ...parts.quality, ...excludedOf(parts) } },
  };
}

/** The Report's `excluded`: the records each empty field left out over the reported periods, when any. */
function excludedOf(parts: ReportParts): { excluded?: Record<string, number> } {
  const excluded: Record<string, number> = {};
  for (const { field, counts } of parts.excluded ?? []) {
    // A field several parts need (a stock's and a flow's) sums their records.
    const records = excludedRecords(counts, parts.groups.count, parts.grid, parts.toDate);
    if (records > 0) excluded[field] = (excluded[field] ?? 0) + records;
  }
  return Object.keys(excluded).length === 0 ? {} : { excluded };
}

/**
 * The reported day range: the options' `from` and `to`, each filled from the data's range when
 * absent. A one-sided range that excludes all data collapses onto the given end.
 */
export function resolveDayRange(
  from: number | null,
  to: number | null,
  range: { from: number; to: number } | null,
): { from: number; to: number } | null {
  if (from !== null && to !== null) return { from, to };
  if (range === null) return null;
  let start = from ?? range.from;
  let end = to ?? range.to;
  if (start > end) [start, end] = from === null ? [end, end] : [start, start];
  return { from: start, to: end };
}
