/**
 * Quantile of sorted values by linear interpolation between order statistics (R's type 7,
 * DuckDB's `quantile_cont`): the median of an even count is the mean of the two middle values.
 * `undefined` for no values.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number, from = 0, to = sorted.length): number | undefined {
  const n = to - from;
  if (n <= 0) return undefined;
  const position = (n - 1) * p;
  const below = Math.floor(position);
  const low = sorted[from + below]!;
  if (below + 1 >= n) return low;
  return low + (position - below) * (sorted[from + below + 1]! - low);
}
