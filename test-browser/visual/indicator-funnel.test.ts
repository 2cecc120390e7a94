import { html } from 'lit';
import '../../widgets/indicator-funnel/define.js';
import { ALL_WITHIN, funnelReport, OUTLIERS } from '../support/funnel-reports.js';
import { badValue, sharedStates, showsStatus, visualSuite } from './stage.js';

const chart = (widget: HTMLElement): Element | null | undefined => widget.shadowRoot?.querySelector('[part="chart"]');
const report = (): ReturnType<typeof funnelReport> => funnelReport({ '2019-05': ALL_WITHIN, '2019-06': OUTLIERS });

visualSuite('indicator-funnel', [
  {
    // June 2019: 浦东新区 above 99.8%, 闵行区 above 95%, 金山区 below 99.8%; the overdispersion note.
    name: 'outliers',
    template: () => html`<indicator-funnel .report=${report()}></indicator-funnel>`,
    shows: chart,
  },
  {
    // May 2019: every district within, no overdispersion found.
    name: 'within',
    template: () => html`<indicator-funnel period="2019-05" .report=${report()}></indicator-funnel>`,
    shows: chart,
  },
  {
    name: 'selected',
    template: () => html`<indicator-funnel selected="黄浦区" .report=${report()}></indicator-funnel>`,
    shows: chart,
  },
  {
    name: 'table',
    template: () => html`<indicator-funnel view="table" .report=${report()}></indicator-funnel>`,
    shows: (widget) => widget.shadowRoot?.querySelector('[part="table"]'),
  },
  // One month: the held `src` request carries the Report in its URL, which two months make too long.
  ...sharedStates(
    'indicator-funnel',
    () => funnelReport({ '2019-06': OUTLIERS }),
    () => badValue(report()),
  ),
  {
    name: 'unknown-period',
    template: () => html`<indicator-funnel period="2030-01" .report=${report()}></indicator-funnel>`,
    shows: showsStatus,
  },
]);
