/**
 * A measure's result for every (group, period) cell; NaN marks "no value". `n` is the number of
 * records behind the value (see ReportRow.n).
 */
export interface CellValues {
  readonly value: Float64Array;
  readonly numerator: Float64Array | null;
  readonly denominator: Float64Array | null;
  readonly n: Float64Array;
  readonly ciLow: Float64Array | null;
  readonly ciHigh: Float64Array | null;
}
