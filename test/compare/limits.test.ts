import { describe, expect, it } from 'vitest';
import { pprimeLimits, xmrLimits } from '../../src/compare/index.js';

const at = (line: Float64Array, i = 0): number => line[i]!;

describe('xmrLimits: centre ± 2.66·mR̄, two-sigma lines ± 1.7733·mR̄', () => {
  it('by hand: 10, 12, 11, 14, 13', () => {
    // centre = (10 + 12 + 11 + 14 + 13) / 5 = 60 / 5 = 12
    // moving ranges |12−10|, |11−12|, |14−11|, |13−14| = 2, 1, 3, 1; mR̄ = 7 / 4 = 1.75
    // limits 12 ∓ 2.66·1.75 = 12 ∓ 4.655 → 7.345, 16.655
    // two-sigma lines 12 ∓ 1.7733·1.75 = 12 ∓ 3.103275 → 8.896725, 15.103275
    const limits = xmrLimits(Float64Array.from([10, 12, 11, 14, 13]));
    expect(Array.from(limits.centre)).toEqual([12, 12, 12, 12, 12]);
    expect(at(limits.lower, 4)).toBeCloseTo(7.345, 12);
    expect(at(limits.upper, 4)).toBeCloseTo(16.655, 12);
    expect(at(limits.twoSigmaLower, 2)).toBeCloseTo(8.896725, 12);
    expect(at(limits.twoSigmaUpper, 2)).toBeCloseTo(15.103275, 12);
    expect(limits.phases).toEqual([{ from: 0, to: 5, baseline: 5 }]);
  });

  it('matches NHSRplotthedots (tests/testthat/_snaps/ptd_spc_standard.md, r3: screen_outliers = FALSE)', () => {
    // set.seed(123); y <- rnorm(20); y[15] <- 10 — the snapshot prints mean_col 0.6694159,
    // lpl −4.596625, upl 5.935457 (to 7 significant digits). Its limits use 2.66 as we do; its
    // two-sigma lines use 2·2.66/3 = 1.77333…, where DOMAIN.md writes the literal 1.7733.
    const y = [
      -0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499, 0.46091621, -1.26506123, -0.68685285,
      -0.44566197, 1.2240818, 0.35981383, 0.40077145, 0.11068272, 10, 1.78691314, 0.49785048, -1.96661716, 0.7013559,
      -0.47279141,
    ];
    const limits = xmrLimits(Float64Array.from(y));
    expect(at(limits.centre)).toBeCloseTo(0.6694159, 7);
    expect(at(limits.lower)).toBeCloseTo(-4.596625, 6);
    expect(at(limits.upper)).toBeCloseTo(5.935457, 6);
  });

  it('sets the limits from the first `baseline` values only', () => {
    // Baseline 10, 12, 11, 14, 13 as above; the sixth value, 30, does not move them.
    const limits = xmrLimits(Float64Array.from([10, 12, 11, 14, 13, 30]), { baseline: 5 });
    expect(at(limits.centre, 5)).toBe(12);
    expect(at(limits.upper, 5)).toBeCloseTo(16.655, 12);
    // All six: centre 90 / 6 = 15; ranges 2, 1, 3, 1, 17 → mR̄ 24 / 5 = 4.8; upper 15 + 2.66·4.8 = 27.768.
    expect(at(xmrLimits(Float64Array.from([10, 12, 11, 14, 13, 30])).upper)).toBeCloseTo(27.768, 12);
  });

  it('gives each phase its own baseline, centre and limits', () => {
    // Phase 1: 1, 2, 3 → centre 2, mR̄ 1 → 2 ∓ 2.66. Phase 2: 10, 12, 14 → centre 12, mR̄ 2 → 12 ∓ 5.32.
    // The range |10 − 3| across the break enters neither.
    const limits = xmrLimits(Float64Array.from([1, 2, 3, 10, 12, 14]), { phaseStarts: [3] });
    expect(Array.from(limits.centre)).toEqual([2, 2, 2, 12, 12, 12]);
    expect(at(limits.upper, 2)).toBeCloseTo(4.66, 12);
    expect(at(limits.lower, 3)).toBeCloseTo(6.68, 12);
    expect(at(limits.upper, 5)).toBeCloseTo(17.32, 12);
    // With a baseline of 2 in each phase: 1, 2 → centre 1.5, mR̄ 1; 10, 12 → centre 11, mR̄ 2.
    const fixed = xmrLimits(Float64Array.from([1, 2, 3, 10, 12, 14]), { phaseStarts: [3], baseline: 2 });
    expect(Array.from(fixed.centre)).toEqual([1.5, 1.5, 1.5, 11, 11, 11]);
    expect(at(fixed.upper, 5)).toBeCloseTo(16.32, 12);
    expect(fixed.phases).toEqual([
      { from: 0, to: 3, baseline: 2 },
      { from: 3, to: 6, baseline: 2 },
    ]);
  });

  it('gives a phase of one value its centre and no limits', () => {
    const limits = xmrLimits(Float64Array.from([1, 2, 3, 10]), { phaseStarts: [3] });
    expect(at(limits.centre, 3)).toBe(10);
    expect([limits.lower[3], limits.upper[3], limits.twoSigmaLower[3], limits.twoSigmaUpper[3]]).toEqual([
      NaN,
      NaN,
      NaN,
      NaN,
    ]);
    expect(at(limits.upper, 2)).toBeCloseTo(4.66, 12);
  });
});

describe('pprimeLimits: Laney p′ for rates with varying n', () => {
  it('by hand: 20/100, 45/300, 10/50, 25/150', () => {
    // p̄ = 100 / 600 = 1/6; p̄(1 − p̄) = 5/36, so σᵢ = (√5 / 6) / √nᵢ.
    // zᵢ = (pᵢ − p̄)/σᵢ: (1/30)·√100·6/√5 = 2/√5 = 0.894427; (−1/60)·√300·6/√5 = −√60/10 = −0.774597;
    //   (1/30)·√50·6/√5 = √10/5 = 0.632456; 0.
    // moving ranges of z: 1.669024, 1.407053, 0.632456; mean 1.236177; σ_z = 1.236177 / 1.128 = 1.095902.
    // n = 100: σ·σ_z = 0.0372678·1.095902 = 0.0408419 → limits 1/6 ∓ 0.1225258 → 0.0441411, 0.2891922;
    //   two-sigma lines 1/6 ∓ 0.0816837 → 0.0849830, 0.2483504.
    // n = 50: 1/6 − 3·0.0527046·1.095902 = −0.0066106, clipped to 0; upper 0.3399440.
    const limits = pprimeLimits(Float64Array.from([20, 45, 10, 25]), Float64Array.from([100, 300, 50, 150]));
    expect(Array.from(limits.centre)).toEqual([1 / 6, 1 / 6, 1 / 6, 1 / 6]);
    expect(at(limits.lower, 0)).toBeCloseTo(0.0441411, 7);
    expect(at(limits.upper, 0)).toBeCloseTo(0.2891922, 7);
    expect(at(limits.twoSigmaLower, 0)).toBeCloseTo(0.084983, 7);
    expect(at(limits.twoSigmaUpper, 0)).toBeCloseTo(0.2483504, 7);
    expect(at(limits.lower, 1)).toBeCloseTo(0.0959265, 7);
    expect(at(limits.upper, 1)).toBeCloseTo(0.2374068, 7);
    expect(at(limits.lower, 2)).toBe(0);
    expect(at(limits.upper, 2)).toBeCloseTo(0.339944, 7);
    // Wider where n is smaller.
    expect(at(limits.upper, 2) - at(limits.centre, 2)).toBeGreaterThan(at(limits.upper, 0) - at(limits.centre, 0));
  });

  it('clips the limits to [0, 1], not the two-sigma lines', () => {
    // 0, 1, 0, 2 of 10: p̄ = 3/40 = 0.075; z = −0.900450, 0.300150, −0.900450, 1.500751;
    // mean moving range 1.600801, σ_z = 1.419149; σ·σ_z = √(0.075·0.925/10)·1.419149 = 0.118203.
    // limits 0.075 ∓ 0.354610 → −0.279610 (clipped to 0), 0.429610; two-sigma lower 0.075 − 0.236407 = −0.161407.
    const low = pprimeLimits(Float64Array.from([0, 1, 0, 2]), Float64Array.from([10, 10, 10, 10]));
    expect(at(low.lower)).toBe(0);
    expect(at(low.upper)).toBeCloseTo(0.42961, 6);
    expect(at(low.twoSigmaLower)).toBeCloseTo(-0.161407, 6);
    // The mirror image, 10, 9, 10, 8 of 10: p̄ = 0.925, upper 1.279610 clipped to 1.
    const high = pprimeLimits(Float64Array.from([10, 9, 10, 8]), Float64Array.from([10, 10, 10, 10]));
    expect(at(high.upper)).toBe(1);
    expect(at(high.lower)).toBeCloseTo(0.57039, 6);
    expect(at(high.twoSigmaUpper)).toBeCloseTo(1.161407, 6);
  });

  it('gives no limits when p̄ is 0 or 1 (no z-score exists), or for a one-value baseline', () => {
    const none = pprimeLimits(Float64Array.from([0, 0, 0]), Float64Array.from([10, 20, 30]));
    expect(Array.from(none.centre)).toEqual([0, 0, 0]);
    expect(Array.from(none.upper)).toEqual([NaN, NaN, NaN]);
    const all = pprimeLimits(Float64Array.from([10, 20]), Float64Array.from([10, 20]));
    expect(Array.from(all.lower)).toEqual([NaN, NaN]);
    const single = pprimeLimits(Float64Array.from([3, 4, 5]), Float64Array.from([10, 10, 10]), {
      baseline: 2,
      phaseStarts: [2],
    });
    expect(at(single.centre, 2)).toBe(0.5);
    expect(at(single.upper, 2)).toBeNaN();
    expect(at(single.upper, 0)).not.toBeNaN();
  });
});
