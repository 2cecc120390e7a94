import * as z from 'zod/mini';
import { Predicate } from './predicate.js';
import { TimeRules } from './time-rule.js';

/** A set of records for a period: a time rule and an optional filter. */
export const Part = z.strictObject({ time: TimeRules, where: z.optional(Predicate) });
export type Part = z.infer<typeof Part>;

/**
 * The numerator of a rate or ratio. Without `time`, it is the subset of the denominator's records
 * that match `where` (so a rate stays within [0, 1]); with `time`, an independent set.
 */
export const SubPart = z.strictObject({ time: z.optional(TimeRules), where: z.optional(Predicate) });
export type SubPart = z.infer<typeof SubPart>;
