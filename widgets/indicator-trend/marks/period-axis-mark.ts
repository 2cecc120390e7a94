import { svg, type SVGTemplateResult } from 'lit';
import type { ChartFrame } from '../chart-frame.js';

/** The period axis: the labelled periods' names under the plot. */
export function periodAxisMark(layout: ChartFrame): SVGTemplateResult[] {
  const { periodTexts, plotBottom } = layout;
  return layout.periodTicks.map(
    (tick) =>
      svg`<text class="muted period" x=${tick.x} y=${plotBottom + 20} text-anchor=${tick.anchor}>${periodTexts[tick.index]}</text>`,
  );
}
