import { RUN_LENGTH } from './compare-constants.js';
import type { SpcLimits } from './spc-limits.js';
import { DOWN_BIT, RULE_BIT, UP_BIT } from './signal-bits.js';

/*
 * The NHS rules ("Making Data Count"), as DOMAIN.md defines them. Each reads one phase, [from, to):
 * runs do not cross a phase break, as a break says the process changed there (NHSRplotthedots
 * does the same). Every comparison is strict: a point on a line or limit is not beyond it.
 */

const sideOf = (value: number, centre: number): number => (value > centre ? 1 : value < centre ? -1 : 0);
const directionBit = (sign: number): number => (sign > 0 ? UP_BIT : DOWN_BIT);

/** `outside`: strictly beyond a process limit. */
function markOutside(values: Float64Array, limits: SpcLimits, from: number, to: number, out: Uint8Array): void {
  for (let i = from; i < to; i++) {
    const value = values[i]!;
    if (value > limits.upper[i]!) out[i] |= RULE_BIT.outside | UP_BIT;
    else if (value < limits.lower[i]!) out[i] |= RULE_BIT.outside | DOWN_BIT;
  }
}

/** `shift`: 7 or more consecutive points strictly on one side of the centre; a point on it breaks the run. */
function markShift(values: Float64Array, limits: SpcLimits, from: number, to: number, out: Uint8Array): void {
  let start = from;
  for (let i = from; i <= to; i++) {
    const side = i < to ? sideOf(values[i]!, limits.centre[i]!) : 0;
    const runSide = sideOf(values[start]!, limits.centre[start]!);
    if (i < to && side === runSide && side !== 0) continue;
    if (runSide !== 0 && i - start >= RUN_LENGTH) {
      for (let j = start; j < i; j++) out[j] |= RULE_BIT.shift | directionBit(runSide);
    }
    start = i;
  }
}

/**
 * `trend`: 7 or more consecutive points each strictly above (or each strictly below) the one
 * before, i.e. 6 rises in a row; the run's first point is marked too, and a tie breaks the run.
 * A peak can end a rising run and start a falling one, and then carries both directions.
 */
function markTrend(values: Float64Array, from: number, to: number, out: Uint8Array): void {
  // `start` is the first point of the current run of steps in direction `runStep`.
  let start = from;
  let runStep = 0;
  for (let i = from + 1; i <= to; i++) {
    const step = i < to ? sideOf(values[i]!, values[i - 1]!) : 0;
    if (i < to && step === runStep && step !== 0) continue;
    if (runStep !== 0 && i - start >= RUN_LENGTH) {
      for (let j = start; j < i; j++) out[j] |= RULE_BIT.trend | directionBit(runStep);
    }
    start = i - 1;
    runStep = step;
  }
}

/**
 * `two-of-three`: 2 or 3 of 3 consecutive points strictly beyond the same two-sigma line (above
 * the upper, or below the lower); those beyond it are marked. Points beyond opposite lines do not
 * add up, and a point beyond a process limit is beyond its two-sigma line too.
 */
function markTwoOfThree(values: Float64Array, limits: SpcLimits, from: number, to: number, out: Uint8Array): void {
  const above = (i: number): boolean => values[i]! > limits.twoSigmaUpper[i]!;
  const below = (i: number): boolean => values[i]! < limits.twoSigmaLower[i]!;
  for (let i = from; i + 2 < to; i++) {
    for (const [beyond, bit] of [
      [above, UP_BIT],
      [below, DOWN_BIT],
    ] as const) {
      const count = Number(beyond(i)) + Number(beyond(i + 1)) + Number(beyond(i + 2));
      if (count < 2) continue;
      for (let j = i; j < i + 3; j++) if (beyond(j)) out[j] |= RULE_BIT['two-of-three'] | bit;
    }
  }
}

/** Each point's signal bits (see signal-bits.ts) under the four rules, phase by phase. */
export function spcSignals(values: Float64Array, limits: SpcLimits): Uint8Array {
  const out = new Uint8Array(values.length);
  for (const { from, to } of limits.phases) {
    markOutside(values, limits, from, to, out);
    markShift(values, limits, from, to, out);
    markTrend(values, from, to, out);
    markTwoOfThree(values, limits, from, to, out);
  }
  return out;
}
