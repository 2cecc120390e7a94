import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { TrendLayout } from '../trend-layout.js';

/** The target as a dashed line across the plot. */
export function targetMark(layout: TrendLayout, target: number | null): SVGTemplateResult | typeof nothing {
  if (target === null) return nothing;
  const { left, plotWidth, y } = layout;
  return svg`<line class="target" x1=${left} x2=${left + plotWidth} y1=${y(target)} y2=${y(target)}></line>`;
}
