import {
  TOTAL,
  type Report,
  type ReportRow,
  type RowSpc,
  type SpcResult,
  type SpcRule,
  type SpcSeries,
  type Variation,
} from '../../src/index.js';
import type { Direction } from './spc-messages.js';

/** A period of the drawn series: its row, and its place on the chart (null: no value, or suppressed). */
export interface SpcPoint {
  readonly row: ReportRow;
  readonly spc: RowSpc | null;
  /** The side a signal points to; null for common-cause variation and for rows without a chart. */
  readonly side: Direction | null;
}

/** A phase of the drawn series: points `[from, to)`, its first period with a value and its baseline. */
export interface PhaseSpan {
  readonly from: number;
  readonly to: number;
  readonly period: string;
  readonly baseline: number;
}

/** The latest run of signal points: one variation on one side, worded by its leading rule. */
export interface SignalRun {
  /** Indices into the points: first and last (both included). */
  readonly first: number;
  readonly last: number;
  /** Points with a chart in the run. */
  readonly count: number;
  readonly variation: Variation;
  readonly side: Direction;
  readonly rule: SpcRule;
  /** The run reaches the series' last point with a chart. */
  readonly ongoing: boolean;
}

/** What the widget draws and words: one series of an SPC result. */
export interface SpcView {
  readonly result: SpcResult;
  readonly series: SpcSeries;
  readonly points: readonly SpcPoint[];
  readonly phases: readonly PhaseSpan[];
  /** The last point with a chart, if any. */
  readonly latest: number | undefined;
}

/** Of the rules a run of points breaks, the one it is worded by: a sustained shift says most. */
const WORDING_ORDER: readonly SpcRule[] = ['shift', 'trend', 'outside', 'two-of-three'];

/**
 * The side a signal points to: set by the variation under a higher- or lower-better polarity
 * (improvement is high for higher-better), else (a neutral or band indicator) by the value
 * against the centre.
 */
export function sideOf(row: ReportRow, spc: RowSpc, polarity: Report['indicator']['polarity']): Direction | null {
  if (spc.variation === 'common') return null;
  if (spc.variation !== 'special' && (polarity === 'higher-better' || polarity === 'lower-better')) {
    return (spc.variation === 'improvement') === (polarity === 'higher-better') ? 'high' : 'low';
  }
  return row.value !== null && spc.centre !== null && row.value < spc.centre ? 'low' : 'high';
}

/** The series asked for: the group's value in the Report's first grouping field, or the total. */
function findSeries(report: Report, result: SpcResult, group: string | undefined): SpcSeries | undefined {
  const field = report.groupBy[0];
  if (field === undefined) return result.series[0];
  const wanted = group === undefined || group === '' ? TOTAL : group;
  return result.series.find((series) => String(series.group[field]) === wanted);
}

/** The series of `result` for `group` (default the total), as points and phases; undefined when the Report has none. */
export function spcView(report: Report, result: SpcResult, group: string | undefined): SpcView | undefined {
  const series = findSeries(report, result, group);
  if (series === undefined) return undefined;
  const polarity = report.indicator.polarity;
  const points = series.rows.map((index): SpcPoint => {
    const row = report.rows[index]!;
    const spc = result.rows[index] ?? null;
    return { row, spc, side: spc === null ? null : sideOf(row, spc, polarity) };
  });
  // One lookup built once: a phase per period is linear too.
  const indexOf = new Map(points.map((point, index) => [point.row.period, index]));
  const starts = series.phases.map((phase) => indexOf.get(phase.period)!);
  const phases = series.phases.map((phase, index) => ({
    from: index === 0 ? 0 : starts[index]!,
    to: starts[index + 1] ?? points.length,
    period: phase.period,
    baseline: phase.baseline,
  }));
  let latest: number | undefined;
  for (let index = points.length - 1; index >= 0 && latest === undefined; index--)
    if (points[index]!.spc !== null) latest = index;
  return { result, series, points, phases, latest };
}

/**
 * The latest run of consecutive signal points with one variation on one side (points without a
 * chart in between neither break nor join it), worded by the leading rule its points break.
 * Undefined when no point breaks a rule. Linear in the points.
 */
export function latestSignal(view: SpcView): SignalRun | undefined {
  const { points, latest } = view;
  let last = -1;
  for (let index = points.length - 1; index >= 0 && last < 0; index--) {
    const point = points[index]!;
    if (point.spc !== null && point.spc.variation !== 'common') last = index;
  }
  if (last < 0) return undefined;
  const { variation } = points[last]!.spc!;
  const side = points[last]!.side!;
  const broken = new Set<SpcRule>();
  let first = last;
  let count = 0;
  for (let index = last; index >= 0; index--) {
    const point = points[index]!;
    if (point.spc === null) continue;
    if (point.spc.variation !== variation || point.side !== side) break;
    for (const rule of point.spc.rules) broken.add(rule);
    first = index;
    count++;
  }
  const rule = WORDING_ORDER.find((candidate) => broken.has(candidate))!;
  return { first, last, count, variation, side, rule, ongoing: last === latest };
}
