import { TRUE } from './tri.js';
import { cellCount, type CellLayout, type Selection, type ValueSource } from './selection.js';

/**
 * Count and sum of a value per cell (non-null values only; without a value, each record counts 1).
 *
 * Period-independent selections use a difference array along the periods of each group: a row
 * belonging to periods [s, e) adds at s and subtracts at e, and a prefix sum per group yields the
 * cells. A case pending for three years costs two writes, not thirty-six.
 * Period-dependent filters or values visit each (row, period) pair instead.
 */
export function sumCells(selection: Selection, layout: CellLayout, value: ValueSource | null): { count: Float64Array; sum: Float64Array } {
  const { groups, periods, rowGroup } = layout;
  const cells = cellCount(layout);
  const count = new Float64Array(cells);
  const sum = new Float64Array(cells);
  if (selection.periodic === null && (value === null || value instanceof Float64Array)) {
    // Single-period runs (flows) add straight into their cell, so flow sums are exact; longer
    // runs (stocks, period-to-date) go through the difference arrays.
    const width = periods + 1;
    let countDiff: Float64Array | null = null;
    let sumDiff: Float64Array | null = null;
    const mask = selection.mask;
    for (const run of selection.runs) {
      const { start, end } = run;
      const length = start.length;
      for (let row = 0; row < length; row++) {
        const s = start[row]!;
        const e = end[row]!;
        if (s >= e || (mask !== null && mask[row] !== TRUE)) continue;
        const v = value === null ? 1 : value[row]!;
        if (v !== v) continue;
        const group = rowGroup[row]!;
        if (e - s === 1) {
          count[group * periods + s]! += 1;
          sum[group * periods + s]! += v;
          continue;
        }
        countDiff ??= new Float64Array(groups * width);
        sumDiff ??= new Float64Array(groups * width);
        const base = group * width;
        countDiff[base + s]! += 1;
        countDiff[base + e]! -= 1;
        sumDiff[base + s]! += v;
        sumDiff[base + e]! -= v;
      }
    }
    if (countDiff !== null) addPrefixSums(countDiff, count, groups, periods);
    if (sumDiff !== null) addPrefixSums(sumDiff, sum, groups, periods);
  } else {
    visitPairs(selection, layout, value, (cell, v) => {
      count[cell]! += 1;
      sum[cell]! += v;
    });
  }
  addTotals(count, groups, periods);
  addTotals(sum, groups, periods);
  return { count, sum };
}

/**
 * The non-null values of each cell, sorted ascending: cell c holds
 * `values[offsets[c] … offsets[c + 1])`. Built by counting sort (two passes, no per-row objects).
 */
export function collectCells(selection: Selection, layout: CellLayout, value: ValueSource): { offsets: Int32Array; values: Float64Array } {
  const { groups, periods } = layout;
  const cells = cellCount(layout);
  const totalBase = groups * periods;
  const sizes = new Int32Array(cells + 1);
  visitPairs(selection, layout, value, (cell, _v, period) => {
    sizes[cell]!++;
    sizes[totalBase + period]!++;
  });
  const offsets = new Int32Array(cells + 1);
  for (let cell = 0; cell < cells; cell++) offsets[cell + 1] = offsets[cell]! + sizes[cell]!;
  const cursor = offsets.slice(0, cells);
  const values = new Float64Array(offsets[cells]!);
  visitPairs(selection, layout, value, (cell, v, period) => {
    values[cursor[cell]!++] = v;
    values[cursor[totalBase + period]!++] = v;
  });
  for (let cell = 0; cell < cells; cell++) values.subarray(offsets[cell]!, offsets[cell + 1]!).sort();
  return { offsets, values };
}

/** Calls `visit(cell, value, period)` for every selected (row, period) pair with a non-null value. */
function visitPairs(selection: Selection, layout: CellLayout, value: ValueSource | null, visit: (cell: number, value: number, period: number) => void): void {
  const { periods, rowGroup, periodEnds } = layout;
  const { mask, periodic } = selection;
  const staticValue = value instanceof Float64Array ? value : null;
  const periodValue = value === null || value instanceof Float64Array ? null : value;
  for (const run of selection.runs) {
    const { start, end } = run;
    const length = start.length;
    for (let row = 0; row < length; row++) {
      const s = start[row]!;
      const e = end[row]!;
      if (s >= e || (mask !== null && mask[row] !== TRUE)) continue;
      const base = rowGroup[row]! * periods;
      const rowValue = staticValue === null ? 1 : staticValue[row]!;
      if (rowValue !== rowValue) continue;
      for (let period = s; period < e; period++) {
        const periodEnd = periodEnds[period]!;
        if (periodic !== null && periodic(row, periodEnd) !== TRUE) continue;
        const v = periodValue === null ? rowValue : periodValue(row, periodEnd);
        if (v !== v) continue;
        visit(base + period, v, period);
      }
    }
  }
}

/** Adds the running sums of each group's difference array to its cells. */
function addPrefixSums(diff: Float64Array, out: Float64Array, groups: number, periods: number): void {
  const width = periods + 1;
  for (let group = 0; group < groups; group++) {
    let running = 0;
    for (let period = 0; period < periods; period++) {
      running += diff[group * width + period]!;
      out[group * periods + period]! += running;
    }
  }
}

/** Fills the total group's cells (the last `periods` cells) with the sum over groups. */
function addTotals(cells: Float64Array, groups: number, periods: number): void {
  const totalBase = groups * periods;
  for (let period = 0; period < periods; period++) {
    let total = 0;
    for (let group = 0; group < groups; group++) total += cells[group * periods + period]!;
    cells[totalBase + period] = total;
  }
}
