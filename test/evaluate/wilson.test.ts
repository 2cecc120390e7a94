import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../src/internal.js';

// Golden values from DOMAIN.md ("Publishing rules"), z = 1.959964, to 6 decimals.
const goldens: [number, number, number, number][] = [
  [15, 50, 0.191036, 0.437504],
  [0, 50, 0, 0.071348],
  [50, 50, 0.928652, 1],
  [8, 10, 0.490162, 0.943318],
  [84, 85, 0.936328, 0.99792],
];

describe('wilsonInterval(successes, trials)', () => {
  it.each(goldens)('%i/%i → (%f, %f)', (successes, trials, low, high) => {
    const interval = wilsonInterval(successes, trials)!;
    expect(interval.low).toBeCloseTo(low, 6);
    expect(interval.high).toBeCloseTo(high, 6);
  });

  it('gives no interval for n = 0', () => {
    expect(wilsonInterval(0, 0)).toBeUndefined();
  });
});
