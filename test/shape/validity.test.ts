import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { validSource } from '../../scripts/valid-source.js';
import {
  isNull,
  MAX_FIELDS,
  nullable,
  number,
  object,
  optional,
  text,
  union,
  validity,
  type Test,
} from '../../src/shape/validity.js';

/** The verdict of `test` on `value`, and the path of the first failure it found. */
function verdict(
  test: Test,
  value: unknown,
): { readonly passes: boolean; readonly path: readonly (string | number)[] } {
  const context = validity();
  return { passes: test(value, context), path: context.path };
}

describe('the validity tests’ builders (src/shape/validity.ts)', () => {
  const row = object({ a: number(), b: optional(text()), c: nullable(number({ integer: true, gte: 0 })) });

  it('tests an object’s fields in any order of its keys, and a missing one as undefined', () => {
    expect(verdict(row, { a: 1, b: 'x', c: null }).passes).toBe(true);
    expect(verdict(row, { c: 2, b: 'x', a: 1 }).passes).toBe(true);
    expect(verdict(row, { c: 2, a: 1 }).passes).toBe(true);
    expect(verdict(row, { b: 'x', c: 2 })).toEqual({ passes: false, path: ['a'] });
    expect(verdict(row, { c: -1, a: 1 })).toEqual({ passes: false, path: ['c'] });
    expect(verdict(row, { a: 1, c: 2.5 })).toEqual({ passes: false, path: ['c'] });
  });

  it('refuses an unknown key of a strict object, an inherited enumerable one too, and reads inherited fields', () => {
    expect(verdict(row, { a: 1, c: 0, d: 1 }).passes).toBe(false);
    expect(
      verdict(row, Object.create({ d: 1 }, { a: { value: 1, enumerable: true }, c: { value: 0, enumerable: true } }))
        .passes,
    ).toBe(false);
    expect(verdict(row, Object.create({ a: 1 }, { c: { value: 0, enumerable: true } })).passes).toBe(true);
    expect(
      verdict(row, Object.create(Object.prototype, { a: { value: 'x' }, c: { value: 0, enumerable: true } })).passes,
    ).toBe(false);
    expect(verdict(object({ a: number() }, false), { a: 1, d: 1 }).passes).toBe(true);
  });

  it('takes null for a nullable field and undefined for an optional one, and tests the rest inside', () => {
    const fields = object({
      n: nullable(number()),
      o: optional(number()),
      both: optional(nullable(number())),
      onlyNull: isNull,
    });
    expect(verdict(fields, { n: null, o: undefined, both: null, onlyNull: null }).passes).toBe(true);
    expect(verdict(fields, { n: null, both: undefined, onlyNull: null }).passes).toBe(true);
    expect(verdict(fields, { n: 1, o: 2, both: 3, onlyNull: null }).passes).toBe(true);
    // null is not undefined: an optional field refuses null, a nullable one undefined or its absence.
    expect(verdict(fields, { n: null, o: null, onlyNull: null })).toEqual({ passes: false, path: ['o'] });
    expect(verdict(fields, { n: undefined, onlyNull: null })).toEqual({ passes: false, path: ['n'] });
    expect(verdict(fields, { onlyNull: null })).toEqual({ passes: false, path: ['n'] });
    // A field whose own test takes null is still called with it.
    expect(verdict(fields, { n: null })).toEqual({ passes: false, path: ['onlyNull'] });
    expect(verdict(fields, { n: 'x', onlyNull: null })).toEqual({ passes: false, path: ['n'] });
    expect(verdict(fields, { n: null, both: 'x', onlyNull: null })).toEqual({ passes: false, path: ['both'] });
  });

  it('reads and tests the fields its walk over the keys did not find, as zod reads them', () => {
    const wide = object({
      a: number(),
      b: optional(number()),
      c: number(),
      d: optional(text()),
      e: optional(nullable(number())),
    });
    expect(verdict(wide, { a: 1, c: 2 }).passes).toBe(true);
    expect(verdict(wide, { c: 2, a: 1, e: null }).passes).toBe(true);
    expect(verdict(wide, { a: 1, d: 'x' })).toEqual({ passes: false, path: ['c'] });
    // A non-enumerable own field, and an inherited one, are values zod reads: tested, not skipped.
    const hidden = (key: string, value: unknown): object =>
      Object.defineProperty({ a: 1, c: 2 }, key, { value, enumerable: false });
    expect(verdict(wide, hidden('b', 3)).passes).toBe(true);
    expect(verdict(wide, hidden('b', 'x'))).toEqual({ passes: false, path: ['b'] });
    expect(verdict(wide, hidden('d', 4))).toEqual({ passes: false, path: ['d'] });
    expect(verdict(wide, hidden('e', null)).passes).toBe(true);
    expect(verdict(wide, Object.create({ e: 'x' }, { a: { value: 1 }, c: { value: 2 } }))).toEqual({
      passes: false,
      path: ['e'],
    });
  });

  it('refuses the infinities and NaN with or without bounds, and keeps each bound', () => {
    const any = number();
    for (const value of [Infinity, -Infinity, NaN]) {
      expect(verdict(any, value).passes).toBe(false);
      expect(verdict(number({ gte: 0 }), value).passes).toBe(false);
      expect(verdict(number({ lt: 1 }), value).passes).toBe(false);
      expect(verdict(number({ integer: true }), value).passes).toBe(false);
    }
    expect(verdict(any, -Number.MAX_VALUE).passes).toBe(true);
    expect([0, 1, 2].map((value) => verdict(number({ gt: 0, lte: 2 }), value).passes)).toEqual([false, true, true]);
    expect([0, 1, 2].map((value) => verdict(number({ gte: 0, lt: 2 }), value).passes)).toEqual([true, true, false]);
    const count = number({ integer: true, gte: 1 });
    expect([0, 1, 1.5, 2 ** 53, '1'].map((value) => verdict(count, value).passes)).toEqual([
      false,
      true,
      false,
      false,
      false,
    ]);
  });

  it('forgets the path of a union option that failed', () => {
    const either = union(object({ x: number() }), object({ y: text() }));
    expect(verdict(object({ u: either }), { u: { y: 'z' } }).passes).toBe(true);
    expect(verdict(object({ u: either }), { u: { y: 1 } })).toEqual({ passes: false, path: ['u'] });
  });

  it('remembers only strings that passed, and keeps testing the rest', () => {
    let calls = 0;
    const key = text({ rules: [(value: string) => (calls++, value !== 'no')] });
    const keys = ['a', 'b', 'a', 'no', 'b', 'no'].map((value) => key(value, validity()));
    expect(keys).toEqual([true, true, true, false, true, false]);
    expect(calls).toBe(4);
  });

  it('compares a string with the last one that passed before remembering it, and never passes one too short', () => {
    let calls = 0;
    const date = text({ minimum: 1, rules: [(value: string) => (calls++, value.startsWith('2'))] });
    // The last string that passed is none yet: the empty string is tested, and too short.
    expect(verdict(date, '').passes).toBe(false);
    const run = ['2020', '2020', '2021', '2020', '2021', '1999', '2021'].map((value) => verdict(date, value).passes);
    expect(run).toEqual([true, true, true, true, true, false, true]);
    expect(calls).toBe(3);
    expect(verdict(text({ minimum: 2 }), 'a').passes).toBe(false);
    expect(verdict(text({ minimum: 2 }), 'ab').passes).toBe(true);
  });

  it(`takes at most ${MAX_FIELDS} fields, and the generator says so, naming the place`, () => {
    const fields = (n: number): Record<string, Test> =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, number()]));
    expect(() => object(fields(MAX_FIELDS))).not.toThrow();
    expect(() => object(fields(MAX_FIELDS + 1))).toThrow(RangeError);
    const wide = z.strictObject(
      Object.fromEntries(Array.from({ length: MAX_FIELDS + 1 }, (_, i) => [`f${i}`, z.number()])),
    );
    expect(() => validSource({ name: 'probeShape', schema: z.strictObject({ wide }), from: 'a test' })).toThrow(
      `generate-checkers: probeShape.wide: an object of more than ${MAX_FIELDS} fields`,
    );
    expect(() =>
      validSource({ name: 'probeShape', schema: z.strictObject({ ['__proto__']: z.number() }), from: 'a test' }),
    ).toThrow('a field named __proto__');
  });
});
