import { defineWidget } from '../base/define-widget.js';
import { warmIntlWhenIdle } from '../base/warm-intl.js';
import { IndicatorCard } from './indicator-card.js';

export { IndicatorCard };
defineWidget('indicator-card', IndicatorCard);
// Idle-time Intl set-up, so the first render does not pay for it (see warm-intl.ts).
warmIntlWhenIdle();

declare global {
  interface HTMLElementTagNameMap {
    'indicator-card': IndicatorCard;
  }
}
