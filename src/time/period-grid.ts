import { dayFromCivil, civilFromDay } from './civil-day.js';
import { DayBoundaryIndex } from './day-boundary-index.js';
import { nextPeriodStart, periodKey, periodStartOf, yearAgoStart } from './period.js';
import type { PeriodUnit } from './period-unit.js';

/**
 * The contiguous run of periods an evaluation works on. It starts about a year before the first
 * reported period so that "change versus the previous period" and "versus a year earlier" are
 * computed from the same data, and only periods from `firstReported` on appear in reports.
 */
export interface PeriodGrid {
  readonly unit: PeriodUnit;
  readonly count: number;
  readonly keys: readonly string[];
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** 1 January of the year each period ends in, where its period-to-date span starts. */
  readonly yearStarts: Int32Array;
  readonly firstReported: number;
  /** Index of the same period a year earlier, or -1. */
  readonly yearAgo: Int32Array;
  readonly startIndex: DayBoundaryIndex;
  readonly endIndex: DayBoundaryIndex;
  readonly yearStartIndex: DayBoundaryIndex;
}

/** Days before the first reported period covered so that a year-ago period is always present. */
const LEAD_DAYS = 371;

/** Builds the grid of periods of `unit` that intersect `[fromDay, toDay]`, plus the lead year. */
export function buildPeriodGrid(unit: PeriodUnit, fromDay: number, toDay: number): PeriodGrid {
  const starts: number[] = [];
  const firstReportedStart = periodStartOf(fromDay, unit);
  for (let start = periodStartOf(fromDay - LEAD_DAYS, unit); start <= toDay; start = nextPeriodStart(start, unit)) {
    starts.push(start);
  }
  const count = starts.length;
  const startArray = Int32Array.from(starts);
  const endArray = new Int32Array(count);
  const yearStarts = new Int32Array(count);
  const keys: string[] = [];
  const indexByStart = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const start = startArray[i]!;
    const end = nextPeriodStart(start, unit) - 1;
    endArray[i] = end;
    yearStarts[i] = dayFromCivil(civilFromDay(end).year, 1, 1);
    keys.push(periodKey(start, unit));
    indexByStart.set(start, i);
  }
  const yearAgo = new Int32Array(count).fill(-1);
  for (let i = 0; i < count; i++) {
    const previous = yearAgoStart(startArray[i]!, unit);
    if (previous !== undefined) yearAgo[i] = indexByStart.get(previous) ?? -1;
  }
  return {
    unit,
    count,
    keys,
    starts: startArray,
    ends: endArray,
    yearStarts,
    firstReported: indexByStart.get(firstReportedStart)!,
    yearAgo,
    startIndex: new DayBoundaryIndex(startArray),
    endIndex: new DayBoundaryIndex(endArray),
    yearStartIndex: new DayBoundaryIndex(yearStarts),
  };
}
