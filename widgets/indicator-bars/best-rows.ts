import type { ReportRow } from '../../src/index.js';

type Compare = (a: ReportRow, b: ReportRow) => number;

/**
 * Bars' order: best first by value (`direction` −1 when higher is better, 1 when lower is), rows
 * without a value last. A total order (two valueless rows tie), so a stable sort and
 * {@link bestOf} put rows in the same order.
 */
export function byValue(direction: 1 | -1): Compare {
  return (a, b) =>
    a.value === null ? (b.value === null ? 0 : 1) : b.value === null ? -1 : direction * (a.value - b.value);
}

/**
 * The first `count` of `rows` as a stable sort by `compare` would give them, in one pass: a row is
 * compared with the last one kept and, only if it is better, moved in among the kept. Drawing the
 * best 20 of 200,000 groups then costs about 200,000 comparisons, not a sort's 3.5 million.
 */
export function bestOf(rows: readonly ReportRow[], count: number, compare: Compare): ReportRow[] {
  const kept: ReportRow[] = [];
  for (const row of rows) {
    if (kept.length === count && compare(row, kept[count - 1]!) >= 0) continue;
    // After every kept row it does not beat: ties keep the Report's order, as a stable sort does.
    let at = kept.length;
    while (at > 0 && compare(row, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, row);
    if (kept.length > count) kept.pop();
  }
  return kept;
}

/** The last row with a value in a stable sort of `rows` by `compare` (the worst), in one pass; undefined when none has one. */
export function worstOf(rows: readonly ReportRow[], compare: Compare): ReportRow | undefined {
  let worst: ReportRow | undefined;
  for (const row of rows) if (row.value !== null && (worst === undefined || compare(row, worst) >= 0)) worst = row;
  return worst;
}
