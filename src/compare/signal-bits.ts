import { SPC_RULES, type SpcRule } from './compare-constants.js';

/*
 * A point's signals as bits of one byte, so a series' signals are one Uint8Array: a bit per rule
 * (in SPC_RULES order) and a bit per direction the point was marked in. "Up" is above the centre,
 * above the upper limit or line, or rising; "down" the mirror image. A point can carry both.
 */

/** The bit of each rule, in SPC_RULES order. */
export const RULE_BIT: Readonly<Record<SpcRule, number>> = { outside: 1, shift: 2, trend: 4, 'two-of-three': 8 };
/** Marked by a rule as high or rising. */
export const UP_BIT = 16;
/** Marked by a rule as low or falling. */
export const DOWN_BIT = 32;
/** Every rule bit. */
export const ANY_RULE = 15;

/** The rules a point's signal bits name, in SPC_RULES order. */
export function rulesOf(signal: number): SpcRule[] {
  return SPC_RULES.filter((rule) => (signal & RULE_BIT[rule]) !== 0);
}
