/*
 * What the validity tests generated from the zod schemas (src/shape/generated/*-valid.ts, written
 * by scripts/valid-source.ts) are written with: each test is the schema again, as a tree of these
 * builders (`object({ period: text(…), … })`), which make it into nested functions once, when the
 * module loads. A test says only whether a document passes, with none of the explaining of the
 * checks beside them, so that a widget bundle carries only the schema as data and this small
 * walker, and loads the explanation of a failing document (the `*-shape.ts` checks, the issues'
 * words) on demand. A failing test leaves the path of the first failure it found, for a message
 * that names the place while the explanation is not there.
 */

/** One validity test of one input. */
export interface Validity {
  /** Where the first failure found is, filled from the inside out as the tests return. */
  readonly path: (string | number)[];
}

/** A fresh validity test. */
export const validity = (): Validity => ({ path: [] });

/** Whether `value` passes; when not, the keys down to where it fails are on the front of `context.path`. */
export type Test = (value: unknown, context: Validity) => boolean;

/** A named predicate of src/model/contract-rules.ts, called with the value its schema refines. */
export type Rule = (value: never) => boolean;

/** A failure at `key` of the container being tested: the key goes on the front of the path; false. */
function at(context: Validity, key: string | number): false {
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

function passesRules(rules: readonly Rule[], value: unknown): boolean {
  for (let i = 0; i < rules.length; i++) if (!rules[i]!(value as never)) return false;
  return true;
}

/** The most fields an object test takes: it marks the fields it has tested in the bits of a number. */
export const MAX_FIELDS = 31;

/**
 * An object with these fields; `strict`, no other key (as zod's `unrecognized_keys` sees them,
 * inherited enumerable keys included); then the object's refinements. One walk over the object's
 * keys tests the fields it finds, each key compared first with the field expected after the last
 * (documents the core writes have their fields in the schema's order); then only the fields it
 * did not find, taken from the bits of those found, are read (zod reads a non-enumerable or
 * inherited one too) and tested. No helper is called per field: before V8 optimises the walk, as
 * during a page's first check, a call costs more than the test it makes.
 */
export function object(fields: Readonly<Record<string, Test>>, strict = true, rules: readonly Rule[] = []): Test {
  const names = Object.keys(fields);
  const count = names.length;
  if (count > MAX_FIELDS) throw new RangeError(`an object test of more than ${MAX_FIELDS} fields`);
  const positions = new Map(names.map((name, i) => [name, i]));
  const tests = Object.values(fields);
  const all = (1 << count) - 1;
  return (value, context) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    let next = 0;
    let found = 0;
    for (const key in value) {
      let i: number | undefined = next;
      if (key !== names[i]) {
        i = positions.get(key);
        if (i === undefined) {
          if (strict) return false;
          continue;
        }
      }
      const x = (value as Record<string, unknown>)[key];
      if (!tests[i]!(x, context)) return at(context, key);
      found |= 1 << i;
      next = i + 1;
    }
    // The fields not found, lowest bit first.
    for (let missing = all & ~found; missing !== 0; missing &= missing - 1) {
      const i = 31 - Math.clz32(missing & -missing);
      const x = (value as Record<string, unknown>)[names[i]!];
      if (!tests[i]!(x, context)) return at(context, names[i]!);
    }
    return passesRules(rules, value);
  };
}

/** An array of items that each pass `item`, at least `minimum` of them. */
export const array =
  (item: Test, minimum = 0): Test =>
  (value, context) => {
    if (!Array.isArray(value) || value.length < minimum) return false;
    for (let i = 0; i < value.length; i++) if (!item(value[i], context)) return at(context, i);
    return true;
  };

/** A tuple: exactly these items, in this order. */
export const tuple =
  (...items: readonly Test[]): Test =>
  (value, context) => {
    if (!Array.isArray(value) || value.length !== items.length) return false;
    for (let i = 0; i < items.length; i++) if (!items[i]!(value[i], context)) return at(context, i);
    return true;
  };

/** A record: each own key passes `key` and its value `item`; a failing key or value fails at that key. */
export const record =
  (key: Test, item: Test): Test =>
  (value, context) => {
    if (!isRecord(value)) return false;
    for (const name in value)
      if (Object.hasOwn(value, name) && !(key(name, context) && item(value[name], context))) return at(context, name);
    return true;
  };

/** A record whose keys may be some of `keys` (zod's `partialRecord` of an enum): another key fails the record. */
export const partialRecord =
  (keys: readonly string[], item: Test): Test =>
  (value, context) => {
    if (!isRecord(value)) return false;
    for (const name in value) {
      if (!Object.hasOwn(value, name)) continue;
      if (!keys.includes(name)) return false;
      if (!item(value[name], context)) return at(context, name);
    }
    return true;
  };

/** A union: whether one of its options passes the value (a failing option's path is forgotten). */
export const union =
  (...options: readonly Test[]): Test =>
  (value, context) => {
    const depth = context.path.length;
    for (let i = 0; i < options.length; i++) {
      if (options[i]!(value, context)) return true;
      if (context.path.length > depth) context.path.splice(0, context.path.length - depth);
    }
    return false;
  };

export const nullable =
  (test: Test): Test =>
  (value, context) =>
    value === null || test(value, context);

export const optional =
  (test: Test): Test =>
  (value, context) =>
    value === undefined || test(value, context);

/** One of these values (an enum, a literal). */
export const oneOf =
  (...values: readonly unknown[]): Test =>
  (value) =>
    values.includes(value);

export const isBoolean: Test = (value) => typeof value === 'boolean';

export const isNull: Test = (value) => value === null;

/** What a string must be: at least `minimum` long, matching `pattern`, passing `rules`. */
export interface TextSpec {
  readonly minimum?: number;
  readonly pattern?: RegExp;
  readonly rules?: readonly Rule[];
}

/** How many strings each text test remembers: a column's distinct dates and keys, a few years of them. */
const REMEMBERED = 1024;

/**
 * A string. Strings that passed a pattern or a rule are remembered (they depend on the string
 * alone), so the many equal dates and keys of a Report's rows are each tested once; the last one
 * met is compared first, as rows come in runs of the same period.
 */
export function text({ minimum = 0, pattern, rules = [] }: TextSpec = {}): Test {
  if (pattern === undefined && rules.length === 0)
    return (value) => typeof value === 'string' && value.length >= minimum;
  const passed = new Set<string>();
  let last: string | undefined;
  return (value) => {
    if (typeof value !== 'string') return false;
    if (value === last) return true;
    if (!passed.has(value)) {
      if (value.length < minimum || !(pattern?.test(value) ?? true) || !passesRules(rules, value)) return false;
      if (passed.size === REMEMBERED) passed.clear();
      passed.add(value);
    }
    last = value;
    return true;
  };
}

/** What a number must be: finite (zod's numbers are), a safe integer with `integer`, within the bounds, passing `rules`. */
export interface NumberSpec {
  readonly integer?: boolean;
  readonly gte?: number;
  readonly gt?: number;
  readonly lte?: number;
  readonly lt?: number;
  readonly rules?: readonly Rule[];
}

/**
 * A number. The bounds not given are the infinities, which `gt` and `lt` refuse (as NaN fails
 * every comparison): finite without a test of its own.
 */
export function number({
  integer = false,
  gte = -Infinity,
  gt = -Infinity,
  lte = Infinity,
  lt = Infinity,
  rules = [],
}: NumberSpec = {}): Test {
  const plain = rules.length === 0;
  return (value) =>
    (integer ? Number.isSafeInteger(value) : typeof value === 'number') &&
    (value as number) >= gte &&
    (value as number) > gt &&
    (value as number) <= lte &&
    (value as number) < lt &&
    (plain || passesRules(rules, value));
}
