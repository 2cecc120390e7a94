import { defineWidget } from '../base/define-widget.js';
import { warmIntlWhenIdle } from '../base/warm-intl.js';
import { IndicatorTrend } from './indicator-trend.js';

export { IndicatorTrend };
defineWidget('indicator-trend', IndicatorTrend);
// Idle-time Intl set-up, so the first render does not pay for it (see warm-intl.ts).
warmIntlWhenIdle();

declare global {
  interface HTMLElementTagNameMap {
    'indicator-trend': IndicatorTrend;
  }
}
