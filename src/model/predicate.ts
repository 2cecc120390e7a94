import * as z from 'zod/mini';
import { FiniteNumber, Identifier } from './primitives.js';

/**
 * Operands: a field name, or a value derived from fields that a SQL engine can also compute.
 * - `{days: {from, to, minus?}}`: whole days from `from` to `to` (dates), minus the integer field
 *   `minus` when present (a null `minus` counts as 0) — trial days are
 *   `{days: {from: "filed_on", to: "closed_on", minus: "excluded_days"}}`.
 * - `{age: field}`: whole days from the date `field` to the last day of the period being evaluated.
 * - `{plus: [a, b, …]}`: the sum of operands and constants; null when any operand is null (as SQL's
 *   `a + b`), e.g. 件 per case = `{plus: [1, "extra_steps"]}`.
 */
export type Operand =
  string | { readonly days: DaysOperand } | { readonly age: string } | { readonly plus: readonly (Operand | number)[] };
export interface DaysOperand {
  readonly from: string;
  readonly to: string;
  readonly minus?: string | undefined;
}

export const DaysOperand = z.strictObject({ from: Identifier, to: Identifier, minus: z.optional(Identifier) });
export const Operand: z.ZodMiniType<Operand> = z.union([
  Identifier,
  z.strictObject({ days: DaysOperand }),
  z.strictObject({ age: Identifier }),
  z.strictObject({
    get plus() {
      return z.array(z.union([Operand, FiniteNumber])).check(z.minLength(2));
    },
  }),
]);

export const COMPARISON_OPS = ['eq', 'ne', 'lt', 'le', 'gt', 'ge'] as const;
export const MEMBERSHIP_OPS = ['in', 'notIn'] as const;
export const NULL_OPS = ['isNull', 'notNull'] as const;
export type ComparisonOp = (typeof COMPARISON_OPS)[number];
export type MembershipOp = (typeof MEMBERSHIP_OPS)[number];
export type NullOp = (typeof NULL_OPS)[number];
export type PredicateOp = ComparisonOp | MembershipOp | NullOp;

export type Scalar = string | number | boolean;
export const Scalar = z.union([z.string(), z.number(), z.boolean()]);

/**
 * A test on one operand. Which keys it takes depends on `op`:
 * - `eq ne lt le gt ge`: `value` (a constant) or `other` (another operand), exactly one;
 * - `in notIn`: `value`, an array of constants;
 * - `isNull notNull`: nothing else;
 * - no `op`: the operand must be a boolean field, and the test is "is true".
 * Comparisons follow SQL: a null operand makes the test unknown, and unknown rows never match.
 */
export interface LeafPredicate {
  readonly field: Operand;
  readonly op?: PredicateOp | undefined;
  readonly value?: Scalar | readonly Scalar[] | undefined;
  readonly other?: Operand | undefined;
}
export interface AndPredicate {
  readonly and: readonly Predicate[];
}
export interface OrPredicate {
  readonly or: readonly Predicate[];
}
export interface NotPredicate {
  readonly not: Predicate;
}
export type Predicate = LeafPredicate | AndPredicate | OrPredicate | NotPredicate;

export const LeafPredicate = z.strictObject({
  field: Operand,
  op: z.optional(z.enum([...COMPARISON_OPS, ...MEMBERSHIP_OPS, ...NULL_OPS])),
  value: z.optional(z.union([Scalar, z.array(Scalar)])),
  other: z.optional(Operand),
});

export const Predicate: z.ZodMiniType<Predicate> = z.union([
  z.strictObject({
    get and() {
      return z.array(Predicate).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get or() {
      return z.array(Predicate).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get not() {
      return Predicate;
    },
  }),
  LeafPredicate,
]);
