import { expect, fixture, html } from '@open-wc/testing';
import { compareSnapshot, sendKeys } from '@web/test-runner-commands';
import { builtInCatalog, evaluate, ingest, type Report } from '../src/index.js';
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

/**
 * Street visibility January–June 2019 by district, as the demo's dashboard filters it: 黄浦区
 * checked every month, 宝山区 not in March nor May (no data there), so its April and June stand alone.
 */
function districtWithGaps(): Report {
  const catalog = builtInCatalog('police-presence');
  const records: Record<string, unknown>[] = [];
  const months: Record<string, readonly string[]> = {
    黄浦区: ['01', '02', '03', '04', '05', '06'],
    宝山区: ['01', '02', '04', '06'],
  };
  for (const [district, list] of Object.entries(months))
    for (const month of list)
      for (let i = 0; i < 40; i++)
        records.push({ checked_at: `2019-${month}-10`, district, police_visible: i < 30, issue_present: false });
  const tables = {
    patrol_checks: ingest(catalog.datasets[0], records),
    resident_survey: ingest(catalog.datasets[1], []),
  };
  return evaluate(catalog, tables, {
    from: '2019-01-01',
    to: '2019-06-30',
    by: 'district',
    indicators: ['street_visibility_rate'],
  })[0]!;
}

describe('<indicator-trend> periods without data (issue 22: a white gap in the band when a district is filtered)', () => {
  /** Each period's x: the six months evenly across the plot. */
  function xsOf(element: IndicatorTrend): number[] {
    const plot = element.shadowRoot!.querySelector<SVGRectElement>('g[role="button"] > rect')!;
    const left = Number(plot.getAttribute('x'));
    const width = Number(plot.getAttribute('width'));
    return [0, 1, 2, 3, 4, 5].map((index) => left + (index / 5) * width);
  }

  it('marks each gap as "no data" across the band, from the period before to the period after', async () => {
    const element = await trendIn(
      html`<indicator-trend groups="宝山区" .report=${districtWithGaps()}></indicator-trend>`,
    );
    const x = xsOf(element);
    const gaps = [...element.shadowRoot!.querySelectorAll<SVGRectElement>('rect.no-data')].map((rect) => [
      Number(rect.getAttribute('x')),
      Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')),
    ]);
    expect(gaps.map(([from, to]) => [Math.round(from!), Math.round(to!)])).to.deep.equal([
      [Math.round(x[1]!), Math.round(x[3]!)],
      [Math.round(x[3]!), Math.round(x[5]!)],
    ]);
    // Spanning the plot's height, and named where there is room.
    const plot = element.shadowRoot!.querySelector<SVGRectElement>('g[role="button"] > rect')!;
    for (const rect of element.shadowRoot!.querySelectorAll('rect.no-data')) {
      expect(rect.getAttribute('y')).to.equal(plot.getAttribute('y'));
      expect(rect.getAttribute('height')).to.equal(plot.getAttribute('height'));
    }
    const names = [...element.shadowRoot!.querySelectorAll('text.no-data')].map((text) => text.textContent);
    expect(names).to.deep.equal(['无数据', '无数据']);
    await expect(element).to.be.accessible();
  });

  it('draws a value that stands alone (between gaps, or after one at the end): a dot on the line and its interval as a whisker', async () => {
    const element = await trendIn(
      html`<indicator-trend groups="宝山区" .report=${districtWithGaps()}></indicator-trend>`,
    );
    const x = xsOf(element);
    const dots = [...element.shadowRoot!.querySelectorAll('circle.lone')];
    expect(dots.map((dot) => Math.round(Number(dot.getAttribute('cx'))))).to.deep.equal([
      Math.round(x[3]!),
      Math.round(x[5]!),
    ]);
    const whiskers = [...element.shadowRoot!.querySelectorAll('line.band')];
    expect(whiskers.map((line) => Math.round(Number(line.getAttribute('x1'))))).to.deep.equal([
      Math.round(x[3]!),
      Math.round(x[5]!),
    ]);
    const [whisker] = whiskers;
    expect(Number(whisker!.getAttribute('y2')) - Number(whisker!.getAttribute('y1'))).to.be.greaterThan(10);
  });

  it('draws nothing for the gaps of a series without any (the total), nor when several series are shown', async () => {
    const total = await trendIn(html`<indicator-trend .report=${districtWithGaps()}></indicator-trend>`);
    expect(total.shadowRoot!.querySelectorAll('.no-data, circle.lone, line.band')).to.have.length(0);
    const two = await trendIn(
      html`<indicator-trend groups="黄浦区,宝山区" .report=${districtWithGaps()}></indicator-trend>`,
    );
    expect(two.shadowRoot!.querySelectorAll('.no-data')).to.have.length(0);
    // A lone value is drawn on every series, its interval only when the band is.
    expect(two.shadowRoot!.querySelectorAll('circle.lone')).to.have.length(2);
    expect(two.shadowRoot!.querySelectorAll('line.band')).to.have.length(0);
  });
});
