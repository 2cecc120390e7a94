import type { TimeRule, TimeRules } from '../model/time-rule.js';
import type { PeriodGrid } from '../time/period-grid.js';
import type { DayColumn } from '../table/column.js';
import type { TableContext } from './table-context.js';

/**
 * The periods each row belongs to under a part's time rules, as half-open runs of grid indices
 * `[start[row], end[row])` (empty when `start ≥ end`). One rule always gives one run per row:
 * - flow on d:            periods with windowStart ≤ d ≤ end
 * - pending at start:     periods with from < windowStart ≤ to   (to null = never closed)
 * - pending at end:       periods with from ≤ end < to
 * Because period starts, ends and window starts never decrease along the grid, each bound is a
 * count of boundaries on or before a day, answered by a table look-up.
 * Several rules give several runs per row, merged so that no period is counted twice.
 */
export interface Run {
  readonly start: Int32Array;
  /** `null` for single-period runs (flows): row r is in period `start[r]`, or none when it is -1. */
  readonly end: Int32Array | null;
}
export type Membership = readonly Run[];

export function membership(context: TableContext, grid: PeriodGrid, time: TimeRules, forceToDate: boolean): Membership {
  const rules = Array.isArray(time) ? time : [time];
  return context.memo(`membership:${forceToDate}:${JSON.stringify(rules)}`, () => {
    const runs = rules.map((rule) => ruleRun(context, grid, rule, forceToDate || rule.toDate === true));
    return runs.length === 1 ? runs : mergeRuns(runs, context.table.length);
  });
}

function ruleRun(context: TableContext, grid: PeriodGrid, rule: TimeRule, toDate: boolean): Run {
  return context.memo(`run:${toDate}:${JSON.stringify(rule)}`, () => {
    const length = context.table.length;
    const start = new Int32Array(length);
    const end = 'flow' in rule && !toDate ? new Int32Array(0) : new Int32Array(length);
    const windowIndex = toDate ? grid.yearStartIndex : grid.startIndex;
    const { base: wBase, table: wTable } = windowIndex;
    const { base: eBase, table: eTable } = grid.endIndex;
    const count = grid.count;
    const wSpan = wTable.length;
    const eSpan = eTable.length;
    // Inlined DayBoundaryIndex.countOnOrBefore for the hot loops below.
    const countW = (day: number): number => {
      const offset = day - wBase;
      return offset < 0 ? 0 : offset >= wSpan ? count : wTable[offset]!;
    };
    const countE = (day: number): number => {
      const offset = day - eBase;
      return offset < 0 ? 0 : offset >= eSpan ? count : eTable[offset]!;
    };
    if ('flow' in rule) {
      const { values, validity } = context.column(rule.flow) as DayColumn;
      if (!toDate) {
        // A flow within one period: a single index per row, -1 outside the grid or null.
        const { base: sBase, table: sTable } = grid.startIndex;
        const sSpan = sTable.length;
        start.fill(-1);
        for (let row = 0; row < length; row++) {
          if (validity !== null && (validity[row >> 3]! & (1 << (row & 7))) === 0) continue;
          const day = values[row]!;
          const offset = day - sBase;
          if (offset < 0) continue;
          if (offset < sSpan) start[row] = sTable[offset]! - 1;
          else if (day <= grid.ends[count - 1]!) start[row] = count - 1;
        }
        return { start, end: null };
      }
      for (let row = 0; row < length; row++) {
        if (validity !== null && (validity[row >> 3]! & (1 << (row & 7))) === 0) continue;
        const day = values[row]!;
        start[row] = countE(day - 1);
        end[row] = countW(day);
      }
      return { start, end };
    }
    const from = context.column(rule.from) as DayColumn;
    const to = context.column(rule.to) as DayColumn;
    const atStart = rule.pending === 'start';
    for (let row = 0; row < length; row++) {
      if (from.validity !== null && (from.validity[row >> 3]! & (1 << (row & 7))) === 0) continue;
      const opened = from.values[row]!;
      const open = to.validity !== null && (to.validity[row >> 3]! & (1 << (row & 7))) === 0;
      const closed = to.values[row]!;
      if (atStart) {
        start[row] = countW(opened);
        end[row] = open ? count : countW(closed);
      } else {
        start[row] = countE(opened - 1);
        end[row] = open ? count : countE(closed - 1);
      }
    }
    return { start, end };
  });
}

/** Bounds of a row's run as [s, e); an empty run has s ≥ e. */
function boundsOf(run: Run, row: number): [number, number] {
  const s = run.start[row]!;
  if (run.end !== null) return [s, run.end[row]!];
  return s < 0 ? [0, 0] : [s, s + 1];
}

/**
 * Merges each row's runs so they are disjoint: overlapping or touching runs become one. Two
 * runs (the usual case, e.g. "pending at start" + "filed in period") need only comparisons.
 */
function mergeRuns(runs: readonly Run[], length: number): Membership {
  const first = { start: new Int32Array(length), end: new Int32Array(length) };
  const second = { start: new Int32Array(length), end: new Int32Array(length) };
  if (runs.length === 2) {
    const [a, b] = runs as [Run, Run];
    for (let row = 0; row < length; row++) {
      let s1 = a.start[row]!;
      let e1 = a.end === null ? (s1 < 0 ? s1 : s1 + 1) : a.end[row]!;
      let s2 = b.start[row]!;
      let e2 = b.end === null ? (s2 < 0 ? s2 : s2 + 1) : b.end[row]!;
      if (s1 >= e1) {
        s1 = s2;
        e1 = e2;
        s2 = e2 = 0;
      } else if (s2 < e2 && s2 < s1) {
        const ts = s1;
        const te = e1;
        s1 = s2;
        e1 = e2;
        s2 = ts;
        e2 = te;
      }
      if (s2 < e2 && s2 <= e1) {
        if (e2 > e1) e1 = e2;
        s2 = e2 = 0;
      }
      first.start[row] = s1;
      first.end[row] = e1;
      second.start[row] = s2;
      second.end[row] = e2;
    }
    return [first, second];
  }
  const merged: { start: Int32Array; end: Int32Array }[] = runs.map(() => ({
    start: new Int32Array(length),
    end: new Int32Array(length),
  }));
  const bounds: [number, number][] = [];
  for (let row = 0; row < length; row++) {
    bounds.length = 0;
    for (const run of runs) {
      const [s, e] = boundsOf(run, row);
      if (s < e) bounds.push([s, e]);
    }
    bounds.sort((x, y) => x[0] - y[0]);
    let out = 0;
    for (const [s, e] of bounds) {
      if (out > 0 && s <= merged[out - 1]!.end[row]!) {
        if (e > merged[out - 1]!.end[row]!) merged[out - 1]!.end[row] = e;
      } else {
        merged[out]!.start[row] = s;
        merged[out]!.end[row] = e;
        out++;
      }
    }
  }
  return merged;
}
