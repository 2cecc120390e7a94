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
  readonly end: Int32Array;
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
    const end = new Int32Array(length);
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

/** Merges each row's runs so they are disjoint: overlapping or touching runs become one. */
function mergeRuns(runs: readonly Run[], length: number): Membership {
  const merged: Run[] = runs.map(() => ({ start: new Int32Array(length), end: new Int32Array(length) }));
  const starts: number[] = [];
  const ends: number[] = [];
  for (let row = 0; row < length; row++) {
    starts.length = 0;
    ends.length = 0;
    for (const run of runs) {
      const s = run.start[row]!;
      const e = run.end[row]!;
      if (s < e) {
        let at = starts.length;
        while (at > 0 && starts[at - 1]! > s) at--;
        starts.splice(at, 0, s);
        ends.splice(at, 0, e);
      }
    }
    let out = 0;
    for (let i = 0; i < starts.length; i++) {
      if (out > 0 && starts[i]! <= merged[out - 1]!.end[row]!) {
        if (ends[i]! > merged[out - 1]!.end[row]!) merged[out - 1]!.end[row] = ends[i]!;
      } else {
        merged[out]!.start[row] = starts[i]!;
        merged[out]!.end[row] = ends[i]!;
        out++;
      }
    }
  }
  return merged;
}
