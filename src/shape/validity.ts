/*
 * What the validity tests generated from the zod schemas (src/shape/generated/*-valid.ts, written
 * by scripts/generate-checkers.ts) call: they say only whether a document passes, as fast as the
 * checks beside them and with none of their explaining, so that a widget bundle carries only them
 * and loads the explanation of a failing document (the `*-shape.ts` checks, the issues' words) on
 * demand. A failing test leaves the path of the first failure it found, for a message that names
 * the place while the explanation is not there.
 */

/** One validity test of one input. */
export interface Validity {
  /** Where the first failure found is, filled from the inside out as the tests return. */
  readonly path: (string | number)[];
  /** The last string each test site accepted (see ShapeContext.memo). */
  readonly memo: unknown[];
}

/** A fresh validity test. */
export const validity = (): Validity => ({ path: [], memo: [] });

/** A failure at `key` of the container being tested: the key goes on the front of the path; false. */
export function at(context: Validity, key: string | number): false {
  context.path.unshift(key);
  return false;
}

/** Remembers a string that passed the checks of `slot` (see ShapeContext.memo); true. */
export function remember(context: { readonly memo: unknown[] }, slot: number, text: string): boolean {
  context.memo[slot] = text;
  return true;
}

/** An object (not null, not an array), as zod's objects accept. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An object a record accepts: zod's `isPlainObject` (no class instance, no array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype === Object.prototype || prototype === null) return true;
  const constructor = value['constructor'];
  if (constructor === undefined || typeof constructor !== 'function') return true;
  const shared = (constructor as { prototype?: unknown }).prototype;
  return isObject(shared) && Object.hasOwn(shared, 'isPrototypeOf');
}

/** Whether a strict object has only its schema's keys (as zod's `unrecognized_keys` sees them). */
export function onlyKeys(input: object, known: ReadonlySet<string>): boolean {
  for (const key in input) if (!known.has(key)) return false;
  return true;
}

/** A union: whether one of its options accepts the value (each tried with a path of its own). */
export const anyOf = (
  input: unknown,
  context: Validity,
  options: readonly ((value: unknown, context: Validity) => boolean)[],
): boolean => options.some((option) => option(input, { path: [], memo: context.memo }));
