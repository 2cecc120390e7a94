/** A maximal run of consecutive indices `[start, end]` (both included) where a test holds. */
export interface Run {
  readonly start: number;
  readonly end: number;
}

/** The runs of indices 0 … count − 1 where `holds(index)`, in order. Linear in `count`. */
export function runs(count: number, holds: (index: number) => boolean): Run[] {
  const found: Run[] = [];
  let start = -1;
  for (let index = 0; index <= count; index++) {
    if (index < count && holds(index)) {
      if (start < 0) start = index;
    } else if (start >= 0) {
      found.push({ start, end: index - 1 });
      start = -1;
    }
  }
  return found;
}
