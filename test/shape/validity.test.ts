import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { validSource } from '../../scripts/valid-source.js';
import {
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
