import * as z from 'zod/mini';
import { Identifier } from './primitives.js';

/**
 * Which records a measure part takes in period p = [start, end] (DOMAIN.md, "Time").
 * - flow `{flow: "closed_on"}`: `start ≤ closed_on ≤ end`;
 * - stock `{pending: "start", from: "filed_on", to: "closed_on"}`: `filed_on < start` and
 *   (`closed_on` null or `closed_on ≥ start`);
 * - stock `{pending: "end", from, to}`: `filed_on ≤ end` and (`closed_on` null or `closed_on > end`).
 * `toDate: true` widens the window to period-to-date, `[1 January of end's year, end]`; a stock at
 * "start" is then taken at 1 January.
 */
export const FlowRule = z.strictObject({ flow: Identifier, toDate: z.optional(z.boolean()) });
export const StockRule = z.strictObject({
  pending: z.enum(['start', 'end']),
  from: Identifier,
  to: Identifier,
  toDate: z.optional(z.boolean()),
});
export const TimeRule = z.union([FlowRule, StockRule]);
export type FlowRule = z.infer<typeof FlowRule>;
export type StockRule = z.infer<typeof StockRule>;
export type TimeRule = z.infer<typeof TimeRule>;

/** One rule, or several whose record sets are joined (a record counts once even if several match). */
export const TimeRules = z.union([TimeRule, z.array(TimeRule).check(z.minLength(1))]);
export type TimeRules = z.infer<typeof TimeRules>;
