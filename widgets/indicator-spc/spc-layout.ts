import { formatValue, type Report } from '../../src/index.js';
import type { WidgetLang } from '../base/messages.js';
import { periodLabel } from '../base/period-label.js';
import { annotationLanes, type PlacedNote } from '../indicator-trend/annotation-lanes.js';
import { labelWidth } from '../indicator-trend/label-width.js';
import { periodTicks, type PeriodTick } from '../indicator-trend/period-ticks.js';
import { valueAxis } from '../indicator-trend/value-axis.js';
import type { SpcView } from './spc-view.js';

/** Height of the chart without phase-label lanes; each lane used adds {@link LANE}. */
const HEIGHT = 240;
/** `left` grows to fit the widest tick label, as the trend's does, so stacked charts line up. */
const MARGIN = { top: 12, right: 16, bottom: 28, left: 48 };
export const LANE = 18;
const TICK_SPACING = 20;

/** The chart's scales and boxes, computed once per render and handed to every mark. */
export interface SpcLayout {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly plotWidth: number;
  readonly plotTop: number;
  readonly plotHeight: number;
  readonly plotBottom: number;
  readonly y: (value: number) => number;
  readonly valueTicks: readonly { readonly value: number; readonly text: string }[];
  /** Each point's place across the plot, by index. */
  readonly x: readonly number[];
  readonly periodTexts: readonly string[];
  readonly periodTicks: readonly PeriodTick[];
  /** Where each later phase begins (midway between its first point and the one before), its label placed. */
  readonly breaks: readonly PlacedNote[];
}

/** The values drawn: every value, line and limit of the series, and the target. */
function drawnExtent(view: SpcView, target: number | null): { min: number; max: number } {
  let min = target ?? Infinity;
  let max = target ?? -Infinity;
  const take = (value: number | null): void => {
    if (value === null) return;
    if (value < min) min = value;
    if (value > max) max = value;
  };
  for (let index = 0; index < view.points.length; index++) {
    const { row, spc } = view.points[index]!;
    if (spc === null) continue;
    take(row.value);
    take(spc.centre);
    take(spc.lower);
    take(spc.upper);
  }
  return { min, max: Number.isFinite(max) ? max : -Infinity };
}

export function spcLayout(
  report: Report,
  view: SpcView,
  lang: WidgetLang,
  width: number,
  phaseLabel: (period: string) => string,
): SpcLayout {
  const indicator = report.indicator;
  const { min, max } = drawnExtent(view, view.result.target);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const tickFormat = (value: number, decimals?: number): string =>
    formatValue(
      value,
      decimals === undefined ? indicator : { unit: indicator.unit, display: { ...indicator.display, decimals } },
      lang,
    );
  const { lo, hi, ticks: valueTicks } = valueAxis(min, max, tickFormat, Math.floor(plotHeight / TICK_SPACING) + 1);
  let widestTick = 0;
  for (const tick of valueTicks) widestTick = Math.max(widestTick, labelWidth(tick.text));
  const left = Math.max(MARGIN.left, Math.min(Math.ceil(widestTick) + 10, Math.round(width * 0.4)));
  const plotWidth = width - left - MARGIN.right;
  const count = view.points.length;
  const x = view.points.map((_, index) => left + (count === 1 ? plotWidth / 2 : (index / (count - 1)) * plotWidth));
  const periodTexts = view.points.map((point) => periodLabel(point.row.period, lang));
  const breaks = annotationLanes(
    view.phases.slice(1).map((phase) => ({
      x: (x[phase.from - 1]! + x[phase.from]!) / 2,
      label: phaseLabel(periodLabel(phase.period, lang)),
    })),
    left,
    left + plotWidth,
  );
  let lanes = 0;
  for (const note of breaks) if (note.lane !== undefined) lanes = Math.max(lanes, note.lane + 1);
  const plotTop = MARGIN.top + lanes * LANE;
  const plotBottom = plotTop + plotHeight;
  return {
    width,
    height: HEIGHT + lanes * LANE,
    left,
    plotWidth,
    plotTop,
    plotHeight,
    plotBottom,
    y: (value) => plotBottom - ((value - lo) / (hi - lo)) * plotHeight,
    valueTicks,
    x,
    periodTexts,
    periodTicks: periodTicks(x, periodTexts.map(labelWidth), width),
    breaks,
  };
}
