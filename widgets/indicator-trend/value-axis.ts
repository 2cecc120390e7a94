import { nice, ticks } from 'd3-array';
import type { Report } from '../../src/index.js';
import { formattedValue } from '../../src/internal.js';
import type { WidgetLang } from '../base/messages.js';
import { labelWidth } from './label-width.js';

/** A value axis: the domain drawn, from `lo` at the bottom to `hi` at the top, and its labelled ticks. */
export interface ValueAxis {
  readonly lo: number;
  readonly hi: number;
  readonly ticks: readonly { readonly value: number; readonly text: string }[];
}

/**
 * A value as the indicator shows it (`formatValue`), or with `decimals` decimals instead of the
 * indicator's own.
 */
export type TickFormat = (value: number, decimals?: number) => string;

/** An indicator's values as its Reports show them (`formatValue`), or with `decimals` decimals. */
export function indicatorTickFormat(
  indicator: Pick<Report['indicator'], 'unit' | 'display'>,
  lang: WidgetLang,
): TickFormat {
  return (value, decimals) =>
    formattedValue(
      value,
      decimals === undefined ? indicator : { unit: indicator.unit, display: { ...indicator.display, decimals } },
      lang,
    );
}

/**
 * The left margin of a chart whose value axis, on its left, has `ticks`: wide enough for the
 * widest label (6 px from the plot), at least `least`, at most 40% of the chart's `width`. Charts
 * stacked on a page line up while their labels fit in `least`.
 */
export function axisMargin(ticks: ValueAxis['ticks'], least: number, width: number): number {
  let widest = 0;
  for (const tick of ticks) widest = Math.max(widest, labelWidth(tick.text));
  return Math.max(least, Math.min(Math.ceil(widest) + 10, Math.round(width * 0.4)));
}

/** About this many ticks (d3's count: it gives a few more or fewer, at round steps). */
const TICK_COUNT = 4;
/** The most decimals an indicator shows (its `display.decimals` schema). */
const MAX_DECIMALS = 6;

/**
 * A nice axis over `[min, max]`: its domain widened to round steps, so that it has a tick (and a
 * gridline) at or beyond each extreme, with at most `maxTicks` ticks whose labels all differ in
 * the indicator's format (a step finer than the format shows, e.g. 0.5 for counts shown as whole
 * numbers, would label two gridlines alike). A span too small for two distinct labels (a series
 * that is 0 throughout) is widened upwards until it has them. Labels carry as few decimals as
 * their step needs (20%, not 20.0%), never more than the indicator's.
 *
 * `max` is -Infinity when nothing is drawn; `maxTicks` is at least 3 (a span across 0 may need
 * a tick below, at and above it). Ticks computed over the data's own extent, as before,
 * stop at the last round step inside it: a line at 52–57% under a top tick of 40%.
 */
export function valueAxis(min: number, max: number, format: TickFormat, maxTicks: number): ValueAxis {
  const lo = Number.isFinite(min) ? min : 0;
  // Nothing drawn (every series switched off): a unit span, 0–100% for a rate.
  const hi = Number.isFinite(max) ? Math.max(max, lo) : lo + 1;
  // A span of 0 (or one too fine for floating point to step through) starts at 1e-9 of the value;
  // each widening multiplies it by 10, and a few dozen reach any format's step.
  const dataSpan = Math.max(hi - lo, Math.max(Math.abs(lo), 1) * 1e-9);
  let span = dataSpan;
  for (let widening = 0; widening < 64; widening++, span *= 10) {
    for (let count = TICK_COUNT; count >= 1; count--) {
      const [start, stop] = nice(lo, lo + span, count);
      const values = ticks(start, stop, count);
      if (values.length >= 2 && values.length <= maxTicks && distinctLabels(values, format) !== undefined) {
        return {
          lo: Math.min(start, values[0]!),
          hi: Math.max(stop, values.at(-1)!),
          ticks: fewestDecimals(values, format),
        };
      }
    }
  }
  // d3's nice() across 0 with few ticks allowed: -0.01–2.1 with 3 at most gets [-2, 4] (four ticks)
  // from every count, and count 1 grows without end; the first round step that fits does.
  const stepped = steppedAxis(lo, hi, dataSpan, format, maxTicks);
  if (stepped !== undefined) return stepped;
  // Reached only by a format that cannot tell numbers apart at any step, or by subnormal numbers
  // (below 1e-308), which d3's nice() cannot step through. The data stays inside the axis.
  const top = Math.max(hi, lo + 1);
  return { lo, hi: top, ticks: [lo, top].map((value) => ({ value, text: format(value) })) };
}

/**
 * The axis at the finest round step (1, 2 or 5 × 10ⁿ) whose multiples from at or below `lo` to at
 * or above `hi` number at most `maxTicks` and are labelled differently, or undefined. With
 * `maxTicks` ≥ 3 a step as large as both extremes always fits (−step, 0, step).
 */
function steppedAxis(
  lo: number,
  hi: number,
  span: number,
  format: TickFormat,
  maxTicks: number,
): ValueAxis | undefined {
  const finest = Math.floor(Math.log10(span / (maxTicks - 1)));
  for (let power = finest; power < finest + 64; power++) {
    for (const factor of [1, 2, 5]) {
      // As d3's ticks(): below 1, divide by the step's whole inverse (3 / 10 is 0.3; 3 × 0.1 is not).
      const inverse = power < 0 ? 10 ** -power / factor : undefined;
      const step = inverse === undefined ? 10 ** power * factor : 1 / inverse;
      if (!Number.isFinite(step)) return undefined;
      const at = (index: number): number => (inverse === undefined ? index * step : index / inverse);
      // + 0 turns -0 into 0, which a format would label "-0".
      let first = Math.floor(lo / step) + 0;
      let last = Math.ceil(hi / step) + 0;
      while (at(first) > lo) first--;
      while (at(last) < hi) last++;
      if (last === first) last++;
      if (last - first + 1 > maxTicks) continue;
      const values = Array.from({ length: last - first + 1 }, (_, index) => at(first + index));
      if (distinctLabels(values, format) === undefined) continue;
      return { lo: values[0]!, hi: values.at(-1)!, ticks: fewestDecimals(values, format) };
    }
  }
  return undefined;
}

/** The ticks labelled with the fewest decimals that still tell them apart (their own format's at most). */
function fewestDecimals(values: readonly number[], format: TickFormat): ValueAxis['ticks'] {
  for (let decimals = 0; decimals < MAX_DECIMALS; decimals++) {
    const texts = distinctLabels(values, format, decimals);
    if (texts !== undefined) return values.map((value, index) => ({ value, text: texts[index]! }));
  }
  return values.map((value) => ({ value, text: format(value) }));
}

/** The ticks' labels if neighbours differ (labels rise with the values, so neighbours suffice), else undefined. */
function distinctLabels(values: readonly number[], format: TickFormat, decimals?: number): string[] | undefined {
  const texts: string[] = [];
  for (let index = 0; index < values.length; index++) {
    const text = format(values[index]!, decimals);
    if (index > 0 && text === texts[index - 1]) return undefined;
    texts.push(text);
  }
  return texts;
}
