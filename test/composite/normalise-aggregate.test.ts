import { describe, expect, it } from 'vitest';
import { aggregate, normalise } from '../../src/internal.js';

describe('normalise(values, method, direction) — COINr golden values', () => {
  it('goalposts(x; 0, 10): 1 → 0.1, 11 → 1, −1 → 0; reversed direction 0.9, 0, 1', () => {
    const goalposts = { method: 'goalposts', lo: 0, hi: 10 } as const;
    expect(normalise([1, 11, -1], goalposts, 1)).toEqual([0.1, 1, 0]);
    expect(normalise([1, 11, -1], goalposts, -1).map((x) => Number(x!.toFixed(12)))).toEqual([0.9, 0, 1]);
  });

  it('distance to target 10: 0, 5, 11 → 0, 0.5, 1.1; capped 0, 0.5, 1', () => {
    expect(normalise([0, 5, 11], { method: 'distanceToTarget', target: 10 }, 1)).toEqual([0, 0.5, 1.1]);
    expect(normalise([0, 5, 11], { method: 'distanceToTarget', target: 10, cap: true }, 1)).toEqual([0, 0.5, 1]);
  });

  it('min-max to [0, 100], z-scores and percentile ranks, skipping nulls', () => {
    expect(normalise([1, null, 2, 3], { method: 'minMax' }, 1)).toEqual([0, null, 50, 100]);
    expect(normalise([1, 2, 3], { method: 'minMax', range: [0, 1] }, -1)).toEqual([1, 0.5, 0]);
    expect(normalise([1, 2, 3], { method: 'zScore' }, 1)).toEqual([-1, 0, 1]);
    expect(normalise([10, 20, 20, 30], { method: 'percentileRank' }, 1)).toEqual([0, 0.5, 0.5, 1]);
  });

  it('leaves out min-max and z-scores when every unit has the same value: no unit gets a value (see constant-indicator.test.ts)', () => {
    expect(normalise([2, 2, null], { method: 'minMax' }, 1)).toEqual([null, null, null]);
    expect(normalise([2, 2], { method: 'zScore' }, 1)).toEqual([null, null]);
  });
});

describe('normalise(values, method, direction) over many units', () => {
  it('min-max and distance to target take 200,000 units (spreading them into Math.min overflowed the stack)', () => {
    const values = Array.from({ length: 200_000 }, (_, unit) => (unit % 101) / 100);
    const minMax = normalise(values, { method: 'minMax' }, 1);
    // 0 → 0, 0.5 → 50, 1 → 100 on [0, 100].
    expect([minMax[0], minMax[50], minMax[100]]).toEqual([0, 50, 100]);
    const distance = normalise(values, { method: 'distanceToTarget', target: 2 }, 1);
    // (1 − 0) / (2 − 0).
    expect(distance[100]).toBe(0.5);
  });
});

describe('aggregate(values, weights, method, minShare) — COINr golden values', () => {
  it('geometric mean of 1, 2, 3 = 6^(1/3); with weights 1, 1, 2 = (1·2·3²)^(1/4)', () => {
    expect(aggregate([1, 2, 3], [1, 1, 1], 'geometric', 0)).toBeCloseTo(6 ** (1 / 3), 12);
    expect(aggregate([1, 2, 3], [1, 1, 2], 'geometric', 0)).toBeCloseTo((1 * 2 * 3 ** 2) ** (1 / 4), 12);
  });

  it('harmonic mean of 1, 2, 3 with weights 2, 1, 1 = 4 / (2 + 1/2 + 1/3)', () => {
    expect(aggregate([1, 2, 3], [2, 1, 1], 'harmonic', 0)).toBeCloseTo(4 / (2 + 1 / 2 + 1 / 3), 12);
  });

  it('arithmetic and generalised means; p = 2 is the quadratic mean', () => {
    expect(aggregate([1, 2, 3], [1, 1, 2], 'arithmetic', 0)).toBe(9 / 4);
    expect(aggregate([1, 2, 3], [1, 1, 1], { generalisedMean: 2 }, 0)).toBeCloseTo(Math.sqrt(14 / 3), 12);
  });

  it('renormalises weights over present values, and gives nothing below the minimum share', () => {
    expect(aggregate([1, 2, null], [1, 1, 1], 'arithmetic', 0.5)).toBe(1.5);
    expect(aggregate([1, null, null], [1, 1, 1], 'arithmetic', 0.5)).toBeUndefined();
    expect(aggregate([null, null], [1, 1], 'arithmetic', 0)).toBeUndefined();
  });

  it('errors on values a geometric or harmonic mean cannot take', () => {
    expect(() => aggregate([1, 0], [1, 1], 'geometric', 0)).toThrow('the geometric mean needs values > 0, got 0');
    expect(() => aggregate([1, -2], [1, 1], 'geometric', 0)).toThrow('the geometric mean needs values > 0, got -2');
    expect(() => aggregate([1, 0], [1, 1], 'harmonic', 0)).toThrow('the harmonic mean is undefined for a value of 0');
  });
});
