import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../widgets/indicator-bars/define.js';
import type { IndicatorBars } from '../widgets/indicator-bars/indicator-bars.js';
import { districtReport, manyGroups, visibilityReport } from './support/reports.js';
import { sharedLayout } from './support/layout-suite.js';
import { inputFailures, pageErrors, sharedParts, sharedStates, type WidgetUnderTest } from './support/shared-suites.js';

const report = districtReport();
const underTest: WidgetUnderTest = {
  tag: 'indicator-bars',
  data: () => districtReport(),
  invalid: () => ({ schema: 'lawgauge/report@1', rows: [] }),
  parts: ['chart', 'summary', 'toggle'],
};
const bars = (element: IndicatorBars): SVGGElement[] => [
  ...element.shadowRoot!.querySelectorAll<SVGGElement>('g[role="button"]'),
];
const focused = (element: IndicatorBars): Element | null => element.shadowRoot!.activeElement;

async function chart(template: ReturnType<typeof html>): Promise<IndicatorBars> {
  const element = await fixture<IndicatorBars>(template);
  await element.updateComplete;
  return element;
}

describe('<indicator-bars>', () => {
  describe('properties', () => {
    it('says in words that a value rests on fewer checks than the minimum sample, inside the chart', async () => {
      // June 2019: 徐汇区 5 of 8 checks, below street_visibility_rate's minSample of 30.
      const element = await chart(
        html`<indicator-bars period="2019-06" .report=${visibilityReport()}></indicator-bars>`,
      );
      const label = (): string[] => bars(element).map((bar) => bar.getAttribute('aria-label')!);
      expect(label()).to.deep.equal(['黄浦区 90.0% 良好，2019年6月', '徐汇区 62.5%（样本小） 关注，2019年6月']);
      element.setAttribute('lang', 'en');
      await element.updateComplete;
      expect(label()[1]).to.equal('徐汇区 62.5% (small sample) Watch, Jun 2019');
      const text = [...bars(element)[1]!.querySelectorAll('text')].map((one) => one.textContent).join(' ');
      // Drawn short (a mark), worded in the note under the chart and in the bar's name.
      expect(text).to.contain('62.5%* Watch');
      expect(element.shadowRoot!.querySelector('p.note')!.textContent).to.equal('* Small sample; indicative only');
      const svg = element.shadowRoot!.querySelector('svg[part="chart"]')!;
      const right = svg.getBoundingClientRect().right;
      for (const one of svg.querySelectorAll('text'))
        expect(one.getBoundingClientRect().right).to.be.at.most(right + 0.5);
    });

    it('keeps value, small-sample mark and status inside a 300 px widget, in both languages', async () => {
      // Every value 100% on a small sample, the longest a value is drawn.
      const full = visibilityReport();
      const small = {
        ...full,
        rows: full.rows.map((row) =>
          row.value === null
            ? row
            : { ...row, value: 1, numerator: row.denominator, status: 'good' as const, flag: 'unstable' as const },
        ),
      };
      const element = await chart(
        html`<div style="width: 300px"><indicator-bars period="2019-06" .report=${small}></indicator-bars></div>`,
      );
      const bars300 = element.querySelector('indicator-bars') as IndicatorBars;
      await bars300.updateComplete;
      for (const lang of ['zh-CN', 'en'] as const) {
        bars300.setAttribute('lang', lang);
        await bars300.updateComplete;
        const svg = bars300.shadowRoot!.querySelector('svg[part="chart"]')!;
        const box = svg.getBoundingClientRect();
        expect(box.width).to.be.at.most(300);
        const status = lang === 'en' ? 'Good' : '良好';
        for (const bar of bars(bars300)) {
          const texts = [...bar.querySelectorAll('text')];
          expect(texts.at(-1)!.textContent).to.equal(`100.0%* ${status}`);
          expect(bar.getAttribute('aria-label')).to.contain(
            lang === 'en' ? '100.0% (small sample) Good' : '100.0%（样本小） 良好',
          );
          // Inside the chart, clear of its right edge (its padding).
          for (const one of texts) expect(one.getBoundingClientRect().right).to.be.at.most(box.right - 2);
        }
        expect(bars300.shadowRoot!.querySelector('p.note')!.textContent).to.equal(
          lang === 'en' ? '* Small sample; indicative only' : '* 样本较小，仅供参考',
        );
      }
    });

    it('sorts the groups best first, suppressed last, and summarises best and worst', async () => {
      const element = await chart(html`<indicator-bars .report=${report}></indicator-bars>`);
      expect(bars(element).map((bar) => bar.getAttribute('aria-label'))).to.deep.equal([
        '黄浦区 90.0% 良好，2019年3月',
        '=SUM(A1) 80.0% 良好，2019年3月',
        '徐汇区 70.0% 关注，2019年3月',
        '崇明区 数量过少，已隐去，2019年3月',
        '静安区 数量过少，已隐去，2019年3月',
      ]);
      expect(element.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.equal(
        '街面见警率，2019年3月，共 5 项。 最好：黄浦区 90.0%；最差：徐汇区 70.0%。',
      );
    });

    it('highlights the selected group with an outline and aria-pressed, not by colour alone, and follows the attribute', async () => {
      const element = await chart(html`<indicator-bars selected="徐汇区" .report=${report}></indicator-bars>`);
      const highlighted = (): (string | null)[] =>
        bars(element)
          .filter((bar) => bar.getAttribute('aria-pressed') === 'true')
          .map((bar) => bar.getAttribute('aria-label'));
      expect(highlighted()).to.deep.equal(['徐汇区 70.0% 关注，2019年3月']);
      const outline = (bar: SVGGElement): string => getComputedStyle(bar.querySelector('rect')!).strokeWidth;
      const [best, , selected] = bars(element);
      expect(outline(selected!)).to.equal('2px');
      expect(outline(best!)).not.to.equal('2px');
      element.setAttribute('selected', '黄浦区');
      await element.updateComplete;
      expect(highlighted()).to.deep.equal(['黄浦区 90.0% 良好，2019年3月']);
      element.removeAttribute('selected');
      await element.updateComplete;
      expect(highlighted()).to.deep.equal([]);
    });

    it('never shows a suppressed number, in the chart or the table', async () => {
      const element = await chart(html`<indicator-bars .report=${report}></indicator-bars>`);
      expect(element.shadowRoot!.textContent).not.to.contain('75.0%');
      (element.shadowRoot!.querySelector('[part="toggle"]') as HTMLButtonElement).click();
      await element.updateComplete;
      const table = element.shadowRoot!.querySelector('table')!;
      expect(table.textContent).to.contain('数量过少，已隐去');
      expect(table.textContent).not.to.contain('75');
    });

    it('exportCsv() writes the visible numbers with a BOM and neutralises formula-like text', async () => {
      const element = await chart(html`<indicator-bars lang="en" .report=${report}></indicator-bars>`);
      const csv = element.exportCsv();
      expect(csv.startsWith('\uFEFFPeriod,Group,Value,Numerator,Denominator,n,Status,Flag\r\n')).to.equal(true);
      expect(csv).to.contain("Mar 2019,'=SUM(A1),0.8,40,50,50,Good,\r\n");
      // Suppressed rows (崇明区 small, 静安区 hidden with it) carry no number at all.
      expect(csv).to.contain(
        'Mar 2019,崇明区,,,,,,Too few records; withheld\r\nMar 2019,静安区,,,,,,Too few records; withheld\r\n',
      );
    });
  });

  describe('large Reports', () => {
    it('130,000 groups: draws the best 20 and "others (129,980)", names best and worst of all, with nothing thrown to the page', async () => {
      const big = manyGroups(130_000);
      let element!: IndicatorBars;
      const errors = await pageErrors(async () => {
        const started = performance.now();
        element = await chart(html`<indicator-bars lang="en" .report=${big}></indicator-bars>`);
        // 100,000 rows took 12 s when every bar was drawn; the bound is loose for a slow machine.
        expect(performance.now() - started).to.be.below(3000);
      });
      expect(errors).to.deep.equal([]);
      expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      const drawn = bars(element);
      expect(drawn).to.have.length(21);
      // Values repeat every 50 districts and ties keep the Report's order: the best (49/51) is 区50, the worst (0/51) 区129951.
      expect(drawn[0]!.getAttribute('aria-label')).to.equal('区50 96.1% Good, Jan 2019');
      expect(drawn[20]!.getAttribute('aria-label')).to.equal('129,980 others · view all as a table');
      expect(element.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.equal(
        'Street police visibility, Jan 2019, 130,000 items. Best: 区50 96.1%; worst: 区129951 0.0%.',
      );
    });

    it('formats the count in the summary per language: 130,000 in both', async () => {
      const element = await chart(html`<indicator-bars .report=${manyGroups(130_000)}></indicator-bars>`);
      expect(element.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.equal(
        '街面见警率，2019年1月，共 130,000 项。 最好：区50 96.1%；最差：区129951 0.0%。',
      );
    });

    it('draws the selected group when it is not among the best, after them and before "others", and keeps it in reach of the keys', async () => {
      // 100 districts: the best three are 区50, 区100 (49/51) and 区49 (48/51); 区7 (6/51) is 87th.
      const element = await chart(
        html`<indicator-bars lang="en" top="3" selected="区7" .report=${manyGroups(100)}></indicator-bars>`,
      );
      const labels = (): (string | null)[] => bars(element).map((bar) => bar.getAttribute('aria-label'));
      expect(labels()).to.deep.equal([
        '区50 96.1% Good, Jan 2019',
        '区100 96.1% Good, Jan 2019',
        '区49 94.1% Good, Jan 2019',
        '区7 11.8% Alert, Jan 2019, rank 87 of 100',
        '96 others · view all as a table',
      ]);
      const selected = bars(element)[3]!;
      expect(selected.getAttribute('aria-pressed')).to.equal('true');
      expect(getComputedStyle(selected.querySelector('rect')!).strokeWidth).to.equal('2px');
      // Drawn below the best, a gap marked between them.
      const y = (bar: SVGGElement): number => Number(bar.querySelector('rect')!.getAttribute('y'));
      expect(y(selected) - y(bars(element)[2]!)).to.be.above(26);
      bars(element)[0]!.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(element)).to.equal(bars(element)[3]);
      // A cross-filter choosing another district outside the best draws that one instead.
      element.setAttribute('selected', '区12');
      await element.updateComplete;
      expect(labels()[3]).to.equal('区12 21.6% Alert, Jan 2019, rank 77 of 100');
      // One of the best selected: drawn where it is, nothing added.
      element.setAttribute('selected', '区49');
      await element.updateComplete;
      expect(labels()).to.have.length(4);
      expect(labels()[3]).to.equal('97 others · view all as a table');
      await expect(element).to.be.accessible();
    });

    it('top="3": three bars and "others (2)", which Enter opens as the table of all, focus on the switch back', async () => {
      const element = await chart(html`<indicator-bars top="3" .report=${report}></indicator-bars>`);
      expect(bars(element).map((bar) => bar.getAttribute('aria-label'))).to.deep.equal([
        '黄浦区 90.0% 良好，2019年3月',
        '=SUM(A1) 80.0% 良好，2019年3月',
        '徐汇区 70.0% 关注，2019年3月',
        '其余 2 项 · 以表格查看全部',
      ]);
      bars(element)[0]!.focus();
      await sendKeys({ press: 'End' });
      expect(focused(element)!.getAttribute('aria-label')).to.equal('其余 2 项 · 以表格查看全部');
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      const table = element.shadowRoot!.querySelector('table')!;
      expect(table.querySelectorAll('tbody tr')).to.have.length(5);
      expect(focused(element)).to.equal(element.shadowRoot!.querySelector('[part="toggle"]'));
      await expect(element).to.be.accessible();
    });

    it('the table view of 130,000 groups shows 100 rows at a time, each with its aria-rowindex among all, and pages through them', async () => {
      const element = await chart(html`<indicator-bars .report=${manyGroups(130_000)}></indicator-bars>`);
      (element.shadowRoot!.querySelector('[part="toggle"]') as HTMLButtonElement).click();
      await element.updateComplete;
      const table = (): HTMLTableElement => element.shadowRoot!.querySelector('table')!;
      expect(table().getAttribute('aria-rowcount')).to.equal('130001');
      const indices = (): (string | null)[] =>
        [...table().querySelectorAll('tbody tr')].map((row) => row.getAttribute('aria-rowindex'));
      expect(indices()).to.have.length(100);
      expect([indices()[0], indices().at(-1)]).to.deep.equal(['2', '101']);
      const status = element.shadowRoot!.querySelector('[part="pager"] [role="status"]')!;
      expect(status.textContent).to.equal('第 1–100 行，共 130,000 行');
      const next = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="pager"] button')].find(
        (button) => button.textContent === '下一页',
      )!;
      next.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect([indices()[0], indices().at(-1)]).to.deep.equal(['102', '201']);
      expect(status.textContent).to.equal('第 101–200 行，共 130,000 行');
      expect(focused(element)).to.equal(next);
      await expect(element).to.be.accessible();
    });
  });

  describe('period and kind', () => {
    it('names a period the Report lacks and the periods it has', async () => {
      const element = await chart(html`<indicator-bars period="2030-Q1" .report=${report}></indicator-bars>`);
      expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
        '没有2030年第1季度的数据。现有期间：2019年3月',
      );
    });
  });

  describe('events', () => {
    it('has one tab stop; arrows, Home and End move between bars; Enter fires lg-select; Escape leaves', async () => {
      const element = await chart(html`<indicator-bars lang="en" .report=${report}></indicator-bars>`);
      expect(bars(element).map((bar) => bar.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1', '-1']);
      bars(element)[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(element)!.getAttribute('aria-label')).to.contain('=SUM(A1)');
      await sendKeys({ press: 'End' });
      expect(focused(element)!.getAttribute('aria-label')).to.contain('静安区');
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      const event = oneEvent(element, 'lg-select');
      await sendKeys({ press: 'Enter' });
      const { detail } = await event;
      expect(detail).to.deep.equal({
        indicator: 'street_visibility_rate',
        period: '2019-03',
        group: { district: '徐汇区' },
        label: '徐汇区',
        value: 0.7,
      });
      expect(element.getAttribute('selected')).to.equal('徐汇区');
      await sendKeys({ press: 'Escape' });
      // Leaves the bars for the chart as a whole: the focus stays in the widget.
      expect(focused(element)?.getAttribute('part')).to.equal('chart');
    });

    it('fires lg-select on click', async () => {
      const element = await chart(html`<indicator-bars .report=${report}></indicator-bars>`);
      const event = oneEvent(element, 'lg-select');
      bars(element)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect((await event).detail.group).to.deep.equal({ district: '黄浦区' });
    });
  });

  describe('accessibility', () => {
    it('passes axe as a chart and as a table, in both languages and themes', async () => {
      for (const [lang, theme] of [
        ['zh-CN', 'light'],
        ['en', 'dark'],
      ]) {
        const element = await chart(
          html`<indicator-bars lang=${lang} theme=${theme} selected="徐汇区" .report=${report}></indicator-bars>`,
        );
        await expect(element).to.be.accessible();
        (element.shadowRoot!.querySelector('[part="toggle"]') as HTMLButtonElement).click();
        await element.updateComplete;
        await expect(element).to.be.accessible();
      }
    });

    it('passes axe when empty or failing', async () => {
      await expect(
        await chart(html`<indicator-bars period="2018-01" .report=${report}></indicator-bars>`),
      ).to.be.accessible();
      await expect(
        await chart(html`<indicator-bars><script type="application/json">[]</script></indicator-bars>`),
      ).to.be.accessible();
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
    sharedLayout({ tag: underTest.tag, data: underTest.data, defaultWidth: 480 });
  });
});
