import { TRUE } from './tri.js';
import { cellCount, type CellLayout, type Selection, type ValueSource } from './selection.js';
import type { PeriodPredicate } from './period-predicate.js';
import { quantileInPlace } from './statistics/select.js';

/**
 * Count and sum of a value per cell (non-null values only; without a value, each record counts 1).
 *
 * Single-period runs (flows) add straight into their cell, so flow sums are exact. Longer runs
 * (stocks, period-to-date) use a difference array along the periods of each group: a row in
 * periods [s, e) adds at s and subtracts at e, and a prefix sum per group yields the cells, so a
 * case pending for three years costs two writes, not thirty-six.
 * Period-dependent filters or values visit each (row, period) pair instead.
 */
export function sumCells(
  selection: Selection,
  layout: CellLayout,
  value: ValueSource | null,
): { count: Float64Array; sum: Float64Array } {
  const { groups, periods, rowGroup } = layout;
  const cells = cellCount(layout);
  const count = new Float64Array(cells);
  const sum = value === null ? count : new Float64Array(cells);
  if (selection.periodic === null && (value === null || value instanceof Float64Array)) {
    const width = periods + 1;
    let countDiff: Float64Array | null = null;
    let sumDiff: Float64Array | null = null;
    const mask = selection.mask;
    for (const { start, end } of selection.runs) {
      const length = start.length;
      if (end === null) {
        for (let row = 0; row < length; row++) {
          const period = start[row]!;
          if (period < 0 || (mask !== null && mask[row] !== TRUE)) continue;
          const cell = rowGroup[row]! * periods + period;
          if (value === null) count[cell]! += 1;
          else {
            const v = value[row]!;
            if (v !== v) continue;
            count[cell]! += 1;
            sum[cell]! += v;
          }
        }
        continue;
      }
      for (let row = 0; row < length; row++) {
        const s = start[row]!;
        const e = end[row]!;
        if (s >= e || (mask !== null && mask[row] !== TRUE)) continue;
        const v = value === null ? 1 : value[row]!;
        if (v !== v) continue;
        const group = rowGroup[row]!;
        if (e - s === 1) {
          count[group * periods + s]! += 1;
          if (value !== null) sum[group * periods + s]! += v;
          continue;
        }
        countDiff ??= new Float64Array(groups * width);
        const base = group * width;
        countDiff[base + s]! += 1;
        countDiff[base + e]! -= 1;
        if (value !== null) {
          sumDiff ??= new Float64Array(groups * width);
          sumDiff[base + s]! += v;
          sumDiff[base + e]! -= v;
        }
      }
    }
    if (countDiff !== null) addPrefixSums(countDiff, count, groups, periods);
    if (sumDiff !== null) addPrefixSums(sumDiff, sum, groups, periods);
  } else {
    visitPairs(selection, layout, value, (cell, v) => {
      count[cell]! += 1;
      if (sum !== count) sum[cell]! += v;
    });
  }
  addTotals(count, groups, periods);
  if (sum !== count) addTotals(sum, groups, periods);
  return { count, sum };
}

/**
 * Numerator and denominator of a rate whose numerator is a subset of the denominator, in one
 * pass: a selected row counts in the denominator, and in the numerator too when it also passes
 * `numeratorMask` (period-independent) and `numeratorPeriodic` (period-dependent).
 */
export function countSubset(
  selection: Selection,
  layout: CellLayout,
  numeratorMask: Uint8Array | null,
  numeratorPeriodic: PeriodPredicate | null,
): { numerator: Float64Array; denominator: Float64Array } {
  const { groups, periods, rowGroup } = layout;
  const numerator = new Float64Array(cellCount(layout));
  const denominator = new Float64Array(cellCount(layout));
  if (selection.periodic === null && numeratorPeriodic === null) {
    const width = periods + 1;
    let numeratorDiff: Float64Array | null = null;
    let denominatorDiff: Float64Array | null = null;
    const mask = selection.mask;
    for (const { start, end } of selection.runs) {
      const length = start.length;
      for (let row = 0; row < length; row++) {
        const s = start[row]!;
        const e = end === null ? (s < 0 ? s : s + 1) : end[row]!;
        if (s >= e || (mask !== null && mask[row] !== TRUE)) continue;
        const inNumerator = numeratorMask === null || numeratorMask[row] === TRUE;
        const group = rowGroup[row]!;
        if (e - s === 1) {
          const cell = group * periods + s;
          denominator[cell]! += 1;
          if (inNumerator) numerator[cell]! += 1;
          continue;
        }
        denominatorDiff ??= new Float64Array(groups * width);
        const base = group * width;
        denominatorDiff[base + s]! += 1;
        denominatorDiff[base + e]! -= 1;
        if (inNumerator) {
          numeratorDiff ??= new Float64Array(groups * width);
          numeratorDiff[base + s]! += 1;
          numeratorDiff[base + e]! -= 1;
        }
      }
    }
    if (denominatorDiff !== null) addPrefixSums(denominatorDiff, denominator, groups, periods);
    if (numeratorDiff !== null) addPrefixSums(numeratorDiff, numerator, groups, periods);
  } else {
    const { periodEnds } = layout;
    visitPairs(selection, layout, null, (cell, _v, period, row) => {
      denominator[cell]! += 1;
      if (
        (numeratorMask === null || numeratorMask[row] === TRUE) &&
        (numeratorPeriodic === null || numeratorPeriodic(row, periodEnds[period]!) === TRUE)
      ) {
        numerator[cell]! += 1;
      }
    });
  }
  addTotals(numerator, groups, periods);
  addTotals(denominator, groups, periods);
  return { numerator, denominator };
}

/**
 * A quantile of the non-null values of each cell (median: p = 0.5; min: 0; max: 1), with the
 * number of values as `n`. Values are gathered period-major by counting sort (two passes, no
 * per-row objects), so the groups of one period lie side by side and the period's total is
 * their union: no value is copied twice. Each range is then reordered by quickselect, groups
 * first, total last.
 */
export function quantileCells(
  selection: Selection,
  layout: CellLayout,
  value: ValueSource,
  p: number,
): { value: Float64Array; n: Float64Array } {
  const { groups, periods, rowGroup } = layout;
  const slots = groups * periods;
  const sizes = new Int32Array(slots);
  // Slot of a (group, period) cell in the period-major gathering order.
  const slotOf = (cell: number): number => (cell % periods) * groups + Math.floor(cell / periods);
  const single =
    selection.periodic === null && value instanceof Float64Array && selection.runs.every((run) => run.end === null);
  const mask = selection.mask;
  if (single) {
    const source = value as Float64Array;
    for (const { start } of selection.runs) {
      for (let row = 0; row < start.length; row++) {
        const period = start[row]!;
        if (period < 0 || (mask !== null && mask[row] !== TRUE) || source[row] !== source[row]) continue;
        sizes[period * groups + rowGroup[row]!]!++;
      }
    }
  } else {
    visitPairs(selection, layout, value, (cell) => sizes[slotOf(cell)]!++);
  }
  const offsets = new Int32Array(slots + 1);
  for (let slot = 0; slot < slots; slot++) offsets[slot + 1] = offsets[slot]! + sizes[slot]!;
  const cursor = offsets.slice(0, slots);
  const values = new Float64Array(offsets[slots]!);
  if (single) {
    const source = value as Float64Array;
    for (const { start } of selection.runs) {
      for (let row = 0; row < start.length; row++) {
        const period = start[row]!;
        const v = source[row]!;
        if (period < 0 || (mask !== null && mask[row] !== TRUE) || v !== v) continue;
        values[cursor[period * groups + rowGroup[row]!]!++] = v;
      }
    }
  } else {
    visitPairs(selection, layout, value, (cell, v) => (values[cursor[slotOf(cell)]!++] = v));
  }
  const result = new Float64Array(cellCount(layout));
  const n = new Float64Array(cellCount(layout));
  for (let period = 0; period < periods; period++) {
    for (let group = 0; group < groups; group++) {
      const slot = period * groups + group;
      const cell = group * periods + period;
      n[cell] = offsets[slot + 1]! - offsets[slot]!;
      result[cell] = quantileInPlace(values, offsets[slot]!, offsets[slot + 1]!, p) ?? Number.NaN;
    }
    const from = offsets[period * groups]!;
    const to = offsets[(period + 1) * groups]!;
    n[slots + period] = to - from;
    result[slots + period] = quantileInPlace(values, from, to, p) ?? Number.NaN;
  }
  return { value: result, n };
}

/** Calls `visit(cell, value, period, row)` for every selected (row, period) pair with a non-null value. */
function visitPairs(
  selection: Selection,
  layout: CellLayout,
  value: ValueSource | null,
  visit: (cell: number, value: number, period: number, row: number) => void,
): void {
  const { periods, rowGroup, periodEnds } = layout;
  const { mask, periodic } = selection;
  const staticValue = value instanceof Float64Array ? value : null;
  const periodValue = value === null || value instanceof Float64Array ? null : value;
  for (const { start, end } of selection.runs) {
    const length = start.length;
    for (let row = 0; row < length; row++) {
      const s = start[row]!;
      const e = end === null ? (s < 0 ? s : s + 1) : end[row]!;
      if (s >= e || (mask !== null && mask[row] !== TRUE)) continue;
      const base = rowGroup[row]! * periods;
      const rowValue = staticValue === null ? 1 : staticValue[row]!;
      if (rowValue !== rowValue) continue;
      for (let period = s; period < e; period++) {
        const periodEnd = periodEnds[period]!;
        if (periodic !== null && periodic(row, periodEnd) !== TRUE) continue;
        const v = periodValue === null ? rowValue : periodValue(row, periodEnd);
        if (v !== v) continue;
        visit(base + period, v, period, row);
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
