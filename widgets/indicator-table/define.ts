import { defineWidget } from '../base/define-widget.js';
import { IndicatorTable } from './indicator-table.js';

export { IndicatorTable };
defineWidget('indicator-table', IndicatorTable);

declare global {
  interface HTMLElementTagNameMap {
    'indicator-table': IndicatorTable;
  }
}
