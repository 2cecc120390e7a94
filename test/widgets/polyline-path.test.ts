import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandPath, polylinePath } from '../../widgets/base/polyline-path.js';

// The charts' path data (widgets/base/polyline-path.ts) has no DOM in it, so it is checked here:
// golden strings written by hand, and the points read back out of any line.

/** `[command, x, y]` for each command of a path made of M, L and Z. */
function commands(path: string): [string, number, number][] {
  return [...path.matchAll(/([MLZ])(?:(-?[\d.]+),(-?[\d.]+))?/g)].map((match) => [
    match[1]!,
    Number(match[2] ?? NaN),
    Number(match[3] ?? NaN),
  ]);
}

describe('polylinePath', () => {
  it('starts a run with M, goes on with L, and breaks at a missing value', () => {
    const values = [1, null, 3, 4, null, null, 7];
    expect(
      polylinePath(
        values.length,
        (index) => index * 10,
        (index) => values[index]!,
      ),
    ).toBe('M0,1M20,3L30,4M60,7');
  });

  it('rounds coordinates to 0.1 px', () => {
    expect(
      polylinePath(
        2,
        (index) => [1.26, 100.04][index]!,
        (index) => [-2.349, 2.35][index]!,
      ),
    ).toBe('M1.3,-2.3L100,2.4');
  });

  it('is empty without a value', () => {
    expect(
      polylinePath(
        0,
        () => 0,
        () => 0,
      ),
    ).toBe('');
    expect(
      polylinePath(
        3,
        () => 0,
        () => null,
      ),
    ).toBe('');
  });

  it('passes through every value in order, a new run after each gap (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { nil: null }), { maxLength: 60 }),
        (values) => {
          const drawn = commands(
            polylinePath(
              values.length,
              (index) => index * 7.3,
              (index) => values[index]!,
            ),
          );
          const expected = values.flatMap((value, index) =>
            value === null
              ? []
              : [[index === 0 || values[index - 1] === null ? 'M' : 'L', index * 7.3, value] as const],
          );
          expect(drawn.length).toBe(expected.length);
          drawn.forEach(([command, x, y], k) => {
            const [wanted, wantedX, wantedY] = expected[k]!;
            expect(command).toBe(wanted);
            expect(Math.abs(x - wantedX)).toBeLessThanOrEqual(0.05 + 1e-9);
            expect(Math.abs(y - wantedY)).toBeLessThanOrEqual(0.05 + 1e-9);
          });
        },
      ),
      { seed: 20191127, numRuns: 500 },
    );
  });
});

describe('bandPath', () => {
  const y = (value: number): number => 100 - value * 10;

  it('closes each unbroken run: the upper edge forwards, the lower edge back', () => {
    const intervals = [{ low: 1, high: 2 }, { low: 2, high: 4 }, null, { low: 0, high: 1 }];
    expect(
      bandPath(
        intervals.length,
        (index) => index * 10,
        y,
        (index) => intervals[index]!,
      ),
    ).toBe('M0,80L10,60L10,80L0,90ZM30,90L30,100Z');
  });

  it('is empty without an interval', () => {
    expect(
      bandPath(
        2,
        () => 0,
        y,
        () => null,
      ),
    ).toBe('');
  });
});
