import type { Measure } from './measure.js';
import { measureParts } from './measure-parts.js';
import type { Predicate } from './predicate.js';
import type { TimeRules } from './time-rule.js';

/**
 * Records a measure leaves out because a field it needs is empty: those of its first part
 * (the denominator of a rate or ratio) that meet its time rules and every other condition of its
 * filter, but have `field` null where the filter asks `field` not null (`time_limit_days` of
 * `on_time_closure_rate`: closed cases without 审限天数). Both engines count them as the records
 * of `time` and `others` less those of `time` and `where` (the part itself): both counts are
 * usually counted anyway (closed cases; the denominator), so the plan and the memo share them.
 */
export interface EmptyFieldExclusion {
  readonly field: string;
  readonly time: TimeRules;
  /** The part's other conditions; undefined when `field` not null was its only one. */
  readonly others: Predicate | undefined;
  /** The part's own filter. */
  readonly where: Predicate;
}

/** The measure's {@link EmptyFieldExclusion}s: one per `{field, op: "notNull"}` among its first part's top-level conditions. */
export function emptyFieldExclusions(measure: Measure): EmptyFieldExclusion[] {
  const first = measureParts(measure)[0];
  if (first?.time === undefined || first.where === undefined) return [];
  const conditions = 'and' in first.where ? first.where.and : [first.where];
  const exclusions: EmptyFieldExclusion[] = [];
  conditions.forEach((condition, index) => {
    if (!('field' in condition) || condition.op !== 'notNull' || typeof condition.field !== 'string') return;
    const field = condition.field;
    if (exclusions.some((exclusion) => exclusion.field === field)) return;
    const others = conditions.filter((_, other) => other !== index);
    exclusions.push({
      field,
      time: first.time!,
      others: others.length === 0 ? undefined : others.length === 1 ? others[0]! : { and: others },
      where: first.where!,
    });
  });
  return exclusions;
}

/** Per cell, the records counted in `all` but not in `kept` (a subset of them). */
export function countsLeftOut(all: ArrayLike<number>, kept: ArrayLike<number>): Float64Array {
  return Float64Array.from(all, (count, cell) => count - kept[cell]!);
}

/**
 * The records over the reported periods from one exclusion's per-cell counts: the total row's
 * cells (the last group) summed over the reported periods. Period-to-date cells overlap, so then
 * only the last period of each year, whose span holds the year's, is summed.
 */
export function excludedRecords(
  counts: ArrayLike<number>,
  groupCount: number,
  grid: { readonly count: number; readonly firstReported: number; readonly yearStarts: Int32Array },
  toDate: boolean,
): number {
  const totalRow = groupCount * grid.count;
  let records = 0;
  for (let period = grid.firstReported; period < grid.count; period++) {
    const lastOfYear = period === grid.count - 1 || grid.yearStarts[period + 1] !== grid.yearStarts[period];
    if (!toDate || lastOfYear) records += counts[totalRow + period]!;
  }
  return records;
}
