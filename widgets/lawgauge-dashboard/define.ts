import { defineWidget } from '../base/define-widget.js';
import '../indicator-bars/define.js';
import '../indicator-card/define.js';
import '../indicator-funnel/define.js';
import '../indicator-map/define.js';
import '../indicator-spc/define.js';
import '../indicator-table/define.js';
import '../indicator-trend/define.js';
import '../reform-progress/define.js';
import { LawgaugeDashboard } from './lawgauge-dashboard.js';

export { LawgaugeDashboard };
// The dashboard's panels are the other widgets: registering it registers them too.
defineWidget('lawgauge-dashboard', LawgaugeDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'lawgauge-dashboard': LawgaugeDashboard;
  }
}
