import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { Report } from '../../../src/index.js';
import type { TrendLayout } from '../trend-layout.js';

/**
 * The "good" zone of the indicator's thresholds, clipped to the axis: above the `good` threshold
 * when higher is better, below it when lower is better.
 */
export function goodBandMark(layout: TrendLayout, indicator: Report['indicator']): SVGTemplateResult | typeof nothing {
  const thresholds = indicator.thresholds !== null && 'good' in indicator.thresholds ? indicator.thresholds : null;
  if (thresholds === null) return nothing;
  const { left, plotWidth, lo, hi, y } = layout;
  if (indicator.polarity === 'higher-better') {
    const top = y(hi);
    return svg`<rect class="good-band" x=${left} width=${plotWidth} y=${top} height=${Math.max(0, y(Math.min(thresholds.good, hi)) - top)}></rect>`;
  }
  const top = y(Math.max(lo, Math.min(thresholds.good, hi)));
  return svg`<rect class="good-band" x=${left} width=${plotWidth} y=${top} height=${Math.max(0, y(lo) - top)}></rect>`;
}
