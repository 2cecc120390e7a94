import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../widgets/indicator-spc/define.js';
import type { IndicatorSpc } from '../widgets/indicator-spc/indicator-spc.js';
import { visibilityReport } from './support/reports.js';
import { sharedLayout } from './support/layout-suite.js';
import { sharedParts, sharedStates, type WidgetUnderTest } from './support/shared-suites.js';
import { EVERY_RULE, REFORM, SLOWER, STEADY, seriesReport } from './support/spc-reports.js';

const shadow = (element: IndicatorSpc): ShadowRoot => element.shadowRoot!;
const text = (element: IndicatorSpc, selector: string): string =>
  shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const summaryOf = (element: IndicatorSpc): string => text(element, '[part="summary"]');
const tooltipOf = (element: IndicatorSpc): string => text(element, '[part="tooltip"]');
const count = (element: IndicatorSpc, selector: string): number => shadow(element).querySelectorAll(selector).length;

async function spcChart(template: ReturnType<typeof html>): Promise<IndicatorSpc> {
  const element = await fixture<IndicatorSpc>(template);
  await element.updateComplete;
  return element;
}

async function press(element: IndicatorSpc, key: string): Promise<void> {
  await sendKeys({ press: key });
  await element.updateComplete;
}

async function focusPlot(element: IndicatorSpc): Promise<void> {
  shadow(element).querySelector<SVGGElement>('g[role="button"]')!.focus();
  await element.updateComplete;
}

/** The table view's cells, row by row (period first). */
function tableCells(element: IndicatorSpc): string[][] {
  return [...shadow(element).querySelectorAll('tbody tr')].map((row) =>
    [...row.children].map((cell) => cell.textContent!.trim()),
  );
}

const underTest: WidgetUnderTest = {
  tag: 'indicator-spc',
  data: () => seriesReport(EVERY_RULE),
  invalid: () => ({ schema: 'lawgauge/report@1', rows: [] }),
  parts: ['chart', 'summary', 'icons', 'legend', 'toggle'],
};

describe('<indicator-spc>', () => {
  describe('accessibility', () => {
    it('passes axe as a chart, with focus, and as a table, in both languages and themes', async () => {
      for (const [lang, theme] of [
        ['zh-CN', 'light'],
        ['en', 'dark'],
      ]) {
        const element = await spcChart(
          html`<indicator-spc lang=${lang} theme=${theme} baseline="8" .report=${seriesReport(SLOWER, { polarity: 'lower-better', target: 10 })}></indicator-spc>`,
        );
        await expect(element).to.be.accessible();
        await focusPlot(element);
        await expect(element).to.be.accessible();
        shadow(element).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
        await element.updateComplete;
        expect(element.view).to.equal('table');
        await expect(element).to.be.accessible();
      }
    });
  });

  describe('rules', () => {
    it('marks each point of a hand-made series by the rule it breaks, shaped by its variation', async () => {
      const element = await spcChart(
        html`<indicator-spc lang="en" baseline="12" .report=${seriesReport(EVERY_RULE)}></indicator-spc>`,
      );
      // outside (1) and shift (7) are improvements, two-of-three (2) and trend (7) concerns: discs and squares.
      expect(count(element, '[part="chart"] circle.pt.improvement')).to.equal(8);
      expect(count(element, '[part="chart"] rect.pt.concern')).to.equal(9);
      expect(count(element, '[part="chart"] circle.pt.common')).to.equal(EVERY_RULE.length - 17);
      // Each process limit, two-sigma line and the centre: one line each in one phase.
      expect(count(element, '[part="chart"] path.limit')).to.equal(2);
      expect(count(element, '[part="chart"] path.two-sigma')).to.equal(2);
      expect(count(element, '[part="chart"] path.centre')).to.equal(1);
      element.view = 'table';
      await element.updateComplete;
      const rows = tableCells(element);
      expect(rows).to.have.length(EVERY_RULE.length);
      const byPeriod = new Map(rows.map((cells) => [cells[0], cells]));
      expect(byPeriod.get('Jan 2018')).to.deep.equal([
        'Jan 2018',
        '10.0',
        '11.5',
        '6.4',
        '16.6',
        'none',
        'Common-cause variation',
      ]);
      expect(byPeriod.get('Jan 2019')!.slice(5)).to.deep.equal([
        'outside the process limits',
        'Special-cause improvement (high)',
      ]);
      for (const period of ['Jun 2019', 'Aug 2019'])
        expect(byPeriod.get(period)!.slice(5), period).to.deep.equal([
          '2 of 3 beyond a two-sigma line',
          'Special-cause concern (low)',
        ]);
      expect(byPeriod.get('Jul 2019')![5], 'between the two beyond the line').to.equal('none');
      for (const period of ['Oct 2019', 'Jan 2020', 'Apr 2020'])
        expect(byPeriod.get(period)![5], period).to.equal('7 or more on one side of the centre');
      expect(byPeriod.get('Sep 2019')![5], 'before the shift').to.equal('none');
      expect(byPeriod.get('May 2020')![5], 'after the shift').to.equal('none');
      for (const period of ['Jun 2020', 'Sep 2020', 'Dec 2020'])
        expect(byPeriod.get(period)!.slice(5), period).to.deep.equal([
          '7 or more rising or falling',
          'Special-cause concern (low)',
        ]);
      expect(byPeriod.get('Feb 2019')![5], 'on the centre line').to.equal('none');
    });

    it('draws each phase with its own centre and limits, a break line and its label', async () => {
      const element = await spcChart(
        html`<indicator-spc lang="en" chart="pprime" baseline="12" phases="2019-01" .report=${seriesReport([...REFORM], { measure: 'rate' })}></indicator-spc>`,
      );
      expect(count(element, '[part="chart"] path.centre')).to.equal(2);
      expect(count(element, '[part="chart"] path.limit')).to.equal(4);
      expect(count(element, 'line.phase')).to.equal(1);
      expect(text(element, 'text.phase-label')).to.equal('From Jan 2019');
      const [before, after] = [...shadow(element).querySelectorAll('[part="chart"] path.centre')].map((path) =>
        path.getBoundingClientRect(),
      );
      const phase = shadow(element).querySelector('line.phase')!.getBoundingClientRect();
      expect(before!.right, 'first centre ends before the break').to.be.below(phase.left);
      expect(after!.left, 'second centre starts after the break').to.be.above(phase.right);
      expect(after!.top, 'the second centre is higher').to.be.below(before!.top);
    });

    it("names a p' chart with an upright tick, not U+2032, which common fonts draw as an acute (p´), in both languages", async () => {
      for (const [lang, name] of [
        ['en', "p' chart (Laney)"],
        ['zh-CN', "p' 控制图（Laney）"],
      ]) {
        const element = await spcChart(
          html`<indicator-spc lang=${lang} chart="pprime" .report=${seriesReport([...REFORM], { measure: 'rate' })}></indicator-spc>`,
        );
        expect(text(element, '.chart-kind'), lang).to.equal(name);
        expect(shadow(element).textContent, lang).not.to.match(/[\u00b4\u2032]/);
      }
    });

    it('shows a suppressed month as a gap, named in the announcement and the table', async () => {
      const element = await spcChart(
        html`<indicator-spc chart="pprime" phases="2019-01" .report=${seriesReport([...REFORM], { measure: 'rate' })}></indicator-spc>`,
      );
      expect(count(element, 'rect.no-data')).to.equal(1);
      await focusPlot(element);
      await press(element, 'Home');
      for (let step = 0; step < 16; step++) await press(element, 'ArrowRight');
      expect(tooltipOf(element)).to.equal('2019年5月：数量过少，已隐去');
      element.view = 'table';
      await element.updateComplete;
      expect(tableCells(element)[16]).to.deep.equal(['2019年5月', '数量过少，已隐去', '—', '—', '—', '—', '—']);
    });
  });

  describe('bounds', () => {
    it("draws, tables and announces a rate's XmR limits clipped to 100%", async () => {
      // 90, 100, 80, 100, 90, 100%: centre 93.3%, mR̄ 14 points, upper 93.3 + 2.66 × 14 = 130.6% → 100%.
      const element = await spcChart(
        html`<indicator-spc lang="en" .report=${seriesReport([0.9, 1, 0.8, 1, 0.9, 1], { measure: 'rate' })}></indicator-spc>`,
      );
      await focusPlot(element);
      expect(tooltipOf(element)).to.equal(
        'Jun 2018: 100.0% (centre 93.3%, limits 56.1% to 100.0%); Common-cause variation',
      );
      expect(summaryOf(element)).to.equal(
        'No signal: common-cause variation only; baseline of 6 points: limits are provisional.',
      );
      element.view = 'table';
      await element.updateComplete;
      const cells = tableCells(element);
      expect(cells[0]).to.deep.equal([
        'Jan 2018',
        '90.0%',
        '93.3%',
        '56.1%',
        '100.0%',
        'none',
        'Common-cause variation',
      ]);
      expect(cells.map((row) => row[4])).to.deep.equal(Array(6).fill('100.0%'));
    });
  });

  describe('summary', () => {
    it('says what changed and whether it is a signal, in both languages', async () => {
      const cases: [ReturnType<typeof html>, string, string][] = [
        [
          html`<indicator-spc baseline="12" .report=${seriesReport(EVERY_RULE)}></indicator-spc>`,
          '2020年6月至2020年12月连续7个月下降：需关注。',
          '7 months falling from Jun 2020 to Dec 2020: concern.',
        ],
        [
          html`<indicator-spc chart="pprime" .report=${seriesReport(STEADY, { measure: 'rate' })}></indicator-spc>`,
          '无信号：仅有常见原因变异。',
          'No signal: common-cause variation only.',
        ],
        [
          html`<indicator-spc chart="pprime" baseline="12" phases="2019-01" .report=${seriesReport([...REFORM], { measure: 'rate' })}></indicator-spc>`,
          '自2020年2月起连续7个月高于中心线：改善；2019年1月起重新计算控制限，中心线 74.6%。',
          '7 months above the centre line since Feb 2020: improvement; limits set again from Jan 2019, centre 74.6%.',
        ],
        [
          html`<indicator-spc baseline="8" .report=${seriesReport(SLOWER, { polarity: 'lower-better', target: 10 })}></indicator-spc>`,
          '自2018年7月起连续10个月高于中心线：需关注；目标 10.0：无法稳定达到；基线仅 8 个点：控制限为暂定。',
          '10 months above the centre line since Jul 2018: concern; target 10.0: will not reliably be met; baseline of 8 points: limits are provisional.',
        ],
      ];
      for (const [template, zh, en] of cases) {
        const element = await spcChart(template);
        expect(summaryOf(element)).to.equal(zh);
        element.setAttribute('lang', 'en');
        await element.updateComplete;
        expect(summaryOf(element)).to.equal(en);
      }
    });

    it('words a lone signal point by its period', async () => {
      const element = await spcChart(
        html`<indicator-spc lang="en" baseline="12" .report=${seriesReport([...EVERY_RULE.slice(0, 12), 18, 11])}></indicator-spc>`,
      );
      expect(summaryOf(element)).to.equal('Above the upper process limit in Jan 2019: improvement.');
    });

    it('shows the variation and assurance icons as shapes with letters and words', async () => {
      const element = await spcChart(
        html`<indicator-spc lang="en" baseline="8" target="11" .report=${seriesReport(SLOWER, { polarity: 'lower-better' })}></indicator-spc>`,
      );
      const items = [...shadow(element).querySelectorAll('[part="icons"] li')];
      expect(items.map((item) => item.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'HLatest (Apr 2019): Special-cause concern (high)',
        '?target 11.0: will be met some of the time (hit and miss)',
      ]);
      expect(items[0]!.querySelector('svg circle.disc.concern')).not.to.equal(null);
      expect(items[1]!.querySelector('svg rect.disc.inconsistent')).not.to.equal(null);
      for (const svg of shadow(element).querySelectorAll('[part="icons"] svg'))
        expect(svg.getAttribute('aria-hidden')).to.equal('true');
    });
  });

  describe('small samples', () => {
    /** STEADY as a rate with a minimum sample of 30, its last three months on 12, 8 and 5 checks. */
    function smallReport(): ReturnType<typeof seriesReport> {
      const report = seriesReport(STEADY, { measure: 'rate' });
      const rows = report.rows.map((row, index) =>
        index < STEADY.length - 3
          ? row
          : { ...row, n: [12, 8, 5][index - STEADY.length + 3]!, flag: 'unstable' as const },
      );
      return { ...report, indicator: { ...report.indicator, minSample: 30 }, rows };
    }

    it('marks each point on a small sample, words the mark, counts them in the summary, announces and tables them', async () => {
      const element = await spcChart(html`<indicator-spc .report=${smallReport()}></indicator-spc>`);
      // A visible mark above each such point (a shape, not colour alone), worded in the legend.
      expect(
        [...shadow(element).querySelectorAll('svg[part="chart"] text.unstable')].map((mark) => mark.textContent),
      ).to.deep.equal(['*', '*', '*']);
      const legend = [...shadow(element).querySelectorAll('[part="legend"] li')].map((item) =>
        item.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(legend.at(-1)).to.equal('*样本较小，仅供参考');
      expect(summaryOf(element)).to.equal('无信号：仅有常见原因变异；18 个值中有 3 个样本小（不足 30 例），仅供参考。');
      await focusPlot(element);
      expect(tooltipOf(element)).to.match(/^2019年6月：70\.0%（样本小）（中心线/);
      const plot = shadow(element).querySelector('g[role="button"]')!;
      expect(plot.getAttribute('aria-label')).to.contain('70.0%（样本小）');
      element.setAttribute('lang', 'en');
      await element.updateComplete;
      expect(summaryOf(element)).to.equal(
        'No signal: common-cause variation only; 3 of 18 values rest on a small sample (fewer than 30 cases): indicative only.',
      );
      expect(tooltipOf(element)).to.match(/^Jun 2019: 70\.0% \(small sample\) /);
      expect(
        shadow(element).querySelector('[part="legend"] li:last-child')!.textContent!.replace(/\s+/g, ' ').trim(),
      ).to.equal('*Small sample; indicative only');
      element.view = 'table';
      await element.updateComplete;
      expect(
        tableCells(element)
          .map((row) => row[1])
          .slice(-4),
      ).to.deep.equal(['69.0%', '70.0% (small sample)', '73.0% (small sample)', '70.0% (small sample)']);
    });

    it('keeps the mark of a point at the top of the plot (100%) inside the plot, below the point', async () => {
      const report = seriesReport([1, 1, 0.9, 1, 0.8, 1], { measure: 'rate' });
      const small = { ...report, rows: report.rows.map((row) => ({ ...row, flag: 'unstable' as const })) };
      const element = await spcChart(html`<indicator-spc .report=${small}></indicator-spc>`);
      const plot = shadow(element).querySelector('rect[fill="transparent"]')!.getBoundingClientRect();
      const marks = [...shadow(element).querySelectorAll('text.unstable')];
      expect(marks.length).to.equal(6);
      for (const mark of marks) expect(mark.getBoundingClientRect().top).to.be.at.least(plot.top);
    });

    it('shows no mark, legend line or count when no point rests on a small sample', async () => {
      const element = await spcChart(
        html`<indicator-spc .report=${seriesReport(STEADY, { measure: 'rate' })}></indicator-spc>`,
      );
      expect(count(element, 'text.unstable')).to.equal(0);
      expect(summaryOf(element)).not.to.contain('样本小');
      expect(text(element, '[part="legend"]')).not.to.contain('样本较小');
    });
  });

  describe('keyboard', () => {
    it('moves between periods, announcing each with its lines and rules, and fires lg-select on Enter', async () => {
      const element = await spcChart(
        html`<indicator-spc lang="en" baseline="12" .report=${seriesReport(EVERY_RULE)}></indicator-spc>`,
      );
      await focusPlot(element);
      expect(tooltipOf(element)).to.equal('Jan 2021: 11.7 (centre 11.5, limits 6.4 to 16.6); Common-cause variation');
      expect(shadow(element).querySelector('circle.focus')).not.to.equal(null);
      await press(element, 'Home');
      expect(tooltipOf(element)).to.match(/^Jan 2018: 10\.0 /);
      for (let step = 0; step < 12; step++) await press(element, 'ArrowRight');
      expect(tooltipOf(element)).to.equal(
        'Jan 2019: 18.0 (centre 11.5, limits 6.4 to 16.6); outside the process limits · Special-cause improvement (high)',
      );
      expect(shadow(element).querySelector('g[role="button"]')!.getAttribute('aria-label')).to.equal(
        tooltipOf(element),
      );
      const event = oneEvent(element, 'lg-select');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail).to.deep.include({ indicator: 'patrol_minutes', period: '2019-01', value: 18 });
      await press(element, 'End');
      expect(tooltipOf(element)).to.match(/^Jan 2021/);
      await press(element, 'Escape');
      expect(tooltipOf(element)).to.equal('');
    });
  });

  describe('options', () => {
    it('charts a group of a grouped Report, the total by default, and says when the group has no rows', async () => {
      const report = visibilityReport();
      const total = await spcChart(html`<indicator-spc chart="pprime" .report=${report}></indicator-spc>`);
      const huangpu = await spcChart(
        html`<indicator-spc chart="pprime" group="黄浦区" .report=${report}></indicator-spc>`,
      );
      const last = (element: IndicatorSpc): string => {
        element.view = 'table';
        return '';
      };
      last(total);
      last(huangpu);
      await Promise.all([total.updateComplete, huangpu.updateComplete]);
      expect(tableCells(total).at(-1)![1]).to.equal('85.4%');
      expect(tableCells(huangpu).at(-1)![1]).to.equal('90.0%');
      const none = await spcChart(html`<indicator-spc lang="en" group="不存在区" .report=${report}></indicator-spc>`);
      expect(text(none, '[role="status"]')).to.equal('The Report has no rows for "不存在区"');
    });

    it('refuses options spc() refuses with an alert naming the attribute, in the widget language, and fires lg-error once', async () => {
      const cases: [ReturnType<typeof html>, RegExp][] = [
        [
          html`<indicator-spc lang="en" chart="pprime" .report=${seriesReport(SLOWER)}></indicator-spc>`,
          /^chart: a p′ chart needs a rate .* indicator "patrol_minutes" has measure "mean"; use xmr$/,
        ],
        [
          html`<indicator-spc lang="en" phases="2019-13" .report=${seriesReport(SLOWER)}></indicator-spc>`,
          /^phases: the Report has no period "2019-13"; it has 2018-01, 2018-02, 2018-03, …, 2019-03, 2019-04$/,
        ],
        [
          html`<indicator-spc lang="en" baseline="1" .report=${seriesReport(SLOWER)}></indicator-spc>`,
          /^baseline: expected a whole number of values ≥ 2, got 1$/,
        ],
        [
          html`<indicator-spc lang="en" chart="pie" .report=${seriesReport(SLOWER)}></indicator-spc>`,
          /^chart: expected xmr or pprime, got "pie"$/,
        ],
      ];
      for (const [template, detail] of cases) {
        const errors: string[] = [];
        const listen = (event: Event): void => {
          const { code, message } = (event as CustomEvent<{ code: string; message: string }>).detail;
          errors.push(`${code} ${message}`);
        };
        document.addEventListener('lg-error', listen);
        const element = await spcChart(template);
        const alert = shadow(element).querySelector('[role="alert"]')!;
        expect(alert.querySelector('strong')!.textContent).to.equal('The widget’s settings are not valid');
        expect(alert.querySelector('small')!.textContent).to.match(detail);
        element.requestUpdate();
        await element.updateComplete;
        expect(errors).to.have.length(1);
        expect(errors[0]).to.match(/^invalid_options The widget’s settings are not valid: /);
        await expect(element).to.be.accessible();
        document.removeEventListener('lg-error', listen);
      }
      const zh = await spcChart(html`<indicator-spc chart="pprime" .report=${seriesReport(SLOWER)}></indicator-spc>`);
      expect(text(zh, '[role="alert"] small')).to.equal(
        'chart：p′ 控制图只适用于比率指标（rate 或 complement），指标“patrol_minutes”的度量为“mean”；请改用 xmr',
      );
      // Mended options draw the chart.
      zh.chart = 'xmr';
      await zh.updateComplete;
      expect(shadow(zh).querySelector('[role="alert"]')).to.equal(null);
      expect(shadow(zh).querySelector('[part="chart"]')).not.to.equal(null);
    });
  });

  describe('parts', () => {
    sharedParts(underTest);
  });

  describe('states', () => {
    sharedStates(underTest);
  });

  describe('layout', () => {
    sharedLayout({ tag: underTest.tag, data: underTest.data, defaultWidth: 560 });
  });
});
