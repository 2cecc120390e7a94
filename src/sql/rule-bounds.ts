import type { TimeRule, TimeRules } from '../model/time-rule.js';
import type { PeriodIndexSql } from './period-index.js';
import type { RowExpressions } from './row-expressions.js';

/** The per-record bounds `[start, end)` of one time rule, in grid positions (unclamped, nullable). */
export interface RuleBounds {
  readonly start: string;
  readonly end: string;
  /** A stock rule or a period-to-date window: a record may take part in many periods. */
  readonly long: boolean;
}

/** A part's time rules as a list: one rule, or the several whose record sets it joins. */
export const rulesOf = (time: TimeRules): readonly TimeRule[] => (Array.isArray(time) ? time : [time]);

/** A time rule's per-record bounds, following `membership.ts` rule by rule. */
export function ruleBounds(rule: TimeRule, toDate: boolean, rows: RowExpressions, periods: PeriodIndexSql): RuleBounds {
  const count = periods.grid.count;
  if ('flow' in rule) {
    const day = rows.date(rule.flow);
    if (!toDate) {
      const position = periods.index(day);
      return { start: position, end: `(${position} + 1)`, long: false };
    }
    // Periods ending on or after the day, up to the end of the day's year.
    return { start: periods.index(day), end: periods.yearStartsOnOrBefore(day), long: true };
  }
  const opened = rows.date(rule.from);
  const closed = rows.date(rule.to);
  const open = rows.dialect.isNull(rows.column(rule.to));
  if (rule.pending === 'start') {
    const windowStarts = (day: string): string =>
      toDate ? periods.yearStartsOnOrBefore(day) : periods.startsOnOrBefore(day);
    return {
      start: windowStarts(opened),
      end: `CASE WHEN ${open} THEN ${count} ELSE ${windowStarts(closed)} END`,
      long: true,
    };
  }
  return {
    start: periods.index(opened),
    end: `CASE WHEN ${open} THEN ${count} ELSE ${periods.index(closed)} END`,
    long: true,
  };
}
