import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../widgets/indicator-trend/define.js';
import type { IndicatorTrend } from '../widgets/indicator-trend/indicator-trend.js';
import { visibilityReport } from './support/reports.js';
import { sharedLayout } from './support/layout-suite.js';
import { notADocument, sharedParts, sharedStates, type WidgetUnderTest } from './support/shared-suites.js';

const report = visibilityReport();
const shadow = (element: IndicatorTrend): ShadowRoot => element.shadowRoot!;
const tooltipOf = (element: IndicatorTrend): string => shadow(element).querySelector('[part="tooltip"]')!.textContent!;
/** Presses a key on the focused chart and waits for the widget to show the result. */
async function press(element: IndicatorTrend, key: string): Promise<void> {
  await sendKeys({ press: key });
  await element.updateComplete;
}
/** Gives the chart's one tab stop focus and waits for the widget to announce its period. */
async function focusPlot(element: IndicatorTrend): Promise<void> {
  shadow(element).querySelector<SVGGElement>('g[role="button"]')!.focus();
  await element.updateComplete;
}

async function trend(template: ReturnType<typeof html>): Promise<IndicatorTrend> {
  const element = await fixture<IndicatorTrend>(template);
  await element.updateComplete;
  return element;
}

const underTest: WidgetUnderTest = {
  tag: 'indicator-trend',
  data: () => visibilityReport(),
  invalid: () => ({ schema: 'lawgauge/report@1', rows: [] }),
  parts: ['chart', 'summary', 'toggle'],
};

describe('<indicator-trend>', () => {
  describe('accessibility', () => {
    it('passes axe as a chart, with focus, and as a table, in both languages and themes', async () => {
      for (const [lang, theme] of [
        ['zh-CN', 'light'],
        ['en', 'dark'],
      ]) {
        const element = await trend(
          html`<indicator-trend lang=${lang} theme=${theme} groups="黄浦区,徐汇区" .report=${report}></indicator-trend>`,
        );
        await expect(element).to.be.accessible();
        await focusPlot(element);
        await expect(element).to.be.accessible();
        shadow(element).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
        await element.updateComplete;
        await expect(element).to.be.accessible();
      }
    });
  });

  describe('properties', () => {
    it('draws the total with its interval band and summarises the trend', async () => {
      const element = await trend(html`<indicator-trend .report=${report}></indicator-trend>`);
      expect(shadow(element).querySelectorAll('path.line')).to.have.length(1);
      expect(shadow(element).querySelector('path.band')!.getAttribute('d')).to.match(/^M/);
      expect(shadow(element).querySelector('[part="summary"]')!.textContent).to.equal(
        '街面见警率（合计）走势：2019年1月 72.9%，2019年6月 85.4%',
      );
    });

    it('draws several groups with a legend whose entries switch series off and on', async () => {
      const element = await trend(
        html`<indicator-trend lang="en" groups="黄浦区,徐汇区" .report=${report}></indicator-trend>`,
      );
      expect(shadow(element).querySelectorAll('path.line')).to.have.length(2);
      const first = shadow(element).querySelector<HTMLButtonElement>('[part="legend"] button')!;
      first.click();
      await element.updateComplete;
      expect(first.getAttribute('aria-pressed')).to.equal('false');
      expect(shadow(element).querySelectorAll('path.line')).to.have.length(1);
    });

    it('spans its value axis over what is drawn: the interval band for one series, the lines for several', async () => {
      const plotBox = (element: IndicatorTrend): DOMRect =>
        shadow(element).querySelector('g[role="button"] > rect')!.getBoundingClientRect();
      const single = await trend(html`<indicator-trend .report=${report}></indicator-trend>`);
      const band = shadow(single).querySelector('path.band')!.getBoundingClientRect();
      expect(band.top, 'band inside the plot').to.be.at.least(plotBox(single).top - 0.5);
      expect(band.bottom, 'band inside the plot').to.be.at.most(plotBox(single).bottom + 0.5);
      // 黄浦区's June value, 90%, is the highest drawn; the intervals (up to 96%) are not drawn
      // for two series. The axis ends at the next round step above it, 100%, its top gridline
      // the plot's top edge, 10 points (18 of 180 px) above the line's peak.
      const several = await trend(html`<indicator-trend groups="黄浦区,徐汇区" .report=${report}></indicator-trend>`);
      const lines = [...shadow(several).querySelectorAll('path.line')].map((path) => path.getBoundingClientRect());
      const ticks = [...shadow(several).querySelectorAll('line.grid + text')].map((text) => text.textContent);
      expect(ticks).to.deep.equal(['0%', '20%', '40%', '60%', '80%', '100%']);
      expect(Math.min(...lines.map((box) => box.top)) - plotBox(several).top).to.be.closeTo(18, 1.5);
    });

    it('marks annotations by date', async () => {
      const element = await trend(
        html`<indicator-trend .report=${report} .annotations=${[{ date: '2019-04-01', label: '巡防改革' }]}></indicator-trend>`,
      );
      expect(shadow(element).querySelector('line.event')).not.to.equal(null);
      expect(shadow(element).textContent).to.contain('巡防改革');
    });

    it('keeps annotation labels inside the plot and apart, cuts one too long for it, and announces them whole with their period', async () => {
      const notes = [
        { date: '2019-06-20', label: '第二届中国国际进口博览会保障' },
        { date: '2019-05-03', label: '街面巡防机制改革' },
        { date: '2019-08-01', label: '不在图中' },
      ];
      // A plot 170 px wide: the June label (14 characters, about 168 px) does not fit left of its line.
      const host = await fixture<HTMLElement>(
        html`<div style="width: 260px"><indicator-trend .report=${report} .annotations=${notes}></indicator-trend></div>`,
      );
      const element = host.querySelector('indicator-trend')!;
      await element.updateComplete;
      const plotBox = shadow(element).querySelector('g[role="button"] > rect')!.getBoundingClientRect();
      const texts = [...shadow(element).querySelectorAll('line.event + text')];
      const labels = texts.map((text) => text.getBoundingClientRect());
      expect(labels).to.have.length(2);
      for (const box of labels) {
        expect(box.left, 'label left edge').to.be.at.least(plotBox.left - 0.5);
        expect(box.right, 'label right edge').to.be.at.most(plotBox.right + 0.5);
      }
      const shown = texts.map((text) =>
        [...text.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent)
          .join(''),
      );
      expect(shown[0]).to.equal('街面巡防机制改革');
      expect(shown[1]).to.match(/^第二届中国国际进口博览.*…$/);
      // The edges above are measured in whatever font the machine has: without a CJK font the
      // characters are narrow boxes and any cut fits. In a CJK font every character of the cut
      // label, the ellipsis too, is 1em (12 px), and it must still fit left of its line (3 px gap).
      expect([...shown[1]!].length * 12, 'cut label in a CJK font').to.be.at.most(plotBox.width - 3);
      expect(texts[1]!.querySelector('title')!.textContent).to.equal('第二届中国国际进口博览会保障');
      expect(texts[0]!.querySelector('title')).to.equal(null);
      const [may, june] = labels as [DOMRect, DOMRect];
      expect(
        may.bottom <= june.top || june.bottom <= may.top || may.right <= june.left || june.right <= may.left,
        'labels overlap',
      ).to.equal(true);
      await focusPlot(element);
      expect(tooltipOf(element)).to.equal('2019年6月：合计 85.4%；第二届中国国际进口博览会保障');
      await press(element, 'ArrowLeft');
      expect(tooltipOf(element)).to.equal('2019年5月：合计 72.9%；街面巡防机制改革');
      await press(element, 'ArrowLeft');
      expect(tooltipOf(element)).to.equal('2019年4月：合计 72.9%');
    });

    it('shows the same numbers as a table', async () => {
      const element = await trend(html`<indicator-trend lang="en" .report=${report}></indicator-trend>`);
      shadow(element).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
      await element.updateComplete;
      expect(shadow(element).querySelectorAll('tbody tr')).to.have.length(6);
      expect(element.exportCsv()).to.contain('Jun 2019,Total,0.8541666666666666,41,48,48,Good,');
      // Each header aligned like its column: numbers right, words left.
      const align = (cell: Element): string => getComputedStyle(cell).textAlign;
      const headers = [...shadow(element).querySelectorAll('thead th')];
      const firstRow = [...shadow(element).querySelectorAll('tbody tr:first-child > *')];
      expect(headers.map(align)).to.deep.equal(firstRow.map(align));
      const valueColumn = headers.findIndex((header) => header.textContent === 'Value');
      expect(valueColumn).to.be.at.least(0);
      expect(align(headers[valueColumn]!)).to.equal('right');
      expect(align(headers[0]!)).to.equal('left');
    });
  });

  describe('events', () => {
    it('moves between periods with the keyboard, announcing each, and fires lg-select on Enter', async () => {
      const element = await trend(html`<indicator-trend groups="黄浦区,徐汇区" .report=${report}></indicator-trend>`);
      await focusPlot(element);
      expect(tooltipOf(element)).to.equal('2019年6月：黄浦区 90.0%，徐汇区 62.5%（样本小）');
      await press(element, 'Home');
      expect(tooltipOf(element)).to.equal('2019年1月：黄浦区 75.0%，徐汇区 62.5%（样本小）');
      await press(element, 'ArrowRight');
      const event = oneEvent(element, 'lg-select');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail).to.deep.equal({
        indicator: 'street_visibility_rate',
        period: '2019-02',
        group: { district: '黄浦区' },
        label: '黄浦区',
        value: 0.75,
      });
      await press(element, 'Escape');
      expect(tooltipOf(element)).to.equal('');
    });
  });

  describe('pointer', () => {
    it('shows the nearest period under the pointer in the tooltip, with a point per series, and clears it on leave', async () => {
      const element = await trend(html`<indicator-trend groups="黄浦区,徐汇区" .report=${report}></indicator-trend>`);
      const plot = shadow(element).querySelector<SVGRectElement>('g[role="button"] > rect')!;
      const box = plot.getBoundingClientRect();
      // Six periods across the plot: 45% of the way is nearest the third (2019-03).
      plot.dispatchEvent(
        new PointerEvent('pointermove', {
          clientX: box.left + box.width * 0.45,
          clientY: box.top + box.height / 2,
          bubbles: true,
        }),
      );
      await element.updateComplete;
      expect(tooltipOf(element)).to.equal('2019年3月：黄浦区 75.0%，徐汇区 62.5%（样本小）');
      expect(shadow(element).querySelectorAll('circle.point')).to.have.length(2);
      plot.dispatchEvent(
        new PointerEvent('pointermove', { clientX: box.right - 1, clientY: box.top + 1, bubbles: true }),
      );
      await element.updateComplete;
      expect(tooltipOf(element)).to.equal('2019年6月：黄浦区 90.0%，徐汇区 62.5%（样本小）');
      plot.dispatchEvent(new PointerEvent('pointerleave'));
      await element.updateComplete;
      expect(tooltipOf(element)).to.equal('');
      expect(shadow(element).querySelectorAll('circle.point')).to.have.length(0);
    });
  });

  describe('parts', () => {
    sharedParts(underTest);
  });

  describe('states', () => {
    sharedStates(underTest);
    notADocument({
      ...underTest,
      expected: {
        en: 'an indicator Report object ("schema": "lawgauge/report@1")',
        'zh-CN': '指标报告对象（"schema": "lawgauge/report@1"）',
      },
      rows: () => visibilityReport().rows,
    });
  });

  describe('layout', () => {
    sharedLayout({ tag: underTest.tag, data: underTest.data, defaultWidth: 560 });
  });
});
