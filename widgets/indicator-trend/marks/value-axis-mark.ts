import { svg, type SVGTemplateResult } from 'lit';
import type { ChartFrame } from '../chart-frame.js';

/** The value axis: a gridline across the plot at each tick, its label left of the plot. */
export function valueAxisMark(layout: ChartFrame): SVGTemplateResult[] {
  const { left, plotWidth, y } = layout;
  return layout.valueTicks.map(
    (tick) => svg`<line class="grid" x1=${left} x2=${left + plotWidth} y1=${y(tick.value)} y2=${y(tick.value)}></line>
            <text class="muted" x=${left - 6} y=${y(tick.value) + 4} text-anchor="end">${tick.text}</text>`,
  );
}
