import { html } from 'lit';
import '../../widgets/indicator-spc/define.js';
import { EVERY_RULE, REFORM, SLOWER, STEADY, seriesReport } from '../support/spc-reports.js';
import { visualSuite } from './stage.js';

const chart = (widget: HTMLElement): Element | null | undefined => widget.shadowRoot?.querySelector('[part="chart"]');

visualSuite('indicator-spc', [
  {
    name: 'common-cause',
    template: () =>
      html`<indicator-spc chart="pprime" .report=${seriesReport(STEADY, { measure: 'rate' })}></indicator-spc>`,
    shows: chart,
  },
  {
    name: 'improvement-phases',
    template: () =>
      html`<indicator-spc chart="pprime" baseline="12" phases="2019-01" .report=${seriesReport([...REFORM], { measure: 'rate' })}></indicator-spc>`,
    shows: chart,
  },
  {
    name: 'concern-fail',
    template: () =>
      html`<indicator-spc baseline="8" .report=${seriesReport(SLOWER, { polarity: 'lower-better', target: 10 })}></indicator-spc>`,
    shows: chart,
  },
  {
    name: 'table',
    template: () =>
      html`<indicator-spc view="table" baseline="12" .report=${seriesReport(EVERY_RULE)}></indicator-spc>`,
    shows: (widget) => widget.shadowRoot?.querySelector('[part="table"]'),
  },
  {
    name: 'pprime-not-rate',
    template: () => html`<indicator-spc chart="pprime" .report=${seriesReport(SLOWER)}></indicator-spc>`,
    shows: (widget) => widget.shadowRoot?.querySelector('[role="alert"]'),
  },
]);
