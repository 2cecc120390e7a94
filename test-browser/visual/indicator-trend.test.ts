import { html } from 'lit';
import '../../widgets/indicator-trend/define.js';
import { visibilityReport } from '../support/reports.js';
import { badValue, sharedStates, showsStatus, visualSuite } from './stage.js';

const chart = (widget: HTMLElement): Element | null | undefined => widget.shadowRoot?.querySelector('[part="chart"]');

visualSuite('indicator-trend', [
  {
    name: 'normal',
    template: () => html`<indicator-trend .report=${visibilityReport()}></indicator-trend>`,
    shows: chart,
  },
  ...sharedStates('indicator-trend', visibilityReport, () => badValue(visibilityReport())),
  {
    name: 'unknown-group',
    template: () => html`<indicator-trend groups="不存在区" .report=${visibilityReport()}></indicator-trend>`,
    shows: showsStatus,
  },
  {
    // 徐汇区 below the minimum sample: its points flagged as indicative only.
    name: 'unstable',
    template: () => html`<indicator-trend groups="黄浦区,徐汇区" .report=${visibilityReport()}></indicator-trend>`,
    shows: chart,
  },
  {
    name: 'suppressed',
    template: () =>
      html`<indicator-trend groups="黄浦区,徐汇区" .report=${visibilityReport({ suppressBelow: 10 })}></indicator-trend>`,
    shows: chart,
  },
  {
    // A label far longer than the chart: cut with an ellipsis, never over the other or the line.
    name: 'annotated',
    template: () =>
      html`<indicator-trend
        .report=${visibilityReport()}
        .annotations=${[
          { date: '2019-02-05', label: '春节' },
          { date: '2019-03-15', label: '专项整治行动启动，全市街面巡逻力量加强，重点区域增派警力'.repeat(4) },
        ]}
      ></indicator-trend>`,
    shows: chart,
  },
]);
