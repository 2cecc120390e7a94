import { civilFromDay } from '../time/civil-day.js';
import type { PeriodGrid } from '../time/period-grid.js';
import type { SqlDialect } from './dialect.js';

/**
 * Period positions in SQL, matching the in-process engine's `DayBoundaryIndex` counts. For a DATE
 * expression d, `index(d)` is the grid position of the period containing d (negative before the
 * grid, ≥ count after it). The core's boundary counts follow from it:
 * - periods starting on or before d: index(d) + 1
 * - periods ending on or before d:   index(d + 1)
 * - periods whose year starts on or before d (period-to-date windows): index(1 January after d)
 * Counts are left unclamped: membership tests compare them with real positions 0…count − 1 only.
 */
export class PeriodIndexSql {
  private readonly base: number;

  constructor(
    private readonly dialect: SqlDialect,
    readonly grid: PeriodGrid,
  ) {
    this.base = this.linearIndex(grid.starts[0]!);
  }

  /** The unit's linear number for a day number, computed in JavaScript (the grid's origin). */
  private linearIndex(day: number): number {
    const { year, month } = civilFromDay(day);
    switch (this.grid.unit) {
      case 'day':
        return day;
      case 'week':
        return Math.floor((day + 3) / 7);
      case 'month':
        return year * 12 + month - 1;
      case 'quarter':
        return year * 4 + Math.floor((month - 1) / 3);
      case 'year':
        return year;
    }
  }

  /** The same linear number in SQL, minus the grid's origin. */
  index(date: string): string {
    const d = this.dialect;
    let linear: string;
    switch (this.grid.unit) {
      case 'day':
        linear = d.dayNumber(date);
        break;
      case 'week':
        // 1970-01-01 was a Thursday: ISO weeks (Monday first) are ⌊(day + 3) / 7⌋.
        linear = d.floorDiv(`${d.dayNumber(date)} + 3`, 7);
        break;
      case 'month':
        linear = `${d.year(date)} * 12 + ${d.month(date)} - 1`;
        break;
      case 'quarter':
        linear = `${d.year(date)} * 4 + ${d.intDiv(`${d.month(date)} - 1`, 3)}`;
        break;
      case 'year':
        linear = d.year(date);
        break;
    }
    return `(${linear} - ${this.base})`;
  }

  startsOnOrBefore(date: string): string {
    return `(${this.index(date)} + 1)`;
  }

  endsOnOrBefore(date: string): string {
    return this.index(this.dialect.nextDay(date));
  }

  yearStartsOnOrBefore(date: string): string {
    return this.index(this.dialect.nextNewYear(date));
  }

  /** The last day (day number) of the period at SQL position `position`. */
  periodEnd(position: string): string {
    return this.dialect.elementAt(Array.from(this.grid.ends), position);
  }
}
