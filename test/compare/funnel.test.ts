import { describe, expect, it } from 'vitest';
import { funnelLimits, funnelOfPeriod, funnelPositionOf, overdispersion } from '../../src/compare/index.js';

const counts = (...values: number[]): Float64Array => Float64Array.from(values);

describe('funnelLimits: p0 ± z·√(p0(1 − p0)/n + τ²), clipped to [0, 1]', () => {
  it('by hand: p0 = 0.3, n = 100', () => {
    // √(0.3·0.7/100) = √0.0021 = 0.04582576; 1.959964·0.04582576 = 0.08981683; 3.090232·0.04582576 = 0.14161222.
    const limits = funnelLimits(0.3, [100]);
    expect(limits.lower95[0]).toBeCloseTo(0.21018317, 8);
    expect(limits.upper95[0]).toBeCloseTo(0.38981683, 8);
    expect(limits.lower998[0]).toBeCloseTo(0.15838778, 8);
    expect(limits.upper998[0]).toBeCloseTo(0.44161222, 8);
  });

  it('widens by τ², and clips', () => {
    // √(0.0021 + 0.0157) = √0.0178 = 0.13341664; ∓ 1.959964·0.13341664 = 0.26149181; ∓ 3.090232·0.13341664 = 0.41228837.
    const limits = funnelLimits(0.3, [100], 0.0157);
    expect(limits.lower95[0]).toBeCloseTo(0.03850819, 8);
    expect(limits.upper95[0]).toBeCloseTo(0.56149181, 8);
    expect(limits.lower998[0]).toBe(0);
    expect(limits.upper998[0]).toBeCloseTo(0.71228837, 8);
  });
});

describe('funnelLimits against FunnelPlotR', () => {
  it('approaches its proportion limits for large n; they differ for small n, as it works on the arcsine scale', () => {
    // FunnelPlotR (R/calculate_limits.R, data_type "PR", τ² = 0) draws sin²(asin(√p0) ± z / (2√n)); DOMAIN.md
    // uses the normal approximation p0 ± z·√(p0(1 − p0)/n). Both expand to p0 ± z·√(p0(1 − p0)/n) + z²(1 − 2p0)/(4n) + …,
    // so at n = 10⁶ they agree to within 10⁻⁶ (z²·0.4 / (4·10⁶) ≤ 9.6·10⁻⁷).
    const arcsine = (p0: number, n: number, z: number): number =>
      Math.sin(Math.asin(Math.sqrt(p0)) + z / (2 * Math.sqrt(n))) ** 2;
    const large = funnelLimits(0.3, [1e6]);
    expect(Math.abs(large.upper95[0]! - arcsine(0.3, 1e6, 1.959964))).toBeLessThan(1e-6);
    expect(Math.abs(large.lower998[0]! - arcsine(0.3, 1e6, -3.090232))).toBeLessThan(1e-6);
    expect(Math.abs(funnelLimits(0.3, [20]).upper95[0]! - arcsine(0.3, 20, 1.959964))).toBeGreaterThan(0.005);
  });
});

describe('overdispersion: winsorised z-scores, φ and τ² (Spiegelhalter 2005)', () => {
  it('by hand: 10, 20, 30, 40, 50 of 100 each', () => {
    // p0 = 150 / 500 = 0.3; sᵢ² = 0.21 / 100 = 0.0021; let a = 0.1 / s, a² = 0.01 / 0.0021 = 100/21.
    // z = −2a, −a, 0, a, 2a. Type-7 10th percentile: h = (5 − 1)·0.1 = 0.4 → −2a + 0.4·a = −1.6a;
    // 90th: 1.6a. Winsorised: −1.6a, −a, 0, a, 1.6a; Σz_w² = (2.56 + 1 + 0 + 1 + 2.56)·a² = 7.12·100/21 = 712/21.
    // φ = 712/21 / 5 = 712/105 = 6.780952. k·φ = 712/21 = 33.90 > k − 1 = 4, so
    // τ² = (712/21 − 4) / (Σw − Σw²/Σw) with every wᵢ = 1/0.0021 = w: Σw − Σw²/Σw = 5w − w = 4w = 40000/21;
    // τ² = (628/21) / (40000/21) = 628/40000 = 0.0157.
    const { phi, tau2 } = overdispersion(counts(10, 20, 30, 40, 50), counts(100, 100, 100, 100, 100), 0.3);
    expect(phi).toBeCloseTo(712 / 105, 10);
    expect(tau2).toBeCloseTo(0.0157, 12);
  });

  it('τ² = 0 when k·φ ≤ k − 1: 29, 30, 31 of 100', () => {
    // p0 = 0.3; z = −a, 0, a with a = 0.01/√0.0021, a² = 1/21. 10th percentile: h = 0.2 → −a + 0.2a = −0.8a.
    // Σz_w² = 2·0.64/21 = 1.28/21; φ = 1.28/63 = 0.0203175; k·φ = 0.061 ≤ k − 1 = 2, so τ² = 0.
    const { phi, tau2 } = overdispersion(counts(29, 30, 31), counts(100, 100, 100), 0.3);
    expect(phi).toBeCloseTo(1.28 / 63, 12);
    expect(tau2).toBe(0);
  });

  it('with unequal weights: τ²’s denominator Σw − Σw²/Σw', () => {
    // 10 of 100 and 90 of 100 and 50 of 400 around p0 = 0.5: s² = 0.25/n, w = n/0.25 = 400, 400, 1600.
    // z = (0.1 − 0.5)/0.05 = −8, (0.9 − 0.5)/0.05 = 8, 0. Sorted −8, 0, 8; 10th: h = 0.2 → −8 + 0.2·8 = −6.4; 90th 6.4.
    // Σz_w² = 2·40.96 = 81.92; φ = 27.306667; k·φ = 81.92 > 2: τ² = (81.92 − 2) / (2400 − (160000·2 + 2560000)/2400)
    //   = 79.92 / (2400 − 1200) = 79.92 / 1200 = 0.0666.
    const { phi, tau2 } = overdispersion(counts(10, 90, 200), counts(100, 100, 400), 0.5);
    expect(phi).toBeCloseTo(81.92 / 3, 10);
    expect(tau2).toBeCloseTo(0.0666, 12);
  });

  it('cannot be estimated for fewer than two units, or for p0 of 0 or 1', () => {
    expect(overdispersion(counts(5), counts(10), 0.5)).toEqual({ phi: null, tau2: 0 });
    expect(overdispersion(counts(0, 0), counts(10, 20), 0)).toEqual({ phi: null, tau2: 0 });
    expect(overdispersion(counts(10, 20), counts(10, 20), 1)).toEqual({ phi: null, tau2: 0 });
  });
});

describe('funnelPositionOf: strictly beyond a limit', () => {
  it('a value exactly on a limit is on the inner side', () => {
    expect(funnelPositionOf(0.9, 0.1, 0.9, 0.05, 0.95)).toBe('within');
    expect(funnelPositionOf(0.95, 0.1, 0.9, 0.05, 0.95)).toBe('above-95');
    expect(funnelPositionOf(0.950001, 0.1, 0.9, 0.05, 0.95)).toBe('above-998');
    expect(funnelPositionOf(0.1, 0.1, 0.9, 0.05, 0.95)).toBe('within');
    expect(funnelPositionOf(0.05, 0.1, 0.9, 0.05, 0.95)).toBe('below-95');
    expect(funnelPositionOf(0.049999, 0.1, 0.9, 0.05, 0.95)).toBe('below-998');
  });
});

describe('funnelOfPeriod', () => {
  it('positions without overdispersion: 10, 20, 30, 40, 50 of 100', () => {
    // Limits at n = 100 around 0.3 as above: 95% 0.21018317–0.38981683, 99.8% 0.15838778–0.44161222.
    const result = funnelOfPeriod(counts(10, 20, 30, 40, 50), counts(100, 100, 100, 100, 100), {
      overdispersion: false,
    })!;
    expect(result.target).toBe(0.3);
    expect(result.k).toBe(5);
    expect([result.phi, result.tau2]).toEqual([null, 0]);
    expect(result.position).toEqual(['below-998', 'below-95', 'within', 'above-95', 'above-998']);
  });

  it('with overdispersion every unit is within the widened limits, and k, φ, τ² are reported', () => {
    const result = funnelOfPeriod(counts(10, 20, 30, 40, 50), counts(100, 100, 100, 100, 100))!;
    expect(result.phi).toBeCloseTo(712 / 105, 10);
    expect(result.tau2).toBeCloseTo(0.0157, 12);
    expect(result.lower95[0]).toBeCloseTo(0.03850819, 8);
    expect(result.position).toEqual(['within', 'within', 'within', 'within', 'within']);
  });

  it('a proportion of 1 on a limit clipped to 1 is within; a given target replaces Σy/Σn', () => {
    // Target 0.9, n = 4: √(0.09/4) = 0.15; 0.9 + 1.959964·0.15 = 1.194 and 0.9 + 3.090232·0.15 = 1.364, both clipped to 1.
    const result = funnelOfPeriod(counts(4, 0), counts(4, 4), { target: 0.9, overdispersion: false })!;
    expect(result.target).toBe(0.9);
    expect([result.upper95[0], result.upper998[0]]).toEqual([1, 1]);
    expect(result.position[0]).toBe('within');
    // 0 of 4: lower limits 0.9 − 0.293995 = 0.606005 and 0.9 − 0.463535 = 0.436465.
    expect(result.lower95[1]).toBeCloseTo(0.606005, 6);
    expect(result.position[1]).toBe('below-998');
  });

  it('has nothing to compare for no units without a target', () => {
    expect(funnelOfPeriod(counts(), counts())).toBeUndefined();
  });
});
