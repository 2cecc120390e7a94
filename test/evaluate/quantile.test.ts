import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileSorted } from '../../src/internal.js';
import { quantileInPlace } from '../../src/evaluate/statistics/select.js';

describe('quantiles', () => {
  it('quantileSorted interpolates between order statistics (type 7)', () => {
    expect(quantileSorted([15, 30], 0.5)).toBe(22.5);
    expect(quantileSorted([10, 24, 40, 71], 0.5)).toBe(32);
    expect(quantileSorted([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(quantileSorted([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
    expect(quantileSorted([], 0.5)).toBeUndefined();
  });

  it('quantileInPlace (quickselect) agrees with sorting, for any values, range and p', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: -5, max: 5 }),
            fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
          ),
          { maxLength: 60 },
        ),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(),
        fc.nat(),
        (list, p, a, b) => {
          const from = list.length === 0 ? 0 : a % list.length;
          const to = from + (list.length - from === 0 ? 0 : b % (list.length - from + 1));
          const values = Float64Array.from(list);
          const expected = quantileSorted(Float64Array.from(list.slice(from, to)).sort(), p);
          const actual = quantileInPlace(values, from, to, p);
          if (expected === undefined) expect(actual).toBeUndefined();
          else expect(actual).toBeCloseTo(expected, 9);
          // Values outside the range are untouched.
          expect([...values.slice(0, from), ...values.slice(to)]).toEqual([...list.slice(0, from), ...list.slice(to)]);
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });
});
