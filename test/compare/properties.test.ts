import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { funnelLimits, pprimeLimits, spcSignals, xmrLimits } from '../../src/compare/index.js';

const settings = { seed: 2305, numRuns: 300 };

/** A series of 1 to 40 whole numbers, with an optional baseline and phase starts. */
const series = fc.record({
  // Noise, or a random walk that drifts up (so that shifts and trends occur too).
  values: fc.oneof(
    fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 40 }),
    fc
      .array(fc.integer({ min: -3, max: 5 }), { minLength: 1, maxLength: 40 })
      .map((steps) => steps.map((_, i) => steps.slice(0, i + 1).reduce((sum, step) => sum + step, 0))),
  ),
  baseline: fc.option(fc.integer({ min: 2, max: 40 }), { nil: undefined }),
  phaseStarts: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 3 }),
});

const layoutOf = ({ baseline, phaseStarts }: { baseline: number | undefined; phaseStarts: number[] }) => ({
  phaseStarts,
  ...(baseline === undefined ? {} : { baseline }),
});

describe('SPC invariants (fast-check, seeded)', () => {
  it('XmR limits and two-sigma lines are symmetric about the centre, limits outside the two-sigma lines', () => {
    fc.assert(
      fc.property(series, (input) => {
        const limits = xmrLimits(Float64Array.from(input.values), layoutOf(input));
        for (let i = 0; i < input.values.length; i++) {
          const centre = limits.centre[i]!;
          if (Number.isNaN(limits.upper[i]!)) continue;
          expect(limits.upper[i]! - centre).toBeCloseTo(centre - limits.lower[i]!, 9);
          expect(limits.twoSigmaUpper[i]! - centre).toBeCloseTo(centre - limits.twoSigmaLower[i]!, 9);
          expect(limits.upper[i]!).toBeGreaterThanOrEqual(limits.twoSigmaUpper[i]!);
        }
      }),
      settings,
    );
  });

  it('XmR rules do not change when a constant is added to every value', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: -100_000, max: 100_000 }), (input, shift) => {
        const layout = layoutOf(input);
        const values = Float64Array.from(input.values);
        const shifted = values.map((value) => value + shift);
        expect(spcSignals(shifted, xmrLimits(shifted, layout))).toEqual(spcSignals(values, xmrLimits(values, layout)));
      }),
      settings,
    );
  });

  it('p′ limits lie in [0, 1] around p̄, and widen as n shrinks', () => {
    const rates = fc
      .array(fc.tuple(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true })), {
        minLength: 2,
        maxLength: 30,
      })
      .map((pairs) => pairs.map(([n, share]) => [Math.round(n * share), n] as const));
    fc.assert(
      fc.property(rates, (pairs) => {
        const denominators = Float64Array.from(pairs, ([, n]) => n);
        const limits = pprimeLimits(
          Float64Array.from(pairs, ([y]) => y),
          denominators,
        );
        for (let i = 0; i < pairs.length; i++) {
          if (Number.isNaN(limits.upper[i]!)) continue;
          expect(limits.lower[i]!).toBeGreaterThanOrEqual(0);
          expect(limits.upper[i]!).toBeLessThanOrEqual(1);
          expect(limits.lower[i]!).toBeLessThanOrEqual(limits.centre[i]!);
          expect(limits.upper[i]!).toBeGreaterThanOrEqual(limits.centre[i]!);
          for (let j = 0; j < pairs.length; j++) {
            if (denominators[j]! < denominators[i]!) expect(limits.upper[j]!).toBeGreaterThanOrEqual(limits.upper[i]!);
          }
        }
      }),
      settings,
    );
  });
});

describe('funnel invariants (fast-check, seeded)', () => {
  it('the limits contain p0 and narrow as n grows, the 99.8% outside the 95%', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 2, maxLength: 20 }),
        (target, tau2, sizes) => {
          sizes.sort((a, b) => a - b);
          const limits = funnelLimits(target, sizes, tau2);
          for (let i = 0; i < sizes.length; i++) {
            expect(limits.lower998[i]!).toBeLessThanOrEqual(limits.lower95[i]!);
            expect(limits.lower95[i]!).toBeLessThanOrEqual(target);
            expect(limits.upper95[i]!).toBeGreaterThanOrEqual(target);
            expect(limits.upper998[i]!).toBeGreaterThanOrEqual(limits.upper95[i]!);
            if (i === 0) continue;
            expect(limits.lower95[i]!).toBeGreaterThanOrEqual(limits.lower95[i - 1]!);
            expect(limits.upper95[i]!).toBeLessThanOrEqual(limits.upper95[i - 1]!);
            expect(limits.lower998[i]!).toBeGreaterThanOrEqual(limits.lower998[i - 1]!);
            expect(limits.upper998[i]!).toBeLessThanOrEqual(limits.upper998[i - 1]!);
          }
        },
      ),
      settings,
    );
  });
});
