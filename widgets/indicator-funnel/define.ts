import { defineWidget } from '../base/define-widget.js';
import { IndicatorFunnel } from './indicator-funnel.js';

export { IndicatorFunnel };
defineWidget('indicator-funnel', IndicatorFunnel);

declare global {
  interface HTMLElementTagNameMap {
    'indicator-funnel': IndicatorFunnel;
  }
}
