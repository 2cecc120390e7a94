/**
 * Rearranges `values[from … to)` so that position `k` holds the value it would hold if the range
 * were sorted, everything before it is ≤ and everything after ≥ (Hoare's quickselect with a
 * median-of-three pivot; O(n) on average). Values must not be NaN.
 */
export function selectKth(values: Float64Array, from: number, to: number, k: number): void {
  let left = from;
  let right = to - 1;
  while (right > left) {
    const middle = (left + right) >>> 1;
    // Order left, middle, right so the pivot (middle) is the median of the three.
    if (values[middle]! < values[left]!) swap(values, middle, left);
    if (values[right]! < values[left]!) swap(values, right, left);
    if (values[right]! < values[middle]!) swap(values, right, middle);
    const pivot = values[middle]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        swap(values, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

function swap(values: Float64Array, a: number, b: number): void {
  const t = values[a]!;
  values[a] = values[b]!;
  values[b] = t;
}

/**
 * Type-7 quantile of `values[from … to)` (see `quantile.ts`), reordering the range in place;
 * `undefined` for an empty range.
 */
export function quantileInPlace(values: Float64Array, from: number, to: number, p: number): number | undefined {
  const n = to - from;
  if (n <= 0) return undefined;
  const position = (n - 1) * p;
  const below = Math.floor(position);
  selectKth(values, from, to, from + below);
  const low = values[from + below]!;
  if (below + 1 >= n || position === below) return low;
  // After selection everything right of `below` is ≥ low; the next order statistic is their minimum.
  let next = Number.POSITIVE_INFINITY;
  for (let i = from + below + 1; i < to; i++) if (values[i]! < next) next = values[i]!;
  return low + (position - below) * (next - low);
}
