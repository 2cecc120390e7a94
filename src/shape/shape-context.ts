import type * as z from 'zod/mini';
import type { DefinitionIssue } from '../errors/issue.js';
import { issuesFromZod } from '../model/zod-issues.js';
import { isObject, isRecord, remember } from './validity.js';

export { isObject, isRecord, remember };

/*
 * What the checkers generated from the zod schemas (src/shape/generated/, written by
 * scripts/generate-checkers.ts) call when a value fails: each helper records the issue zod would
 * record there, as zod shapes it, and says whether later checks of the same value still run. The
 * issues then go through `issuesFromZod`, as zod's do in parseReport, so both checks give the same
 * codes, paths, params and messages.
 */

/** Where a value sits in its container: an object key or an array index; none at the root. */
export type Key = string | number | undefined;

/**
 * What a check found, as bits a container ORs together: nothing (0), issues that let the value's
 * later checks run (ISSUES, zod's `continue: true`: a pattern, a bound, a refinement, unknown keys),
 * or an issue that stops them (ABORTED: a wrong type, a value not allowed, a key not allowed).
 */
export const ISSUES = 1;
export const ABORTED = 2;

/** The fields of a zod issue that `issuesFromZod` reads. */
export interface RawIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly input: unknown;
  readonly message?: string;
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly inclusive?: boolean;
  readonly origin?: string;
  readonly format?: string;
  readonly keys?: readonly string[];
  readonly errors?: readonly (readonly RawIssue[])[];
  readonly issues?: readonly RawIssue[];
}

/** A generated check of one schema: records the issues of `value`, found at `key` in the container on `context.path`. */
export type Check = (value: unknown, context: ShapeContext, key: Key) => number;

/**
 * A leaf schema as data: its type and its checks in the schema's order, for {@link explain}.
 * `int` is zod's safe integer; a literal is an `enum` of its values.
 */
export type Leaf =
  | readonly ['string', ...(readonly ['regex', RegExp, string] | readonly ['min_length', number] | TextRule)[]]
  | readonly ['number' | 'int', ...(readonly ['gte' | 'gt' | 'lte' | 'lt', number] | NumberRule)[]]
  | readonly ['boolean' | 'null']
  | readonly ['enum', readonly unknown[]];
type TextRule = readonly ['custom', (text: string) => boolean, string];
type NumberRule = readonly ['custom', (value: number) => boolean, string];

/** One check of one input. */
export class ShapeContext {
  /** The keys from the root to the container being checked: containers push their key and pop it. */
  readonly path: (string | number)[] = [];
  readonly issues: RawIssue[] = [];
  /**
   * The last string each check site accepted, by site: rows repeat their dates, period keys and
   * group keys, so most strings compare equal to these instead of running a pattern or reading
   * the calendar. Only checks that depend on the string alone are remembered.
   */
  constructor(readonly memo: unknown[] = []) {}
}

const record = (context: ShapeContext, key: Key, issue: Omit<RawIssue, 'path'>, status: number): number => {
  context.issues.push({ ...issue, path: key === undefined ? [...context.path] : [...context.path, key] });
  return status;
};

/** A value of the wrong type (zod's `invalid_type`): `expected` is zod's name of the type. */
export const typeIssue = (context: ShapeContext, key: Key, input: unknown, expected: string): number =>
  record(context, key, { code: 'invalid_type', expected, input }, ABORTED);

/** A value not among an enum's or a literal's `values`. */
export const valueIssue = (context: ShapeContext, key: Key, input: unknown, values: readonly unknown[]): number =>
  record(context, key, { code: 'invalid_value', values, input }, ABORTED);

/** Below a bound: a number (`origin` `number`, or `int` for the safe-integer range), a string's or an array's length. */
export const tooSmall = (
  context: ShapeContext,
  key: Key,
  input: unknown,
  minimum: number,
  origin: string,
  inclusive = true,
  status = ISSUES,
): number => record(context, key, { code: 'too_small', minimum, inclusive, origin, input }, status);

/** Above a bound (see {@link tooSmall}). */
export const tooBig = (
  context: ShapeContext,
  key: Key,
  input: unknown,
  maximum: number,
  origin: string,
  inclusive = true,
  status = ISSUES,
): number => record(context, key, { code: 'too_big', maximum, inclusive, origin, input }, status);

/** A string not matching a pattern, with the schema's words for it. */
export const formatIssue = (context: ShapeContext, key: Key, input: unknown, message: string): number =>
  record(context, key, { code: 'invalid_format', format: 'regex', message, input }, ISSUES);

/** A refinement that said no, with the schema's words for it. */
export const customIssue = (context: ShapeContext, key: Key, input: unknown, message: string): number =>
  record(context, key, { code: 'custom', message, input }, ISSUES);

/**
 * A minimum length checked on a value of the wrong type: zod runs length checks on anything that
 * has a length (an array where a string belongs), after the type's own issue.
 */
export function lengthAfterType(context: ShapeContext, key: Key, input: unknown, minimum: number): number {
  if (input === null || input === undefined) return 0;
  const length = (input as { length?: unknown }).length;
  if (length === undefined || (length as number) >= minimum) return 0;
  const origin = Array.isArray(input) ? 'array' : typeof input === 'string' ? 'string' : 'unknown';
  return tooSmall(context, key, input, minimum, origin);
}

/**
 * The issues of a leaf value that failed its inline test, in zod's order: the type (after which
 * only a length check still runs, on a value that has a length), then each check; a number that is
 * no whole number stops there, as zod's `int` does.
 */
export function explain(context: ShapeContext, key: Key, input: unknown, leaf: Leaf): number {
  let status = 0;
  switch (leaf[0]) {
    case 'enum':
      return valueIssue(context, key, input, leaf[1]);
    case 'boolean':
    case 'null':
      return typeIssue(context, key, input, leaf[0]);
    case 'string': {
      const [, ...checks] = leaf;
      if (typeof input !== 'string') {
        status = typeIssue(context, key, input, 'string');
        for (const check of checks)
          if (check[0] === 'min_length') status |= lengthAfterType(context, key, input, check[1]);
        return status;
      }
      for (const check of checks) {
        if (check[0] === 'regex') {
          if (!check[1].test(input)) status |= formatIssue(context, key, input, check[2]);
        } else if (check[0] === 'min_length') {
          if (input.length < check[1]) status |= tooSmall(context, key, input, check[1], 'string');
        } else if (!check[1](input)) status |= customIssue(context, key, input, check[2]);
      }
      return status;
    }
    default: {
      const [type, ...checks] = leaf;
      if (typeof input !== 'number' || !Number.isFinite(input)) return typeIssue(context, key, input, 'number');
      if (type === 'int') {
        if (!Number.isInteger(input)) return typeIssue(context, key, input, 'int');
        if (!Number.isSafeInteger(input))
          status |=
            input > 0
              ? tooBig(context, key, input, Number.MAX_SAFE_INTEGER, 'int')
              : tooSmall(context, key, input, Number.MIN_SAFE_INTEGER, 'int');
      }
      for (const check of checks) {
        if (check[0] === 'custom') {
          if (!check[1](input)) status |= customIssue(context, key, input, check[2]);
        } else {
          const [bound, limit] = check;
          if (bound === 'gte' ? input < limit : bound === 'gt' ? input <= limit : false)
            status |= tooSmall(context, key, input, limit, 'number', bound === 'gte');
          if (bound === 'lte' ? input > limit : bound === 'lt' ? input >= limit : false)
            status |= tooBig(context, key, input, limit, 'number', bound === 'lte');
        }
      }
      return status;
    }
  }
}

/** An object's keys, in the order the schema lists them, and as a set. */
export interface KeyList {
  readonly names: readonly string[];
  readonly known: ReadonlySet<string>;
}
export const keyList = (names: readonly string[]): KeyList => ({ names, known: new Set(names) });

/**
 * Keys a strict object does not have (zod's `unrecognized_keys`), on the object at the top of the
 * path. Documents written by lawgauge list their keys in the schema's order, so each key is
 * compared with the one expected at its place before any search.
 */
export function unknownKeys(context: ShapeContext, input: object, keys: KeyList): number {
  let unknown: string[] | undefined;
  let place = 0;
  for (const key in input) {
    if (key !== keys.names[place] && !keys.known.has(key)) (unknown ??= []).push(key);
    place++;
  }
  return unknown === undefined ? 0 : keysIssue(context, input, unknown);
}

/** Keys an object or a record does not allow, on the container at the top of the path. */
export const keysIssue = (context: ShapeContext, input: object, keys: readonly string[]): number =>
  record(context, undefined, { code: 'unrecognized_keys', keys, input }, ISSUES);

/** A record's key that fails the key schema: zod's `invalid_key`, with the key's own issues inside. */
export function keyIssue(context: ShapeContext, key: string, check: Check): number {
  const inner = new ShapeContext(context.memo);
  check(key, inner, undefined);
  return record(
    context,
    key,
    { code: 'invalid_key', origin: 'record', issues: inner.issues, input: key, message: 'Invalid input' },
    ABORTED,
  );
}

/**
 * A union, as zod decides it: the first option that accepts the value wins; when exactly one option
 * failed only on issues that let checks go on, its issues are the union's; otherwise one
 * `invalid_union` holds every option's issues (and `issuesFromZod` picks the one that explains best).
 */
export function union(context: ShapeContext, key: Key, input: unknown, options: readonly Check[]): number {
  const results: { readonly status: number; readonly issues: readonly RawIssue[] }[] = [];
  for (const option of options) {
    const inner = new ShapeContext(context.memo);
    const status = option(input, inner, undefined);
    if (inner.issues.length === 0) return 0;
    results.push({ status, issues: inner.issues });
  }
  const continuing = results.filter((result) => result.status < ABORTED);
  if (continuing.length === 1) {
    const base = key === undefined ? context.path : [...context.path, key];
    for (const issue of continuing[0]!.issues) context.issues.push({ ...issue, path: [...base, ...issue.path] });
    return continuing[0]!.status;
  }
  return record(
    context,
    key,
    { code: 'invalid_union', errors: results.map((result) => result.issues), input },
    ABORTED,
  );
}

/** The issues of `input` against a generated check, worded as `issuesFromZod` words zod's. */
export function shapeIssues(check: Check, input: unknown): DefinitionIssue[] {
  const context = new ShapeContext();
  check(input, context, undefined);
  return context.issues.length === 0 ? [] : issuesFromZod(context.issues as unknown as readonly z.core.$ZodIssue[]);
}
