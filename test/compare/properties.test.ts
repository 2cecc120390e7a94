import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { funnelLimits, pprimeLimits, rulesOf, spc, spcSignals, xmrLimits } from '../../src/compare/index.js';
import { boundsOfMeasure } from '../../src/measures/value-bounds.js';
import { monthlyReport, months } from '../support/compare-report.js';

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

describe('SPC lines within the measure’s bounds (fast-check, seeded)', () => {
  // Values a measure of each kind can take: proportions, whole counts ≥ 0, and numbers of either sign.
  const kinds = fc.constantFrom(
    { measure: 'rate', value: fc.integer({ min: 0, max: 20 }).map((y) => y / 20) },
    { measure: 'count', value: fc.integer({ min: 0, max: 30 }) },
    { measure: 'mean', value: fc.integer({ min: -30, max: 30 }) },
  );
  const charts = kinds.chain(({ measure, value }) =>
    fc.record({
      measure: fc.constant(measure),
      values: fc.array(value, { minLength: 1, maxLength: 30 }),
      baseline: fc.option(fc.integer({ min: 2, max: 30 }), { nil: undefined }),
    }),
  );

  it('limits and two-sigma lines are the XmR ones clipped to the bounds, symmetric where not clipped, same rules', () => {
    fc.assert(
      fc.property(charts, ({ measure, values, baseline }) => {
        const report = monthlyReport(
          months(values.length).map((period, i) => ({
            period,
            value: values[i]!,
            ...(measure === 'rate' ? { numerator: values[i]! * 20, denominator: 20 } : {}),
          })),
          { measure },
        );
        const { lower: low, upper: high } = boundsOfMeasure(measure);
        const [min, max] = [low ?? -Infinity, high ?? Infinity];
        const layout = baseline === undefined ? {} : { baseline };
        const raw = xmrLimits(Float64Array.from(values), layout);
        const rawSignals = spcSignals(Float64Array.from(values), raw);
        const result = spc(report, { chart: 'xmr', ...layout });
        result.rows.forEach((row, i) => {
          expect(row!.rules).toEqual(rulesOf(rawSignals[i]!));
          if (row!.lower === null) return;
          const lines = [row!.lower, row!.twoSigmaLower!, row!.twoSigmaUpper!, row!.upper!];
          const unclipped = [raw.lower[i]!, raw.twoSigmaLower[i]!, raw.twoSigmaUpper[i]!, raw.upper[i]!];
          lines.forEach((line, j) => {
            expect(line).toBeGreaterThanOrEqual(min);
            expect(line).toBeLessThanOrEqual(max);
            expect(line).toBeCloseTo(Math.min(max, Math.max(min, unclipped[j]!)), 12);
          });
          const centre = row!.centre!;
          if (unclipped[0]! >= min && unclipped[3]! <= max) {
            expect(row!.upper! - centre).toBeCloseTo(centre - row!.lower, 9);
          }
        });
      }),
      settings,
    );
  });
});
