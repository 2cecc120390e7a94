import type { Measure } from './measure.js';
import { measureParts } from './measure-parts.js';
import type { Predicate } from './predicate.js';
import type { TimeRules } from './time-rule.js';

/**
 * Records a measure leaves out because a field it needs is empty: those of its first part
 * (the denominator of a rate or ratio) that meet its time rules and every other condition of its
 * filter, but have `field` null where the filter asks `field` not null (`time_limit_days` of
 * `on_time_closure_rate`: closed cases without 审限天数). Both engines count `time` and `where`
 * as a part of their own, so the Report can say how many were left out (`quality.<dataset>.excluded`).
 */
export interface EmptyFieldExclusion {
  readonly field: string;
  readonly time: TimeRules;
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
    const empty: Predicate = { field, op: 'isNull' };
    exclusions.push({ field, time: first.time!, where: others.length === 0 ? empty : { and: [...others, empty] } });
  });
  return exclusions;
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
