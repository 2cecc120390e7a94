import { defineWidget } from '../base/define-widget.js';
import { warmIntlWhenIdle } from '../base/warm-intl.js';
import { IndicatorTable } from './indicator-table.js';

export { IndicatorTable };
defineWidget('indicator-table', IndicatorTable);
// Idle-time Intl set-up, so the first render does not pay for it (see warm-intl.ts).
warmIntlWhenIdle();

declare global {
  interface HTMLElementTagNameMap {
    'indicator-table': IndicatorTable;
  }
}
