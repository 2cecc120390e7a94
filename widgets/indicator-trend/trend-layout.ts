import { formatValue, type Report, type ReportRow } from '../../src/index.js';
import type { WidgetLang } from '../base/messages.js';
import { periodLabel } from '../base/period-label.js';
import { annotationLanes, type PlacedNote } from './annotation-lanes.js';
import { labelWidth } from './label-width.js';
import { periodTicks, type PeriodTick } from './period-ticks.js';
import { valueAxis } from './value-axis.js';

/** Height of the chart without annotation lanes; each lane used adds {@link LANE}. */
const HEIGHT = 220;
/**
 * `left` is the least left margin: it grows to fit the widest tick label, and stays the same for
 * every chart whose labels fit in it, so charts stacked on a page line up.
 */
const MARGIN = { top: 12, right: 16, bottom: 28, left: 48 };
/** Height of a lane of annotation labels above the plot. */
export const LANE = 18;
/** Least distance between value ticks: a 12px label and some air. */
const TICK_SPACING = 20;

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

/**
 * The trend's scales and boxes, computed once per render and handed to every mark: the plot's
 * box (below the annotation lanes), the value scale `y` and its ticks, the period positions and
 * the labelled ones, and the annotations placed in their lanes.
 */
export interface TrendLayout {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly plotWidth: number;
  readonly plotTop: number;
  readonly plotHeight: number;
  readonly plotBottom: number;
  /** The value domain drawn, bottom to top. */
  readonly lo: number;
  readonly hi: number;
  readonly y: (value: number) => number;
  readonly valueTicks: readonly { readonly value: number; readonly text: string }[];
  /** Each period's place across the plot, by index. */
  readonly positions: readonly number[];
  readonly periodTexts: readonly string[];
  readonly periodTicks: readonly PeriodTick[];
  readonly notes: readonly PlacedNote[];
  /** Where each of a series' rows sits across the plot: at its period's place. */
  readonly across: (rows: readonly ReportRow[]) => (index: number) => number;
}

/** The value extent drawn: 0, the target, every visible value, and the interval bounds when the band is drawn. */
function drawnExtent(input: TrendLayoutInput): { min: number; max: number } {
  const target = input.report.indicator.target;
  let min = Math.min(0, target ?? 0);
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
  const indicator = report.indicator;
  const { min, max } = drawnExtent(input);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const tickFormat = (value: number, decimals?: number): string =>
    formatValue(
      value,
      decimals === undefined ? indicator : { unit: indicator.unit, display: { ...indicator.display, decimals } },
      lang,
    );
  const { lo, hi, ticks: valueTicks } = valueAxis(min, max, tickFormat, Math.floor(plotHeight / TICK_SPACING) + 1);
  // Wide enough for the widest tick label (6 px from the plot), at most 40% of the chart.
  let widestTick = 0;
  for (const tick of valueTicks) widestTick = Math.max(widestTick, labelWidth(tick.text));
  const left = Math.max(MARGIN.left, Math.min(Math.ceil(widestTick) + 10, Math.round(width * 0.4)));
  const plotWidth = width - left - MARGIN.right;
  const positions = periods.map(
    (_, index) => left + (periods.length === 1 ? plotWidth / 2 : (index / (periods.length - 1)) * plotWidth),
  );
  const periodTexts = periods.map((period) => periodLabel(period, lang));
  const notes = annotationLanes(
    input.notes.map(({ label, index }) => ({ x: positions[index]!, label })),
    left,
    left + plotWidth,
  );
  let lanes = 0;
  for (const note of notes) if (note.lane !== undefined) lanes = Math.max(lanes, note.lane + 1);
  const plotTop = MARGIN.top + lanes * LANE;
  const plotBottom = plotTop + plotHeight;
  const periodIndex = new Map(periods.map((period, index) => [period, index]));
  return {
    width,
    height: HEIGHT + lanes * LANE,
    left,
    plotWidth,
    plotTop,
    plotHeight,
    plotBottom,
    lo,
    hi,
    y: (value) => plotBottom - ((value - lo) / (hi - lo)) * plotHeight,
    valueTicks,
    positions,
    periodTexts,
    periodTicks: periodTicks(positions, periodTexts.map(labelWidth), width),
    notes,
    across: (rows) => (index) => positions[periodIndex.get(rows[index]!.period)!]!,
  };
}
