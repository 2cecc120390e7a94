import * as z from 'zod/mini';
import type { CellValues } from '../evaluate/cell-values.js';
import { Part } from '../model/part.js';
import type { TimeRule } from '../model/time-rule.js';
import type { PeriodGrid } from '../time/period-grid.js';
import { countOf } from './count.js';
import type { MeasureKindDefinition } from './measure-kind.js';

export const TurnoverDaysMeasure = z.strictObject({
  kind: z.literal('turnoverDays'),
  /** Records standing at a date, by stock rules: e.g. cases pending at the period's end (未结). */
  stock: Part,
  /**
   * Records passing during the period, by flow rules: e.g. cases closed in it (已结). The length
   * of their window in days, at most 365, scales the value.
   */
  flow: Part,
});
export type TurnoverDaysMeasure = z.infer<typeof TurnoverDaysMeasure>;

/** A year counts 365 days, leap or not (CEPEJ's disposition time); a shorter window its own length. */
const YEAR_DAYS = 365;

const rulesOf = (part: Part): readonly TimeRule[] => (Array.isArray(part.time) ? part.time : [part.time]);

/** Whether the flow is counted period-to-date: by the evaluation, or by its own rules (which agree). */
const flowToDate = (measure: TurnoverDaysMeasure, toDate: boolean): boolean =>
  toDate || rulesOf(measure.flow).some((rule) => rule.toDate === true);

/**
 * The days of each period's flow window, `[start, end]` or, period-to-date, `[1 January, end]`,
 * capped at 365: 365 for a year, 28–31 for a month, 90–92 for a quarter, 7 for a week.
 */
export function flowWindowDays(grid: PeriodGrid, toDate: boolean): Float64Array {
  const windowStarts = toDate ? grid.yearStarts : grid.starts;
  return Float64Array.from(grid.ends, (end, period) => Math.min(YEAR_DAYS, end - windowStarts[period]! + 1));
}

/**
 * The cells from the stock and flow counts (the same in both engines): days × stock ÷ flow, no value
 * when nothing flowed. The counts are the numerator and denominator; n is the flow's records.
 */
function turnoverFromCounts(stock: Float64Array, flow: Float64Array, days: Float64Array): CellValues {
  const periods = days.length;
  const value = new Float64Array(flow.length);
  for (let cell = 0; cell < flow.length; cell++) {
    const passed = flow[cell]!;
    value[cell] = passed === 0 ? Number.NaN : (days[cell % periods]! * stock[cell]!) / passed;
  }
  return { value, numerator: stock, denominator: flow, n: flow, ciLow: null, ciHigh: null };
}

/**
 * Days the stock would take to clear at the period's pace: stock ÷ flow × the flow window's days
 * (at most 365). With pending at the end over closed in the period, CEPEJ's disposition time.
 */
export const turnoverDays: MeasureKindDefinition<
  TurnoverDaysMeasure,
  { readonly kind: 'turnoverDays'; readonly stock: number; readonly flow: number }
> = {
  kind: 'turnoverDays',
  schema: TurnoverDaysMeasure,
  parts: (measure) => [measure.flow, measure.stock],
  check: (measure, { checker, path, issues }) => {
    checker.part(measure.stock, [...path, 'stock']);
    checker.part(measure.flow, [...path, 'flow']);
    // The flow's window is what the days count, so the flow takes flow rules that agree on it; a
    // stock rule there (or a flow rule as the stock) is a swap, not a turnover.
    for (const side of ['stock', 'flow'] as const) {
      const rules = rulesOf(measure[side]);
      rules.forEach((rule, index) => {
        const isFlow = 'flow' in rule;
        if (isFlow === (side === 'flow')) return;
        issues.push({
          code: 'invalid_time_rule',
          path: [...path, side, 'time', ...(Array.isArray(measure[side].time) ? [index] : [])],
          message: `the ${side} of a turnoverDays measure takes ${side === 'flow' ? 'flow rules ({flow: field})' : 'stock rules ({pending, from, to})'}`,
          params: { side, expected: side === 'flow' ? 'flow' : 'pending' },
        });
      });
      if (side === 'flow' && new Set(rules.map((rule) => rule.toDate === true)).size > 1) {
        issues.push({
          code: 'invalid_time_rule',
          path: [...path, 'flow', 'time'],
          message:
            'the flow rules of a turnoverDays measure must agree on "toDate": their window is the one whose days are counted',
          params: { side, expected: 'toDate' },
        });
      }
    }
  },
  cells: (measure, context) =>
    turnoverFromCounts(
      countOf(context, measure.stock),
      countOf(context, measure.flow),
      flowWindowDays(context.grid, flowToDate(measure, context.toDate)),
    ),
  linear: true,
  recipe: (_measure, sql) => ({ kind: 'turnoverDays', flow: sql.count(sql.sets[0]!), stock: sql.count(sql.sets[1]!) }),
  finish: (measure, recipe, { accumulators, grid, toDate }) =>
    turnoverFromCounts(
      accumulators[recipe.stock]!,
      accumulators[recipe.flow]!,
      flowWindowDays(grid, flowToDate(measure, toDate)),
    ),
};
