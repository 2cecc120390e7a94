import { defineWidget } from '../base/define-widget.js';
import { scheduleIntlWarmUp } from '../base/warm-intl.js';
import { IndicatorCard } from './indicator-card.js';

export { IndicatorCard };
defineWidget('indicator-card', IndicatorCard);
// Intl set-up in a task of its own, so the first render does not pay for it (see warm-intl.ts).
scheduleIntlWarmUp();

declare global {
  interface HTMLElementTagNameMap {
    'indicator-card': IndicatorCard;
  }
}
