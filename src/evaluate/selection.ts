import type { Membership } from './membership.js';
import type { PeriodPredicate, PeriodOperand } from './period-predicate.js';

/**
 * The records of a measure part, ready to accumulate: the periods each row belongs to, a mask of
 * rows that pass the period-independent filters (TRUE = 1 passes; `null` = all rows pass), and
 * the remaining filter that has to be asked per row and period (`null` when there is none).
 */
export interface Selection {
  readonly runs: Membership;
  readonly mask: Uint8Array | null;
  readonly periodic: PeriodPredicate | null;
}

/** A value per row (NaN = null), or a value per row and period. */
export type ValueSource = Float64Array | PeriodOperand;

/** Cells are (group, period) pairs: `cell = group * periods + period`; the total is group `groups`. */
export interface CellLayout {
  readonly groups: number;
  readonly periods: number;
  readonly rowGroup: Int32Array;
  /** Last day of each period, for period-dependent filters and values. */
  readonly periodEnds: Int32Array;
}

export function cellCount(layout: CellLayout): number {
  return (layout.groups + 1) * layout.periods;
}
