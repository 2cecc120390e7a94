import { defineWidget } from '../base/define-widget.js';
import { scheduleIntlWarmUp } from '../base/warm-intl.js';
import { IndicatorBars } from './indicator-bars.js';

export { IndicatorBars };
defineWidget('indicator-bars', IndicatorBars);
// Intl set-up in a task of its own, so the first render does not pay for it (see warm-intl.ts).
scheduleIntlWarmUp();

declare global {
  interface HTMLElementTagNameMap {
    'indicator-bars': IndicatorBars;
  }
}
