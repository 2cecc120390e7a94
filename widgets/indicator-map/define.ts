import { defineWidget } from '../base/define-widget.js';
import { IndicatorMap } from './indicator-map.js';

export { IndicatorMap };
defineWidget('indicator-map', IndicatorMap);

declare global {
  interface HTMLElementTagNameMap {
    'indicator-map': IndicatorMap;
  }
}
