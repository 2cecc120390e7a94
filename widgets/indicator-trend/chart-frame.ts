import type { Report } from '../../src/index.js';
import type { WidgetLang } from '../base/messages.js';
import { periodLabel } from '../base/period-label.js';
import { annotationLanes, type NoteAt, type PlacedNote } from './annotation-lanes.js';
import { labelWidth } from './label-width.js';
import { periodTicks, type PeriodTick } from './period-ticks.js';
import { axisMargin, indicatorTickFormat, valueAxis } from './value-axis.js';

/**
 * `left` is the least left margin: it grows to fit the widest tick label, and stays the same for
 * every chart whose labels fit in it, so charts stacked on a page line up.
 */
const MARGIN = { top: 12, right: 16, bottom: 28, left: 48 };
/** Height of a lane of labels (annotations, phase breaks) above the plot. */
export const LANE = 18;
/** Least distance between value ticks: a 12px label and some air. */
const TICK_SPACING = 20;

/** A chart of an indicator's values over periods (the trend's, the SPC chart's), before it is laid out. */
export interface FrameInput {
  readonly indicator: Pick<Report['indicator'], 'unit' | 'display'>;
  readonly lang: WidgetLang;
  /** The chart's width in pixels. */
  readonly width: number;
  /** The chart's height without label lanes; each lane used adds {@link LANE}. */
  readonly height: number;
  /** The least and the most value drawn; `max` is -Infinity when nothing is. */
  readonly min: number;
  readonly max: number;
  /** The periods across the plot, left to right, evenly spaced. */
  readonly periods: readonly string[];
  /** The labels above the plot, sorted by `x`, from where the periods sit across it. */
  readonly notes: (positions: readonly number[]) => readonly NoteAt[];
}

/**
 * A chart's scales and boxes, computed once per render and handed to every mark: the plot's box
 * (below the label lanes), the value scale `y` and its ticks, the period positions and the
 * labelled ones, and the labels placed in their lanes.
 */
export interface ChartFrame {
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
}

export function chartFrame(input: FrameInput): ChartFrame {
  const { lang, width, periods } = input;
  const plotHeight = input.height - MARGIN.top - MARGIN.bottom;
  const { lo, hi, ticks } = valueAxis(
    input.min,
    input.max,
    indicatorTickFormat(input.indicator, lang),
    Math.floor(plotHeight / TICK_SPACING) + 1,
  );
  const left = axisMargin(ticks, MARGIN.left, width);
  const plotWidth = width - left - MARGIN.right;
  const count = periods.length;
  const positions = periods.map((_, index) => left + (count === 1 ? plotWidth / 2 : (index / (count - 1)) * plotWidth));
  const periodTexts = periods.map((period) => periodLabel(period, lang));
  const notes = annotationLanes(input.notes(positions), left, left + plotWidth);
  let lanes = 0;
  for (const note of notes) if (note.lane !== undefined) lanes = Math.max(lanes, note.lane + 1);
  const plotTop = MARGIN.top + lanes * LANE;
  const plotBottom = plotTop + plotHeight;
  return {
    width,
    height: input.height + lanes * LANE,
    left,
    plotWidth,
    plotTop,
    plotHeight,
    plotBottom,
    lo,
    hi,
    y: (value) => plotBottom - ((value - lo) / (hi - lo)) * plotHeight,
    valueTicks: ticks,
    positions,
    periodTexts,
    periodTicks: periodTicks(positions, periodTexts.map(labelWidth), width),
    notes,
  };
}
