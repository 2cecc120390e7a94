import { formatNumber, type Report } from '../../src/index.js';
import { funnelLimits } from '../../src/index.js';
import type { WidgetLang } from '../base/messages.js';
import { polylinePath } from '../base/polyline-path.js';
import { labelWidth } from '../indicator-trend/label-width.js';
import { axisMargin, indicatorTickFormat, valueAxis, type ValueAxis } from '../indicator-trend/value-axis.js';

/**
 * The chart's height whatever its width: a height that followed the width would resize the host
 * from inside its own ResizeObserver's answer (a loop the browser reports as an error).
 */
const HEIGHT = 280;
const MARGIN = { top: 22, right: 14, bottom: 40, left: 44 };
/** Least distance between value ticks: a 12px label and some air. */
const TICK_SPACING = 22;
/**
 * Sizes at which the limit curves are computed, spaced as the square of an even step: the curves
 * bend most at small n, where the samples crowd. A fixed count, whatever the number of units.
 */
const CURVE_SAMPLES = 96;

/** What the funnel draws: the units' sizes and rates, the target and the between-unit variance. */
export interface FunnelLayoutInput {
  readonly indicator: Pick<Report['indicator'], 'unit' | 'display'>;
  readonly lang: WidgetLang;
  readonly width: number;
  readonly sizes: ArrayLike<number>;
  readonly values: ArrayLike<number>;
  readonly target: number;
  readonly tau2: number;
}

/** A curve of the funnel: path data, and the line's class (`l95`, `l998`). */
export interface FunnelCurve {
  readonly path: string;
  readonly kind: 'l95' | 'l998';
}

/** The funnel's scales, ticks and curves, computed once per render. */
export interface FunnelLayout {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly top: number;
  readonly plotWidth: number;
  readonly plotHeight: number;
  readonly x: (n: number) => number;
  readonly y: (value: number) => number;
  readonly sizeTicks: ValueAxis['ticks'];
  readonly valueTicks: ValueAxis['ticks'];
  readonly curves: readonly FunnelCurve[];
}

/**
 * Lays the funnel out: sizes across from 0, rates up over every unit's value, the target and the
 * 99.8% limits at the smallest unit's size (the widest any unit has, so each unit's own limits are
 * in view); the limit curves from the core's `funnelLimits` at {@link CURVE_SAMPLES} sizes, drawn
 * clipped to the plot. Linear in the number of units.
 */
export function funnelLayout(input: FunnelLayoutInput): FunnelLayout {
  const { indicator, lang, width, sizes, values, target, tau2 } = input;
  let smallest = Infinity;
  let largest = 0;
  let min = target;
  let max = target;
  for (let index = 0; index < sizes.length; index++) {
    smallest = Math.min(smallest, sizes[index]!);
    largest = Math.max(largest, sizes[index]!);
    min = Math.min(min, values[index]!);
    max = Math.max(max, values[index]!);
  }
  if (smallest !== Infinity) {
    const widest = funnelLimits(target, [smallest], tau2);
    min = Math.min(min, widest.lower998[0]!);
    max = Math.max(max, widest.upper998[0]!);
  }
  // A point on the domain's edge would sit on the axis: some air beyond the extremes.
  const air = (max - min) * 0.04;
  min = Math.max(0, min - air);
  max = Math.min(1, max + air);
  const height = HEIGHT;
  const plotHeight = height - MARGIN.top - MARGIN.bottom;
  const rates = valueAxis(min, max, indicatorTickFormat(indicator, lang), Math.floor(plotHeight / TICK_SPACING) + 1);
  const left = axisMargin(rates.ticks, MARGIN.left, width);
  const plotWidth = Math.max(40, width - left - MARGIN.right);
  const sizeFormat = (value: number, decimals?: number): string => formatNumber(value, lang, decimals ?? 0);
  const sizeLabel = labelWidth(sizeFormat(largest)) + 16;
  const counts = valueAxis(0, Math.max(largest, 1), sizeFormat, Math.max(3, Math.floor(plotWidth / sizeLabel) + 1));
  const top = MARGIN.top;
  const x = (n: number): number => left + ((n - counts.lo) / (counts.hi - counts.lo)) * plotWidth;
  const y = (value: number): number => top + plotHeight - ((value - rates.lo) / (rates.hi - rates.lo)) * plotHeight;
  const grid = Float64Array.from(
    { length: CURVE_SAMPLES },
    (_, index) => counts.lo + (counts.hi - counts.lo) * ((index + 1) / CURVE_SAMPLES) ** 2,
  );
  const limits = funnelLimits(target, grid, tau2);
  const curve = (bound: Float64Array, kind: FunnelCurve['kind']): FunnelCurve => ({
    path: polylinePath(
      CURVE_SAMPLES,
      (index) => x(grid[index]!),
      (index) => y(bound[index]!),
    ),
    kind,
  });
  return {
    width,
    height,
    left,
    top,
    plotWidth,
    plotHeight,
    x,
    y,
    sizeTicks: counts.ticks,
    valueTicks: rates.ticks,
    curves: [
      curve(limits.upper998, 'l998'),
      curve(limits.lower998, 'l998'),
      curve(limits.upper95, 'l95'),
      curve(limits.lower95, 'l95'),
    ],
  };
}
