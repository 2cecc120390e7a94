import { html } from 'lit';
import '../../widgets/indicator-card/define.js';
import { visibilityReport } from '../support/reports.js';
import { badValue, sharedStates, showsStatus, visualSuite } from './stage.js';

const value = (widget: HTMLElement): Element | null | undefined => widget.shadowRoot?.querySelector('[part="value"]');

visualSuite('indicator-card', [
  {
    name: 'normal',
    template: () => html`<indicator-card .report=${visibilityReport()}></indicator-card>`,
    shows: value,
  },
  ...sharedStates('indicator-card', visibilityReport, () => badValue(visibilityReport())),
  {
    name: 'unknown-group',
    template: () => html`<indicator-card group="不存在区" .report=${visibilityReport()}></indicator-card>`,
    shows: showsStatus,
  },
  {
    // 徐汇区: 8 checks a month, below the minimum sample.
    name: 'unstable',
    template: () => html`<indicator-card group="徐汇区" .report=${visibilityReport()}></indicator-card>`,
    shows: value,
  },
  {
    name: 'suppressed',
    template: () =>
      html`<indicator-card group="徐汇区" .report=${visibilityReport({ suppressBelow: 10 })}></indicator-card>`,
    shows: value,
  },
]);
