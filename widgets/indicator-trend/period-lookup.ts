import { parsePeriodKey } from '../../src/index.js';

/**
 * A lookup from a day (`parseIsoDay`) to the index of the period that holds it, or -1. The periods
 * are parsed once and searched by halves: placing A annotations on P periods costs
 * O((P + A) log P), where asking every period of every annotation cost A × P parses.
 */
export function periodLookup(periods: readonly string[]): (day: number | undefined) => number {
  const spans: { start: number; end: number; index: number }[] = [];
  for (let index = 0; index < periods.length; index++) {
    const period = parsePeriodKey(periods[index]!);
    if (period !== undefined) spans.push({ start: period.start, end: period.end, index });
  }
  // A Report's periods share a unit, so they do not overlap: at most one can hold a day.
  spans.sort((a, b) => a.start - b.start);
  return (day) => {
    if (day === undefined) return -1;
    let low = 0;
    let high = spans.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (spans[middle]!.start <= day) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found >= 0 && day <= spans[found]!.end ? spans[found]!.index : -1;
  };
}
