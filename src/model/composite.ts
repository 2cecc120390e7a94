import * as z from 'zod/mini';
import { FiniteNumber, Identifier, LocalizedText } from './primitives.js';

export const Normalisation = z.union([
  z.strictObject({ method: z.literal('minMax'), range: z.optional(z.tuple([FiniteNumber, FiniteNumber])) }),
  z.strictObject({
    method: z.literal('zScore'),
    mean: z.optional(FiniteNumber),
    sd: z.optional(z.number().check(z.gt(0))),
  }),
  z.strictObject({
    method: z.literal('goalposts'),
    lo: FiniteNumber,
    hi: FiniteNumber,
    scale: z.optional(z.number().check(z.gt(0))),
  }),
  z.strictObject({
    method: z.literal('distanceToTarget'),
    target: FiniteNumber,
    cap: z.optional(z.boolean()),
    scale: z.optional(z.number().check(z.gt(0))),
  }),
  z.strictObject({ method: z.literal('percentileRank') }),
  z.strictObject({ method: z.literal('none') }),
]);
export type Normalisation = z.infer<typeof Normalisation>;

export const Aggregation = z.union([
  z.enum(['arithmetic', 'geometric', 'harmonic']),
  z.strictObject({ generalisedMean: FiniteNumber }),
]);
export type Aggregation = z.infer<typeof Aggregation>;

/**
 * One input of a composite: an indicator or another composite, with a weight (default 1). An
 * indicator may carry its own normalisation (e.g. goalposts in its own units); otherwise it uses
 * the nearest enclosing composite's, else min-max to [0, 100].
 */
export const CompositeChild = z.strictObject({
  indicator: z.optional(Identifier),
  composite: z.optional(Identifier),
  weight: z.optional(z.number().check(z.gt(0))),
  normalisation: z.optional(Normalisation),
});
export type CompositeChild = z.infer<typeof CompositeChild>;

/** A composite index (OECD/JRC handbook): children are normalised, weighted and aggregated. */
export const Composite = z.strictObject({
  id: Identifier,
  label: LocalizedText,
  description: z.optional(LocalizedText),
  children: z.array(CompositeChild).check(z.minLength(1)),
  normalisation: z.optional(Normalisation),
  aggregation: z.optional(Aggregation),
  /** A unit with less than this share of its children's weight present gets no value. Default 0.5. */
  minShare: z.optional(z.number().check(z.gte(0), z.lte(1))),
  methodology: z.optional(LocalizedText),
});
export type Composite = z.infer<typeof Composite>;
