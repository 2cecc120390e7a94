import type { Indicator } from '../model/indicator.js';
import type { Change, Flag, GroupValue, ReportRow } from '../model/report.js';
import { formatDay } from '../time/civil-day.js';
import type { PeriodGrid } from '../time/period-grid.js';
import type { CellValues } from './cell-values.js';
import type { GroupIndex } from './group-index.js';
import { statusOf } from './status.js';

export interface RowOptions {
  readonly indicator: Indicator;
  readonly grid: PeriodGrid;
  readonly groups: GroupIndex;
  readonly cells: CellValues;
  /** Suppress rows with n below this; null = no suppression. */
  readonly suppressBelow: number | null;
}

function flagOf(n: number, value: number, options: RowOptions): Flag | null {
  // Counts of nothing are a real 0; every other measure with no records has no value (NaN).
  if (value !== value) return 'no-data';
  if (options.suppressBelow !== null && n < options.suppressBelow) return 'suppressed';
  if (options.indicator.minSample !== undefined && n < options.indicator.minSample) return 'unstable';
  return null;
}

/**
 * Report rows for the reported periods: per period, each group in sorted order, then the total.
 * A suppressed row withholds value, numerator, interval, status and changes; a change is also
 * withheld when the earlier value is suppressed, so a hidden value cannot be recovered from it.
 */
export function reportRows(options: RowOptions): ReportRow[] {
  const { grid, groups, cells } = options;
  const periods = grid.count;
  const rows: ReportRow[] = [];
  const visible = (cell: number): boolean => {
    const flag = flagOf(cells.n[cell]!, cells.value[cell]!, options);
    return flag === null || flag === 'unstable';
  };
  const change = (cell: number, earlierPeriod: number, value: number): Change | null => {
    if (earlierPeriod < 0) return null;
    const earlierCell = cell - (cell % periods) + earlierPeriod;
    if (!visible(earlierCell)) return null;
    const earlier = cells.value[earlierCell]!;
    const delta = value - earlier;
    return { period: grid.keys[earlierPeriod]!, value: earlier, delta, relative: earlier === 0 ? null : delta / Math.abs(earlier) };
  };
  for (let period = grid.firstReported; period < periods; period++) {
    const start = formatDay(grid.starts[period]!);
    const end = formatDay(grid.ends[period]!);
    // Without group fields the one group is the whole table: only its total row is reported.
    for (let group = groups.fields.length === 0 ? groups.count : 0; group <= groups.count; group++) {
      const cell = group * periods + period;
      const value = cells.value[cell]!;
      const n = cells.n[cell]!;
      const flag = flagOf(n, value, options);
      const hidden = flag === 'no-data' || flag === 'suppressed';
      const groupRecord: Record<string, GroupValue> = {};
      groups.fields.forEach((field, f) => (groupRecord[field] = groups.values[group]![f]!));
      rows.push({
        period: grid.keys[period]!,
        start,
        end,
        group: groupRecord,
        value: hidden ? null : value,
        numerator: flag === 'suppressed' || cells.numerator === null ? null : cells.numerator[cell]!,
        denominator: cells.denominator === null ? null : cells.denominator[cell]!,
        n,
        ci: hidden || cells.ciLow === null || cells.ciLow[cell] !== cells.ciLow[cell] ? null : { low: cells.ciLow[cell]!, high: cells.ciHigh![cell]! },
        status: hidden ? null : statusOf(options.indicator, value),
        flag,
        change: hidden
          ? { previous: null, yearAgo: null }
          : { previous: change(cell, period - 1, value), yearAgo: change(cell, grid.yearAgo[period]!, value) },
      });
    }
  }
  return rows;
}
