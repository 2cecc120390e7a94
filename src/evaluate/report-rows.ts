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
  /** Flag rows with n below this `unstable` (for a rate, n is its denominator); null = none. */
  readonly minSample: number | null;
}

function flagOf(n: number, value: number, options: RowOptions): Flag | null {
  // Counts of nothing are a real 0; every other measure with no records has no value (NaN).
  if (value !== value) return 'no-data';
  if (options.suppressBelow !== null && n < options.suppressBelow) return 'suppressed';
  if (options.minSample !== null && n < options.minSample) return 'unstable';
  return null;
}

/**
 * Secondary suppression: the cells to hide beyond the small ones. In every period the groups'
 * records add up to the total's, and so do counts, sums, numerators and denominators; with the
 * total shown, a single hidden group could be recovered by subtraction, and hidden groups together
 * reveal their sum. So while a period's hidden groups number one, or hold fewer than `suppressBelow` records
 * together, the visible group with the fewest records (at least one; the first in group order on a
 * tie) is hidden as well; when no group is left to hide, the total is hidden instead. Every period of
 * the grid is treated, since earlier periods' values are published in changes.
 */
function hiddenCells(options: RowOptions, flags: readonly (Flag | null)[]): boolean[] {
  const { grid, groups, cells, suppressBelow } = options;
  const hidden = flags.map((flag) => flag === 'suppressed');
  if (suppressBelow === null || groups.fields.length === 0) return hidden;
  const periods = grid.count;
  for (let period = 0; period < periods; period++) {
    const total = groups.count * periods + period;
    if (hidden[total]) continue;
    let count = 0;
    let records = 0;
    for (let group = 0; group < groups.count; group++) {
      const cell = group * periods + period;
      if (hidden[cell]) {
        count++;
        records += cells.n[cell]!;
      }
    }
    while (count > 0 && (count === 1 || records < suppressBelow)) {
      let fewest = -1;
      for (let group = 0; group < groups.count; group++) {
        const cell = group * periods + period;
        if (!hidden[cell] && cells.n[cell]! > 0 && (fewest < 0 || cells.n[cell]! < cells.n[fewest]!)) fewest = cell;
      }
      if (fewest < 0) {
        // Cannot happen while groups' n add up to the total's (the total would be small too);
        // kept so that a measure whose n did not add up could not leak.
        hidden[total] = true;
        break;
      }
      hidden[fewest] = true;
      count++;
      records += cells.n[fewest]!;
    }
  }
  return hidden;
}

/**
 * Report rows for the reported periods: per period, each group in sorted order, then the total.
 * Cells below `suppressBelow` records are suppressed, and more cells with them (see hiddenCells).
 * A suppressed row withholds every number — value, numerator, denominator, n (for a count, n is
 * the count), interval — and its status and changes; a change is also withheld when the earlier
 * value is suppressed, so a hidden value cannot be recovered from it.
 */
export function reportRows(options: RowOptions): ReportRow[] {
  const { grid, groups, cells } = options;
  const periods = grid.count;
  const rows: ReportRow[] = [];
  const primary = Array.from(cells.value, (value, cell) => flagOf(cells.n[cell]!, value, options));
  const hidden = hiddenCells(options, primary);
  const flagAt = (cell: number): Flag | null => (hidden[cell] ? 'suppressed' : primary[cell]!);
  const visible = (cell: number): boolean => {
    const flag = flagAt(cell);
    return flag === null || flag === 'unstable';
  };
  const change = (cell: number, earlierPeriod: number, value: number): Change | null => {
    if (earlierPeriod < 0) return null;
    const earlierCell = cell - (cell % periods) + earlierPeriod;
    if (!visible(earlierCell)) return null;
    const earlier = cells.value[earlierCell]!;
    const delta = value - earlier;
    return {
      period: grid.keys[earlierPeriod]!,
      value: earlier,
      delta,
      relative: earlier === 0 ? null : delta / Math.abs(earlier),
    };
  };
  for (let period = grid.firstReported; period < periods; period++) {
    const start = formatDay(grid.starts[period]!);
    const end = formatDay(grid.ends[period]!);
    // Without group fields the one group is the whole table: only its total row is reported.
    for (let group = groups.fields.length === 0 ? groups.count : 0; group <= groups.count; group++) {
      const cell = group * periods + period;
      const value = cells.value[cell]!;
      const n = cells.n[cell]!;
      const flag = flagAt(cell);
      const withheld = flag === 'no-data' || flag === 'suppressed';
      const groupRecord: Record<string, GroupValue> = {};
      groups.fields.forEach((field, f) => (groupRecord[field] = groups.values[group]![f]!));
      rows.push({
        period: grid.keys[period]!,
        start,
        end,
        group: groupRecord,
        value: withheld ? null : value,
        numerator: flag === 'suppressed' || cells.numerator === null ? null : cells.numerator[cell]!,
        denominator: flag === 'suppressed' || cells.denominator === null ? null : cells.denominator[cell]!,
        n: flag === 'suppressed' ? null : n,
        ci:
          withheld || cells.ciLow === null || cells.ciLow[cell] !== cells.ciLow[cell]
            ? null
            : { low: cells.ciLow[cell]!, high: cells.ciHigh![cell]! },
        status: withheld ? null : statusOf(options.indicator, value),
        flag,
        change: withheld
          ? { previous: null, yearAgo: null }
          : { previous: change(cell, period - 1, value), yearAgo: change(cell, grid.yearAgo[period]!, value) },
      });
    }
  }
  return rows;
}
