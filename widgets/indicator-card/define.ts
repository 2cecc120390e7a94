import { defineWidget } from '../base/define-widget.js';
import { IndicatorCard } from './indicator-card.js';

export { IndicatorCard };
defineWidget('indicator-card', IndicatorCard);

declare global {
  interface HTMLElementTagNameMap {
    'indicator-card': IndicatorCard;
  }
}
