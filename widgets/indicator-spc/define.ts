import { defineWidget } from '../base/define-widget.js';
import { IndicatorSpc } from './indicator-spc.js';

export { IndicatorSpc };
defineWidget('indicator-spc', IndicatorSpc);

declare global {
  interface HTMLElementTagNameMap {
    'indicator-spc': IndicatorSpc;
  }
}
