import { defineWidget } from '../base/define-widget.js';
import { warmIntlWhenIdle } from '../base/warm-intl.js';
import { IndicatorBars } from './indicator-bars.js';

export { IndicatorBars };
defineWidget('indicator-bars', IndicatorBars);
// Idle-time Intl set-up, so the first render does not pay for it (see warm-intl.ts).
warmIntlWhenIdle();

declare global {
  interface HTMLElementTagNameMap {
    'indicator-bars': IndicatorBars;
  }
}
