import type { Normalisation } from '../model/composite.js';
import { CompositeMathError } from './composite-error.js';

/** One indicator's values across units; `null` where a unit has none. */
export type UnitValues = readonly (number | null)[];

function present(values: UnitValues): number[] {
  return values.filter((value): value is number => value !== null);
}

/**
 * The least and the greatest of `values` ([Infinity, -Infinity] when empty, as Math.min() and
 * Math.max()), by a loop: spreading a list of units into Math.min overflows the stack once it
 * holds some hundred thousand of them.
 */
function extent(values: readonly number[]): [min: number, max: number] {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return [min, max];
}

/**
 * Normalises one indicator across units (OECD/JRC handbook; COINr's definitions), after applying
 * direction: `direction = -1` (lower is better) negates values and bounds first, so that for every
 * method higher results are better. Nulls stay null.
 * - `minMax` to [l, u] (default [0, 100]); undefined when every value is equal (max = min, one
 *   unit included): then every unit gets null — see {@link isLeftOut};
 * - `zScore` with the units' mean and sample SD unless fixed; undefined when the SD is 0 or there
 *   is a single unit: every unit gets null, as for min-max;
 * - `goalposts` clamp((x − lo)/(hi − lo), 0, 1) × scale (fixed bounds: comparable over time);
 * - `distanceToTarget` (x − min)/(target − min) × scale, min over the units, optionally capped at 1;
 * - `percentileRank` (rank − 1)/(n − 1), ties taking their mean rank; 0.5 for a single unit;
 * - `none`: the (signed) values as they are.
 */
/**
 * Constant indicators (issue 20). When every unit has the same value in a period, min-max
 * ((x − min)/(max − min)) and z-scores ((x − mean)/sd) divide by zero: the indicator says nothing
 * about how the units differ. The OECD/JRC handbook leaves two treatments: give every unit the
 * neutral middle value, or leave the indicator out of that period's aggregate and renormalise the
 * weights. lawgauge leaves it out — every unit gets null, and the aggregation renormalises over
 * the indicators present exactly as for a missing value — because a "neutral" value is arbitrary
 * (50 on [0, 100] would score a 100% on-time rate achieved by every court as middling; 0 as a
 * z-score would break a geometric mean), and because it is what COINr's formulas give (NaN
 * normalised values are missing and the means skip them). The composite rows of such a period are
 * flagged `indicator-excluded`.
 */
export function isLeftOut(values: UnitValues, normalised: UnitValues): boolean {
  return values.some((value) => value !== null) && normalised.every((value) => value === null);
}

export function normalise(values: UnitValues, method: Normalisation, direction: 1 | -1): (number | null)[] {
  const signed = values.map((value) => (value === null ? null : direction * value));
  const known = present(signed);
  switch (method.method) {
    case 'none':
      return signed;
    case 'minMax': {
      const [l, u] = method.range ?? [0, 100];
      const [min, max] = extent(known);
      // max = min: undefined, so the indicator is left out this period (see isLeftOut).
      if (known.length > 0 && min === max) return signed.map(() => null);
      return signed.map((x) => (x === null ? null : l + ((x - min) / (max - min)) * (u - l)));
    }
    case 'zScore': {
      const mean =
        method.mean === undefined ? known.reduce((sum, x) => sum + x, 0) / known.length : direction * method.mean;
      const sd = method.sd ?? Math.sqrt(known.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (known.length - 1));
      // SD 0 or a single unit (a fixed SD is > 0 by the schema): left out, as for min-max.
      if (known.length > 0 && !(sd > 0)) return signed.map(() => null);
      return signed.map((x) => (x === null ? null : (x - mean) / sd));
    }
    case 'goalposts': {
      const [lo, hi] = direction === 1 ? [method.lo, method.hi] : [-method.hi, -method.lo];
      const scale = method.scale ?? 1;
      return signed.map((x) => (x === null ? null : Math.min(1, Math.max(0, (x - lo) / (hi - lo))) * scale));
    }
    case 'distanceToTarget': {
      const target = direction * method.target;
      const [min] = extent(known);
      const scale = method.scale ?? 1;
      if (known.length > 0 && target === min)
        throw new CompositeMathError(
          'constant_values',
          `the target equals the lowest value (${direction * min}), so the distance to target is undefined`,
          {
            value: direction * min,
          },
        );
      return signed.map((x) => {
        if (x === null) return null;
        const distance = (x - min) / (target - min);
        return (method.cap === true ? Math.min(distance, 1) : distance) * scale;
      });
    }
    case 'percentileRank': {
      const sorted = [...known].sort((a, b) => a - b);
      const n = sorted.length;
      return signed.map((x) => {
        if (x === null) return null;
        if (n === 1) return 0.5;
        const below = sorted.findIndex((y) => y === x);
        let equal = 0;
        while (below + equal < n && sorted[below + equal] === x) equal++;
        const rank = below + (equal + 1) / 2;
        return (rank - 1) / (n - 1);
      });
    }
  }
}
