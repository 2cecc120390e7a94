/**
 * Answers "how many boundaries are on or before day d" in O(1) for a non-decreasing array of
 * day numbers, through a table over the days the boundaries span. Period membership of every
 * row reduces to a few of these look-ups (see `period-membership.ts`).
 */
export class DayBoundaryIndex {
  readonly boundaries: Int32Array;
  /** First day the table covers; days before it have no boundary on or before them. */
  readonly base: number;
  /** `table[d - base]` = boundaries on or before `d`, for `base ≤ d < base + table.length`. */
  readonly table: Int32Array;

  constructor(boundaries: Int32Array) {
    this.boundaries = boundaries;
    const count = boundaries.length;
    this.base = count === 0 ? 0 : boundaries[0]!;
    const span = count === 0 ? 0 : boundaries[count - 1]! - this.base + 1;
    this.table = new Int32Array(span);
    let seen = 0;
    for (let offset = 0; offset < span; offset++) {
      const day = this.base + offset;
      while (seen < count && boundaries[seen]! <= day) seen++;
      this.table[offset] = seen;
    }
  }

  countOnOrBefore(day: number): number {
    const offset = day - this.base;
    if (offset < 0) return 0;
    if (offset >= this.table.length) return this.boundaries.length;
    return this.table[offset]!;
  }
}
