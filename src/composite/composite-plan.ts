import { invalidArgument, LawGaugeError } from '../errors/law-gauge-error.js';
import type { LawGaugeIssue } from '../errors/issues.js';
import type { Catalog } from '../model/catalog.js';
import type { Aggregation, Composite, Normalisation } from '../model/composite.js';
import type { Indicator } from '../model/indicator.js';
import { TOTAL, type Report } from '../model/report.js';

export const DEFAULT_NORMALISATION: Normalisation = { method: 'minMax', range: [0, 100] };
export const DEFAULT_AGGREGATION: Aggregation = 'arithmetic';
export const DEFAULT_MIN_SHARE = 0.5;

/** A composite's tree with every default resolved. */
export interface PlanNode {
  readonly composite: Composite;
  readonly aggregation: Aggregation;
  readonly minShare: number;
  readonly children: readonly PlanChild[];
}
export type PlanChild =
  | {
      readonly kind: 'indicator';
      readonly id: string;
      readonly weight: number;
      readonly indicator: Indicator;
      readonly normalisation: Normalisation;
    }
  | { readonly kind: 'composite'; readonly id: string; readonly weight: number; readonly node: PlanNode };

/** The units (group values) and periods the leaf reports share, and each leaf value. */
export interface CompositeInputs {
  readonly groupBy: readonly string[];
  readonly units: readonly Record<string, Report['rows'][number]['group'][string]>[];
  readonly periods: readonly { key: string; start: string; end: string }[];
  /** Value of `indicator` for unit index `u` in period index `p`, or null. */
  readonly value: (indicator: string, p: number, u: number) => number | null;
  readonly datasets: readonly string[];
  readonly quality: Report['quality'];
}

export function buildPlan(catalog: Catalog, compositeId: string): PlanNode {
  const composites = new Map((catalog.composites ?? []).map((composite) => [composite.id, composite]));
  const indicators = new Map(catalog.indicators.map((indicator) => [indicator.id, indicator]));
  const root = composites.get(compositeId);
  if (root === undefined)
    throw invalidArgument(
      'options.composite',
      `unknown composite "${compositeId}"; known: ${[...composites.keys()].join(', ') || '(none)'}`,
    );
  // Catalog validation rules out cycles and dangling references.
  const plan = (composite: Composite, inherited: Normalisation): PlanNode => {
    const normalisation = composite.normalisation ?? inherited;
    return {
      composite,
      aggregation: composite.aggregation ?? DEFAULT_AGGREGATION,
      minShare: composite.minShare ?? DEFAULT_MIN_SHARE,
      children: composite.children.map((child): PlanChild =>
        child.indicator !== undefined
          ? {
              kind: 'indicator',
              id: child.indicator,
              weight: child.weight ?? 1,
              indicator: indicators.get(child.indicator)!,
              normalisation: child.normalisation ?? normalisation,
            }
          : {
              kind: 'composite',
              id: child.composite!,
              weight: child.weight ?? 1,
              node: plan(composites.get(child.composite!)!, normalisation),
            },
      ),
    };
  };
  return plan(root, DEFAULT_NORMALISATION);
}

export function leafIndicators(node: PlanNode): Indicator[] {
  return node.children.flatMap((child) =>
    child.kind === 'indicator' ? [child.indicator] : leafIndicators(child.node),
  );
}

/** Lines up the leaf indicators' Reports by unit and period; all must share one grouping. */
export function collectInputs(node: PlanNode, reports: readonly Report[]): CompositeInputs {
  const leaves = leafIndicators(node);
  const byId = new Map(reports.map((report) => [report.indicator.id, report]));
  const issues: LawGaugeIssue[] = [];
  const missing = leaves.filter((leaf) => !byId.has(leaf.id)).map((leaf) => leaf.id);
  if (missing.length > 0)
    issues.push({
      code: 'missing_report',
      path: [],
      message: `no Report for ${missing.join(', ')}; evaluate these indicators first`,
      params: { ids: missing },
    });
  const first = byId.get(leaves[0]!.id);
  for (const leaf of leaves) {
    const report = byId.get(leaf.id);
    if (report !== undefined && first !== undefined && report.groupBy.join(',') !== first.groupBy.join(',')) {
      issues.push({
        code: 'mixed_grouping',
        path: [leaf.id],
        message: `grouped by [${report.groupBy.join(', ')}] but "${leaves[0]!.id}" by [${first.groupBy.join(', ')}]; evaluate all with the same "by"`,
        params: { by: report.groupBy, first: leaves[0]!.id, first_by: first.groupBy },
      });
    }
  }
  if (issues.length > 0) throw new LawGaugeError('invalid_argument', 'reports', issues);
  const groupBy = first!.groupBy;
  const unitKey = (group: Record<string, unknown>): string => JSON.stringify(groupBy.map((field) => group[field]));
  const units: CompositeInputs['units'][number][] = [];
  const unitIndex = new Map<string, number>();
  const periods: { key: string; start: string; end: string }[] = [];
  const periodIndex = new Map<string, number>();
  const values = new Map<string, number | null>();
  const quality: Report['quality'] = {};
  for (const leaf of leaves) {
    const report = byId.get(leaf.id)!;
    Object.assign(quality, report.quality);
    for (const row of report.rows) {
      if (groupBy.length > 0 && groupBy.every((field) => row.group[field] === TOTAL)) continue;
      const key = unitKey(row.group);
      if (!unitIndex.has(key)) {
        unitIndex.set(key, units.length);
        units.push(row.group);
      }
      if (!periodIndex.has(row.period)) {
        periodIndex.set(row.period, periods.length);
        periods.push({ key: row.period, start: row.start, end: row.end });
      }
      values.set(`${leaf.id}|${periodIndex.get(row.period)!}|${unitIndex.get(key)!}`, row.value);
    }
  }
  return {
    groupBy,
    units,
    periods,
    value: (indicator, p, u) => values.get(`${indicator}|${p}|${u}`) ?? null,
    datasets: [...new Set(leaves.map((leaf) => leaf.dataset))],
    quality,
  };
}
