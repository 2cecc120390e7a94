import { html } from 'lit';
import '../../widgets/indicator-spc/define.js';
import { EVERY_RULE, seriesReport } from '../support/spc-reports.js';
import { visualSuite } from './stage.js';

const chart = (widget: HTMLElement): Element | null | undefined => widget.shadowRoot?.querySelector('[part="chart"]');

/** Street visibility (n of 100 checks) wandering round 70%: no rule broken. */
const STEADY = [0.7, 0.72, 0.69, 0.71, 0.73, 0.68, 0.7, 0.72, 0.7, 0.69, 0.71, 0.7, 0.72, 0.71, 0.69, 0.7, 0.73, 0.7];
/**
 * A reform in 2019-01 raises visibility from about 65% to 75% (its own phase, the first 12 months
 * its baseline; May 2019 suppressed), and it climbs again from 2020-01: a shift above the new centre.
 */
const REFORM = [
  0.64,
  0.66,
  0.63,
  0.65,
  0.67,
  0.64,
  0.66,
  0.65,
  0.63,
  0.66,
  0.65,
  0.64,
  0.74,
  0.76,
  0.73,
  0.75,
  'suppressed',
  0.74,
  0.76,
  0.73,
  0.75,
  0.74,
  0.76,
  0.75,
  0.74,
  0.78,
  0.79,
  0.8,
  0.79,
  0.81,
  0.8,
  0.82,
] as const;
/** Response minutes (lower is better) creeping up, its limits all above the target of 10: it will not be met. */
const SLOWER = [11, 11.4, 10.8, 11.2, 11.1, 10.9, 11.3, 11.5, 11.8, 12.1, 12.4, 12.2, 12.9, 13.3, 13.1, 13.8];

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
