import { svg, type SVGTemplateResult } from 'lit';
import type { TrendLayout } from '../trend-layout.js';

/** The period axis: the labelled periods' names under the plot. */
export function periodAxisMark(layout: TrendLayout): SVGTemplateResult[] {
  const { periodTexts, plotBottom } = layout;
  return layout.periodTicks.map(
    (tick) =>
      svg`<text class="muted period" x=${tick.x} y=${plotBottom + 20} text-anchor=${tick.anchor}>${periodTexts[tick.index]}</text>`,
  );
}
