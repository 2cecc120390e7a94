import { defineWidget } from '../base/define-widget.js';
import { IndicatorBars } from './indicator-bars.js';

export { IndicatorBars };
defineWidget('indicator-bars', IndicatorBars);

declare global {
  interface HTMLElementTagNameMap {
    'indicator-bars': IndicatorBars;
  }
}
