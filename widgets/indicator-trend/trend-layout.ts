import type { Report, ReportRow } from '../../src/index.js';
import type { WidgetLang } from '../base/messages.js';
import { chartFrame, type ChartFrame } from './chart-frame.js';

/** Height of the chart without annotation lanes. */
const HEIGHT = 220;

/** What the trend draws: its periods, the visible series' rows, its annotations by period. */
export interface TrendLayoutInput {
  readonly report: Report;
  readonly lang: WidgetLang;
  /** The chart's width in pixels. */
  readonly width: number;
  readonly periods: readonly string[];
  readonly visible: readonly { readonly rows: readonly ReportRow[] }[];
  /** The interval band is drawn (one series visible): the axis spans its bounds too. */
  readonly band: boolean;
  /** The annotations within the periods, left to right, with their period's index. */
  readonly notes: readonly { readonly label: string; readonly index: number }[];
}

/** The trend's frame (its annotations are the frame's notes), and where each series' rows sit. */
export interface TrendLayout extends ChartFrame {
  /** Where each of a series' rows sits across the plot: at its period's place. */
  readonly across: (rows: readonly ReportRow[]) => (index: number) => number;
}

/**
 * The value extent drawn: 0, the target, every visible value, and the interval bounds when the band
 * is drawn. A ratio shown as `1:x` (案-件比, never below 1:1) leaves 0 out: an axis from "1:0.0"
 * reads as nonsense and flattens a 1:1.5–1:1.8 series, so its axis fits the data (and target).
 */
function drawnExtent(input: TrendLayoutInput): { min: number; max: number } {
  const { target, display } = input.report.indicator;
  const floor = display?.format === 'oneTo' ? Infinity : 0;
  let min = Math.min(floor, target ?? floor);
  let max = target ?? -Infinity;
  // Indexed loops: a first render runs in V8's interpreter, where for-of allocates per row.
  for (const series of input.visible) {
    for (let index = 0; index < series.rows.length; index++) {
      const row = series.rows[index]!;
      const value = row.value;
      if (value !== null) {
        if (value < min) min = value;
        if (value > max) max = value;
      }
      if (input.band && row.ci !== null) {
        min = Math.min(min, row.ci.low, row.ci.high);
        max = Math.max(max, row.ci.low, row.ci.high);
      }
    }
  }
  return { min, max };
}

export function trendLayout(input: TrendLayoutInput): TrendLayout {
  const { report, lang, width, periods } = input;
  const frame = chartFrame({
    indicator: report.indicator,
    lang,
    width,
    height: HEIGHT,
    ...drawnExtent(input),
    periods,
    notes: (positions) => input.notes.map(({ label, index }) => ({ x: positions[index]!, label })),
  });
  const periodIndex = new Map(periods.map((period, index) => [period, index]));
  return {
    ...frame,
    across: (rows) => (index) => frame.positions[periodIndex.get(rows[index]!.period)!]!,
  };
}
