import { defineWidget } from '../base/define-widget.js';
import { IndicatorTrend } from './indicator-trend.js';

export { IndicatorTrend };
defineWidget('indicator-trend', IndicatorTrend);

declare global {
  interface HTMLElementTagNameMap {
    'indicator-trend': IndicatorTrend;
  }
}
