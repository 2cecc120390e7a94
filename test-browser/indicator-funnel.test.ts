import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../widgets/indicator-funnel/define.js';
import type { IndicatorFunnel } from '../widgets/indicator-funnel/indicator-funnel.js';
import type { Report } from '../src/index.js';
import { ALL_WITHIN, funnelReport, OUTLIERS } from './support/funnel-reports.js';
import { sharedLayout } from './support/layout-suite.js';
import { inputFailures, sharedParts, sharedStates, type WidgetUnderTest } from './support/shared-suites.js';

const report = funnelReport({ '2019-05': ALL_WITHIN, '2019-06': OUTLIERS });
const underTest: WidgetUnderTest = {
  tag: 'indicator-funnel',
  data: () => funnelReport({ '2019-06': OUTLIERS }),
  invalid: () => ({ schema: 'lawgauge/report@1', rows: [] }),
  parts: ['chart', 'summary', 'note', 'legend', 'toggle'],
};
const points = (element: IndicatorFunnel): SVGGElement[] => [
  ...element.shadowRoot!.querySelectorAll<SVGGElement>('g[role="button"]'),
];
const names = (element: IndicatorFunnel): string[] => points(element).map((point) => point.getAttribute('aria-label')!);
const text = (element: IndicatorFunnel, part: string): string =>
  element.shadowRoot!.querySelector(`[part="${part}"]`)!.textContent!.replace(/\s+/g, ' ').trim();
const focused = (element: IndicatorFunnel): Element | null => element.shadowRoot!.activeElement;
/** Each point's district and the shape drawn for it: `circle`, or a triangle `up`/`down`, `filled` or `hollow`. */
const shapes = (element: IndicatorFunnel): string[] =>
  points(element).map((point) => {
    const name = point.getAttribute('aria-label')!.split(' ')[0];
    const mark = point.querySelector('g.pt')!;
    const drawn = mark.firstElementChild!;
    if (drawn.localName === 'circle') return `${name} circle`;
    const [, tip, base] = /^M[\d.]+,([\d.]+)L[\d.]+,([\d.]+)/.exec(drawn.getAttribute('d')!)!;
    return `${name} ${Number(tip) < Number(base) ? 'up' : 'down'} ${mark.classList.contains('hollow') ? 'hollow' : 'filled'}`;
  });

async function chart(template: ReturnType<typeof html>): Promise<IndicatorFunnel> {
  const element = await fixture<IndicatorFunnel>(template);
  await element.updateComplete;
  return element;
}

/** The y of a curve's path data at x, between its samples. */
function curveAt(path: string, x: number): number {
  const samples = [...path.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((match) => [Number(match[1]), Number(match[2])]);
  const after = samples.findIndex(([sx]) => sx! >= x);
  const [x1, y1] = samples[after - 1]!;
  const [x2, y2] = samples[after]!;
  return y1! + ((x - x1!) / (x2! - x1!)) * (y2! - y1!);
}

describe('<indicator-funnel>', () => {
  describe('positions', () => {
    it('draws each district at its size, in size order, with its position in words and as a shape', async () => {
      const element = await chart(html`<indicator-funnel lang="en" .report=${report}></indicator-funnel>`);
      // The latest period by default; points in order of size (崇明区 240 … 浦东新区 2,400).
      expect(names(element)[0]).to.equal('崇明区 70.8%, n = 240, within the limits, Jun 2019');
      expect(names(element).at(-1)).to.equal(
        '浦东新区 82.5%, n = 2,400, above the 99.8% limit, better than expected, Jun 2019',
      );
      expect(names(element)).to.include('闵行区 80.6%, n = 1,600, above the 95% limit, better than expected, Jun 2019');
      expect(names(element)).to.include('金山区 50.0%, n = 300, below the 99.8% limit, worse than expected, Jun 2019');
      const drawn = shapes(element);
      expect(drawn.filter((shape) => !shape.endsWith('circle'))).to.deep.equal([
        '金山区 down filled',
        '闵行区 up hollow',
        '浦东新区 up filled',
      ]);
      expect(drawn.filter((shape) => shape.endsWith('circle'))).to.have.length(13);
      // Sizes rise left to right.
      const xs = points(element).map((point) => Number(point.querySelector('circle.focus')!.getAttribute('cx')));
      expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
    });

    it('draws the limits as curves through each unit’s own limits: 浦东新区 above the upper 99.8% curve, 闵行区 between the upper curves', async () => {
      const element = await chart(html`<indicator-funnel lang="en" .report=${report}></indicator-funnel>`);
      const curves = [...element.shadowRoot!.querySelectorAll('path.l95, path.l998')].map((path) => ({
        kind: path.getAttribute('class'),
        d: path.getAttribute('d')!,
      }));
      expect(curves.map((curve) => curve.kind)).to.deep.equal(['l998', 'l998', 'l95', 'l95']);
      const at = (district: string): { x: number; y: number } => {
        const point = points(element).find((candidate) => candidate.getAttribute('aria-label')!.startsWith(district))!;
        const circle = point.querySelector('circle.focus')!;
        return { x: Number(circle.getAttribute('cx')), y: Number(circle.getAttribute('cy')) };
      };
      const pudong = at('浦东新区');
      const minhang = at('闵行区');
      // SVG y grows downwards: above a curve is a smaller y.
      expect(pudong.y).to.be.below(curveAt(curves[0]!.d, pudong.x));
      expect(minhang.y).to.be.above(curveAt(curves[0]!.d, minhang.x));
      expect(minhang.y).to.be.below(curveAt(curves[2]!.d, minhang.x));
      // The upper curves fall as n grows, the lower rise (the funnel narrows).
      expect(curveAt(curves[0]!.d, pudong.x)).to.be.above(curveAt(curves[0]!.d, minhang.x));
      expect(curveAt(curves[1]!.d, pudong.x)).to.be.below(curveAt(curves[1]!.d, minhang.x));
    });

    it('summarises the positions in words, names the outliers, says no ranking is implied, and notes φ and τ²', async () => {
      const element = await chart(html`<indicator-funnel lang="en" .report=${report}></indicator-funnel>`);
      expect(text(element, 'summary')).to.equal(
        '16 units, Jun 2019: 1 above the 99.8% limit, better than expected (浦东新区); 1 above the 95% limit, better than expected (闵行区); 13 within the limits; 1 below the 99.8% limit, worse than expected (金山区). Each unit is compared only with the limits for its size; no ranking is implied.',
      );
      expect(text(element, 'note')).to.equal('Limits widened for overdispersion: φ = 2.88, τ² = 0.000487 (k = 16).');
      element.setAttribute('lang', 'zh-CN');
      await element.updateComplete;
      expect(text(element, 'summary')).to.equal(
        '16 个单位，2019年6月：1 个高于 99.8% 控制限，优于预期（浦东新区）；1 个高于 95% 控制限，优于预期（闵行区）；13 个在控制限内；1 个低于 99.8% 控制限，差于预期（金山区）。 各单位只与其规模对应的控制限比较，不代表排名。',
      );
      expect(text(element, 'note')).to.equal('控制限已按过度离散放宽：φ = 2.88，τ² = 0.000487（k = 16）。');
    });

    it('overdispersion="off": the unwidened limits, 闵行区 beyond 99.8% and 嘉定区 below 95%, and a note that says so', async () => {
      const element = await chart(
        html`<indicator-funnel lang="en" overdispersion="off" .report=${report}></indicator-funnel>`,
      );
      expect(element.overdispersion).to.equal(false);
      expect(shapes(element).filter((shape) => !shape.endsWith('circle'))).to.deep.equal([
        '金山区 down filled',
        '嘉定区 down hollow',
        '闵行区 up filled',
        '浦东新区 up filled',
      ]);
      expect(text(element, 'summary')).to.contain(
        '2 above the 99.8% limit, better than expected (闵行区, 浦东新区); 12 within the limits; 1 below the 95% limit, worse than expected (嘉定区); 1 below the 99.8% limit',
      );
      expect(text(element, 'note')).to.equal('Limits not adjusted for overdispersion.');
      // Back on by property: the attribute goes, the widened limits return.
      element.overdispersion = true;
      await element.updateComplete;
      expect(element.hasAttribute('overdispersion')).to.equal(false);
      expect(text(element, 'note')).to.contain('φ = 2.88');
    });

    it('with every district near the pooled rate: all within, and no overdispersion found', async () => {
      const element = await chart(
        html`<indicator-funnel lang="en" period="2019-05" .report=${report}></indicator-funnel>`,
      );
      expect(shapes(element).every((shape) => shape.endsWith('circle'))).to.equal(true);
      expect(text(element, 'summary')).to.match(/^16 units, May 2019: 16 within the limits\. /);
      expect(text(element, 'note')).to.equal('No overdispersion found (φ = 0.1, k = 16); limits not widened.');
      expect(element.shadowRoot!.querySelectorAll('text.label')).to.have.length(0);
    });

    it('judges by polarity: for a lower-better indicator, above the limits is worse than expected', async () => {
      const lower: Report = {
        ...report,
        indicator: { ...report.indicator, polarity: 'lower-better', thresholds: null },
      };
      const element = await chart(html`<indicator-funnel lang="en" .report=${lower}></indicator-funnel>`);
      expect(names(element).at(-1)).to.contain('above the 99.8% limit, worse than expected');
      expect(points(element).at(-1)!.querySelector('g.pt')!.classList.contains('worse')).to.equal(true);
      const neutral: Report = { ...report, indicator: { ...report.indicator, polarity: 'neutral', thresholds: null } };
      element.report = neutral;
      await element.updateComplete;
      expect(names(element).at(-1)).to.equal('浦东新区 82.5%, n = 2,400, above the 99.8% limit, Jun 2019');
    });

    it('target: the limits around the given rate, and the legend says it was given', async () => {
      const element = await chart(
        html`<indicator-funnel lang="en" target="0.8" overdispersion="off" .report=${report}></indicator-funnel>`,
      );
      expect(text(element, 'legend')).to.contain('Target 80.0% (given)');
      // Against 80%: 闵行区 (80.6%) within, 黄浦区 (71.7% of 600) below 80% − 3.09·√(0.16/600) = 75.0%.
      expect(names(element).find((name) => name.startsWith('闵行区'))).to.contain('within the limits');
      expect(names(element).find((name) => name.startsWith('黄浦区'))).to.contain('below the 99.8% limit');
      element.removeAttribute('target');
      await element.updateComplete;
      expect(text(element, 'legend')).to.contain('Target 74.3% (all units pooled)');
    });

    it('names the outliers beside their points, and the selected and focused units', async () => {
      const element = await chart(html`<indicator-funnel .report=${report}></indicator-funnel>`);
      const labels = (): string[] =>
        [...element.shadowRoot!.querySelectorAll('text.label')].map((label) => label.textContent!).sort();
      expect(labels()).to.deep.equal(['浦东新区', '金山区', '闵行区'].sort());
      element.selected = '黄浦区';
      await element.updateComplete;
      expect(labels()).to.include('黄浦区');
      points(element)[0]!.focus();
      await element.updateComplete;
      expect(labels()).to.include('崇明区');
    });
  });

  describe('small samples', () => {
    it('marks points on a small sample, words the mark in the legend and counts them in the summary', async () => {
      // The three smallest districts of June below a minimum sample their checks do not reach.
      const sizes = OUTLIERS.map(([, , checks]) => checks).sort((a, b) => a - b);
      const min = sizes[3]!;
      const small: Report = {
        ...report,
        indicator: { ...report.indicator, minSample: min },
        rows: report.rows.map((row) =>
          row.period === '2019-06' && row.group['district'] !== '*' && row.n! < min
            ? { ...row, flag: 'unstable' as const }
            : row,
        ),
      };
      const flagged = small.rows.filter((row) => row.flag === 'unstable').length;
      const element = await chart(html`<indicator-funnel period="2019-06" .report=${small}></indicator-funnel>`);
      const marks = points(element).filter((point) => point.querySelector('text.unstable') !== null);
      expect(marks.length).to.equal(flagged);
      for (const point of marks) expect(point.getAttribute('aria-label')).to.contain('（样本小）');
      const legend = [...element.shadowRoot!.querySelectorAll('[part="legend"] li')].map((item) =>
        item.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(legend.at(-1)).to.equal('*样本较小，仅供参考');
      expect(text(element, 'summary')).to.contain(
        `${OUTLIERS.length} 个值中有 ${flagged} 个样本小（不足 ${min} 例），仅供参考。`,
      );
      element.setAttribute('lang', 'en');
      await element.updateComplete;
      expect(text(element, 'summary')).to.contain(
        `${flagged} of ${OUTLIERS.length} values rest on a small sample (fewer than ${min} cases): indicative only.`,
      );
      const plain = await chart(html`<indicator-funnel period="2019-06" .report=${report}></indicator-funnel>`);
      expect(plain.shadowRoot!.querySelectorAll('text.unstable').length).to.equal(0);
      expect(text(plain, 'summary')).not.to.contain('样本小');
    });
  });

  describe('bad input', () => {
    it('names a period the Report lacks, and the periods it has', async () => {
      const element = await chart(html`<indicator-funnel period="2030-01" .report=${report}></indicator-funnel>`);
      expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
        '没有2030年1月的数据。现有期间：2019年5月、2019年6月',
      );
      await expect(element).to.be.accessible();
    });

    it('a Report that is not a rate: an alert naming the indicator and its measure, in the widget’s language', async () => {
      const median: Report = {
        ...report,
        indicator: { ...report.indicator, id: 'median_response', measure: 'median', unit: 'count' },
        rows: report.rows.map((row) => ({ ...row, numerator: null, denominator: null })),
      };
      const element = await chart(html`<indicator-funnel .report=${median}></indicator-funnel>`);
      const alert = element.shadowRoot!.querySelector('[role="alert"][part="error"]')!;
      expect(alert.textContent).to.equal(
        '无法绘制漏斗图漏斗图需要比率指标（分子/分母）；指标“median_response”的度量是“median”',
      );
      element.setAttribute('lang', 'en');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal(
        'Cannot draw a funnel plota funnel plot needs a rate (numerator over denominator); indicator “median_response” has measure “median”',
      );
      await expect(element).to.be.accessible();
    });

    it('a target outside [0, 1]: an alert naming it', async () => {
      const element = await chart(html`<indicator-funnel lang="en" target="80" .report=${report}></indicator-funnel>`);
      expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
        'target must be a number from 0 to 1, not “80”',
      );
    });

    it('fewer than two groups with a value: says so, naming the period', async () => {
      const one = funnelReport({ '2019-06': OUTLIERS.slice(0, 1) });
      const element = await chart(html`<indicator-funnel lang="en" .report=${one}></indicator-funnel>`);
      expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
        'only 1 units have a value in Jun 2019; a funnel plot needs at least 2',
      );
    });

    it('withheld groups take no part: counted as not compared, listed in the table without limits', async () => {
      const withheld: Report = {
        ...report,
        rows: report.rows.map((row) =>
          row.period === '2019-06' && row.group['district'] === '崇明区'
            ? { ...row, value: null, numerator: null, ci: null, status: null, flag: 'suppressed' }
            : row,
        ),
      };
      const element = await chart(html`<indicator-funnel lang="en" .report=${withheld}></indicator-funnel>`);
      expect(points(element)).to.have.length(15);
      expect(text(element, 'summary')).to.contain('; 1 not compared (withheld or no data).');
      element.view = 'table';
      await element.updateComplete;
      const last = [...element.shadowRoot!.querySelectorAll('tbody tr')].at(-1)!;
      expect([...last.children].map((cell) => cell.textContent)).to.deep.equal([
        '崇明区',
        '240',
        'Too few records; withheld',
        '—',
        '—',
        '—',
        '—',
        'not compared',
      ]);
    });
  });

  describe('table view', () => {
    it('lists group, n, value, the four limits and the position in words, in size order', async () => {
      const element = await chart(html`<indicator-funnel lang="en" view="table" .report=${report}></indicator-funnel>`);
      const table = element.shadowRoot!.querySelector('table[part="table"]')!;
      expect([...table.querySelectorAll('thead th')].map((cell) => cell.textContent)).to.deep.equal([
        'Group',
        'n',
        'Value',
        '95% lower',
        '95% upper',
        '99.8% lower',
        '99.8% upper',
        'Position',
      ]);
      const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
        [...row.children].map((cell) => cell.textContent),
      );
      expect(rows).to.have.length(16);
      expect(rows.at(-1)).to.deep.equal([
        '浦东新区',
        '2,400',
        '82.5%',
        '69.6%',
        '78.9%',
        '66.9%',
        '81.6%',
        'above the 99.8% limit, better than expected',
      ]);
      expect(text(element, 'summary')).to.contain('no ranking is implied');
      const toggle = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      toggle.click();
      await element.updateComplete;
      expect(element.getAttribute('view')).to.equal('chart');
      expect(element.shadowRoot!.querySelector('svg[part="chart"]')).not.to.equal(null);
    });

    it('exportCsv() writes the table with a BOM', async () => {
      const element = await chart(html`<indicator-funnel lang="en" .report=${report}></indicator-funnel>`);
      const csv = element.exportCsv();
      expect(csv.startsWith('\uFEFFGroup,n,Value,95% lower,95% upper,99.8% lower,99.8% upper,Position\r\n')).to.equal(
        true,
      );
      expect(csv).to.contain(
        '金山区,300,50.0%,67.7%,80.8%,63.9%,84.6%,"below the 99.8% limit, worse than expected"\r\n',
      );
    });
  });

  describe('keyboard and selection', () => {
    it('one tab stop; arrows move in size order, Home and End to the ends; Enter fires lg-select as the bars do; Escape leaves', async () => {
      const element = await chart(html`<indicator-funnel lang="en" .report=${report}></indicator-funnel>`);
      expect(points(element).filter((point) => point.getAttribute('tabindex') === '0')).to.have.length(1);
      points(element)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      // 240 (崇明区), then 300 (金山区).
      expect(focused(element)!.getAttribute('aria-label')).to.match(/^金山区 /);
      await sendKeys({ press: 'End' });
      expect(focused(element)!.getAttribute('aria-label')).to.match(/^浦东新区 /);
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(element)!.getAttribute('aria-label')).to.match(/^闵行区 /);
      await sendKeys({ press: 'Home' });
      expect(focused(element)!.getAttribute('aria-label')).to.match(/^崇明区 /);
      await sendKeys({ press: 'ArrowUp' });
      const event = oneEvent(element, 'lg-select');
      await sendKeys({ press: 'Enter' });
      const { detail } = await event;
      expect(detail).to.deep.equal({
        indicator: 'street_visibility_rate',
        period: '2019-06',
        group: { district: '金山区' },
        label: '金山区',
        value: 0.5,
      });
      expect(element.getAttribute('selected')).to.equal('金山区');
      expect(focused(element)!.getAttribute('aria-pressed')).to.equal('true');
      await sendKeys({ press: 'Escape' });
      // Leaves the points for the chart as a whole: the focus stays in the widget.
      expect(focused(element)?.getAttribute('part')).to.equal('chart');
    });

    it('a click selects too; `selected` rings the point and sets aria-pressed, not by colour alone', async () => {
      const element = await chart(html`<indicator-funnel selected="黄浦区" .report=${report}></indicator-funnel>`);
      const pressed = (): string[] =>
        points(element)
          .filter((point) => point.getAttribute('aria-pressed') === 'true')
          .map((point) => point.getAttribute('aria-label')!.split(' ')[0]!);
      expect(pressed()).to.deep.equal(['黄浦区']);
      expect(element.shadowRoot!.querySelectorAll('circle.ring')).to.have.length(1);
      const event = oneEvent(element, 'lg-select');
      points(element)
        .at(-1)!
        .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect((await event).detail.group).to.deep.equal({ district: '浦东新区' });
      await element.updateComplete;
      expect(pressed()).to.deep.equal(['浦东新区']);
    });
  });

  describe('accessibility', () => {
    it('passes axe as a chart and as a table, in both languages and themes', async () => {
      for (const [lang, theme] of [
        ['zh-CN', 'light'],
        ['en', 'dark'],
      ]) {
        const element = await chart(
          html`<indicator-funnel lang=${lang} theme=${theme} selected="徐汇区" .report=${report}></indicator-funnel>`,
        );
        await expect(element).to.be.accessible();
        element.view = 'table';
        await element.updateComplete;
        await expect(element).to.be.accessible();
      }
    });
  });

  describe('parts', () => {
    sharedParts(underTest);
  });

  describe('states', () => {
    sharedStates(underTest);
  });

  describe('input failures', () => {
    inputFailures({ ...underTest, schema: 'lawgauge/report@1' });
  });

  describe('layout', () => {
    sharedLayout({ tag: underTest.tag, data: underTest.data, defaultWidth: 560 });
  });
});
