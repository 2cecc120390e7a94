import { html } from 'lit';
import '../../widgets/indicator-table/define.js';
import { districtReport, manyGroups, visibilityReport } from '../support/reports.js';
import { badValue, sharedStates, showsStatus, visualSuite } from './stage.js';

const table = (widget: HTMLElement): Element | null | undefined => widget.shadowRoot?.querySelector('[part="table"]');

visualSuite('indicator-table', [
  {
    // Five districts, two of them suppressed, one with a name that looks like a formula.
    name: 'normal',
    template: () => html`<indicator-table .report=${districtReport()}></indicator-table>`,
    shows: table,
  },
  ...sharedStates('indicator-table', districtReport, () => badValue(districtReport())),
  {
    name: 'unknown-period',
    template: () => html`<indicator-table period="2030-01" .report=${districtReport()}></indicator-table>`,
    shows: showsStatus,
  },
  {
    // June 2019: 徐汇区 below the minimum sample.
    name: 'unstable',
    template: () => html`<indicator-table period="2019-06" .report=${visibilityReport()}></indicator-table>`,
    shows: table,
  },
  {
    // 40 districts and their total over two months, 8 rows a page: the first page and the pager.
    name: 'paged',
    template: () => html`<indicator-table page-size="8" .report=${manyGroups(40, 2)}></indicator-table>`,
    shows: (widget) => table(widget) && widget.shadowRoot?.querySelector('[part~="pager"]'),
  },
]);
