import type { Aggregation } from '../model/composite.js';
import { CompositeMathError } from './composite-error.js';

/**
 * Weighted mean of the children present (weights renormalise over them). `undefined` when the
 * present weight is below `minShare` of the total weight.
 * - arithmetic Σwx / Σw; geometric exp(Σw ln x / Σw), x > 0; harmonic Σw / Σ(w / x), x ≠ 0;
 * - generalised mean (Σw x^p / Σw)^(1/p), p = 0 being the geometric mean.
 */
export function aggregate(
  values: readonly (number | null)[],
  weights: readonly number[],
  method: Aggregation,
  minShare: number,
): number | undefined {
  let totalWeight = 0;
  let presentWeight = 0;
  for (let i = 0; i < values.length; i++) {
    totalWeight += weights[i]!;
    if (values[i] !== null) presentWeight += weights[i]!;
  }
  if (presentWeight === 0 || presentWeight < minShare * totalWeight) return undefined;
  const p =
    typeof method === 'object' ? method.generalisedMean : method === 'arithmetic' ? 1 : method === 'geometric' ? 0 : -1;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x === null || x === undefined) continue;
    const w = weights[i]! / presentWeight;
    if (p === 0) {
      if (x <= 0)
        throw new CompositeMathError('non_positive_value', `the geometric mean needs values > 0, got ${x}`, {
          value: x,
        });
      sum += w * Math.log(x);
    } else if (p === 1) {
      sum += w * x;
    } else {
      if (x === 0 && p < 0)
        throw new CompositeMathError(
          'zero_value',
          `the ${p === -1 ? 'harmonic' : 'generalised'} mean is undefined for a value of 0`,
          { p },
        );
      if (x < 0 && !Number.isInteger(p))
        throw new CompositeMathError(
          'negative_value',
          `the generalised mean with p = ${p} needs values ≥ 0, got ${x}`,
          { p, value: x },
        );
      sum += w * x ** p;
    }
  }
  if (p === 0) return Math.exp(sum);
  return p === 1 ? sum : sum ** (1 / p);
}

/** The share of the value each child contributes: w·x/Σw over present children (sums to the value for arithmetic means). */
export function contributions(values: readonly (number | null)[], weights: readonly number[]): (number | null)[] {
  const presentWeight = values.reduce<number>((sum, x, i) => (x === null ? sum : sum + weights[i]!), 0);
  return values.map((x, i) => (x === null || presentWeight === 0 ? null : (weights[i]! * x) / presentWeight));
}
