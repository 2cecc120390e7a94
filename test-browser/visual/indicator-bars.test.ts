import { html } from 'lit';
import '../../widgets/indicator-bars/define.js';
import { districtReport, manyGroups, visibilityReport } from '../support/reports.js';
import { badValue, sharedStates, showsStatus, visualSuite } from './stage.js';

const chart = (widget: HTMLElement): Element | null | undefined => widget.shadowRoot?.querySelector('[part="chart"]');

visualSuite('indicator-bars', [
  {
    // Five districts, two of them suppressed, one with a name that looks like a formula.
    name: 'normal',
    template: () => html`<indicator-bars .report=${districtReport()}></indicator-bars>`,
    shows: chart,
  },
  ...sharedStates('indicator-bars', districtReport, () => badValue(districtReport())),
  {
    name: 'unknown-period',
    template: () => html`<indicator-bars period="2030-01" .report=${districtReport()}></indicator-bars>`,
    shows: showsStatus,
  },
  {
    // June 2019: 徐汇区 below the minimum sample.
    name: 'unstable',
    template: () => html`<indicator-bars period="2019-06" .report=${visibilityReport()}></indicator-bars>`,
    shows: chart,
  },
  {
    // 30 districts, the best 8 drawn, then "others (22)".
    name: 'top-n',
    template: () => html`<indicator-bars top="8" .report=${manyGroups(30)}></indicator-bars>`,
    shows: chart,
  },
]);
