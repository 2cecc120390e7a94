import { fixture, html } from '@open-wc/testing';
import { compareSnapshot, sendKeys } from '@web/test-runner-commands';
import type { Report } from '../src/index.js';
import '../widgets/indicator-trend/define.js';
import type { IndicatorTrend } from '../widgets/indicator-trend/indicator-trend.js';
import { visibilityReport } from './support/reports.js';
import { svgSnapshot } from './support/svg-snapshot.js';

// SVG snapshots of every mark of the trend (axes, good band, target, annotations, interval band,
// lines, focused points), so that drawing them from separate render pieces keeps the same SVG.

const sized = 'width: 480px';
const annotations = [
  { date: '2019-02-14', label: '春节' },
  { date: '2019-05-20', label: 'A longer annotation label that cannot fit whole' },
];

/** The visibility Report with a target, and optionally its polarity turned (the good band then lies below). */
function withTarget(polarity: 'higher-better' | 'lower-better' = 'higher-better'): Report {
  const report = visibilityReport();
  return { ...report, indicator: { ...report.indicator, target: 0.8, polarity } };
}

async function settled(element: IndicatorTrend): Promise<void> {
  for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
}

async function trendIn(template: ReturnType<typeof html>): Promise<IndicatorTrend> {
  const host = await fixture<HTMLElement>(html`<div style=${sized}>${template}</div>`);
  const element = host.querySelector<IndicatorTrend>('indicator-trend')!;
  await settled(element);
  return element;
}

describe('<indicator-trend> marks (SVG snapshots)', () => {
  it('the total: interval band, good band, target, annotations (zh-CN)', async () => {
    const element = await trendIn(
      html`<indicator-trend .report=${withTarget()} .annotations=${annotations}></indicator-trend>`,
    );
    await compareSnapshot({ name: 'trend-total-zh', content: svgSnapshot(element.shadowRoot!) });
  });

  it('one group, lower-better, in English', async () => {
    const element = await trendIn(
      html`<indicator-trend lang="en" groups="黄浦区" .report=${withTarget('lower-better')} .annotations=${annotations}></indicator-trend>`,
    );
    await compareSnapshot({ name: 'trend-group-en', content: svgSnapshot(element.shadowRoot!) });
  });

  it('two groups with the focused period', async () => {
    const element = await trendIn(
      html`<indicator-trend groups="黄浦区,徐汇区" .report=${visibilityReport()}></indicator-trend>`,
    );
    element.shadowRoot!.querySelector<SVGGElement>('g[role="button"]')!.focus();
    await element.updateComplete;
    await sendKeys({ press: 'ArrowLeft' });
    await element.updateComplete;
    await compareSnapshot({ name: 'trend-focused', content: svgSnapshot(element.shadowRoot!) });
  });
});
