import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../widgets/indicator-table/define.js';
import type { IndicatorTable } from '../widgets/indicator-table/indicator-table.js';
import { districtReport, manyGroups, visibilityReport } from './support/reports.js';
import { inputFailures, pageErrors, sharedParts, sharedStates, type WidgetUnderTest } from './support/shared-suites.js';

const cells = (element: IndicatorTable, column: number): string[] =>
  [...element.shadowRoot!.querySelectorAll('tbody tr')].map((row) =>
    (row.children[column]!.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );

const underTest: WidgetUnderTest = {
  tag: 'indicator-table',
  data: () => districtReport(),
  invalid: () => ({ schema: 'lawgauge/report@1', rows: [] }),
  parts: ['table', 'export'],
};

describe('<indicator-table>', () => {
  describe('accessibility', () => {
    it('passes axe in both languages and themes', async () => {
      for (const [lang, theme] of [
        ['zh-CN', 'light'],
        ['en', 'dark'],
      ]) {
        const element = await fixture<IndicatorTable>(
          html`<indicator-table lang=${lang} theme=${theme} .report=${districtReport()}></indicator-table>`,
        );
        await expect(element).to.be.accessible();
      }
    });
  });

  describe('properties', () => {
    it('lists each group then the total, with values, statuses and changes; withheld values stay withheld', async () => {
      const element = await fixture<IndicatorTable>(
        html`<indicator-table .report=${districtReport()}></indicator-table>`,
      );
      expect(cells(element, 0)).to.deep.equal(['=SUM(A1)', '崇明区', '徐汇区', '静安区', '黄浦区', '合计']);
      // The total: (40 + 3 + 35 + 9 + 45) / (50 + 4 + 50 + 12 + 50) = 132/166.
      expect(cells(element, 1)).to.deep.equal([
        '80.0%',
        '数量过少，已隐去',
        '70.0%',
        '数量过少，已隐去',
        '90.0%',
        '79.5%',
      ]);
      expect(cells(element, 2)).to.deep.equal(['● 良好', '—', '▲ 关注', '—', '● 良好', '▲ 关注']);
    });

    it('sorts by a column header, announcing the order with aria-sort', async () => {
      const element = await fixture<IndicatorTable>(
        html`<indicator-table .report=${districtReport()}></indicator-table>`,
      );
      const header = element.shadowRoot!.querySelectorAll('thead th')[1]!;
      header.querySelector('button')!.click();
      await element.updateComplete;
      expect(header.getAttribute('aria-sort')).to.equal('descending');
      expect(cells(element, 0)).to.deep.equal(['黄浦区', '=SUM(A1)', '徐汇区', '崇明区', '静安区', '合计']);
      header.querySelector('button')!.click();
      await element.updateComplete;
      expect(header.getAttribute('aria-sort')).to.equal('ascending');
      expect(cells(element, 0).slice(0, 3)).to.deep.equal(['徐汇区', '=SUM(A1)', '黄浦区']);
    });

    it('aligns each column header like its cells: numbers right, words and sparklines left', async () => {
      const element = await fixture<IndicatorTable>(
        html`<indicator-table .report=${districtReport()}></indicator-table>`,
      );
      const headers = [...element.shadowRoot!.querySelectorAll('thead th')];
      const firstRow = [...element.shadowRoot!.querySelectorAll('tbody tr:first-child > *')];
      const align = (cell: Element): string => getComputedStyle(cell).textAlign;
      expect(headers.map(align)).to.deep.equal(firstRow.map(align));
      expect(headers.map(align)).to.deep.equal(['left', 'right', 'left', 'right', 'left']);
    });

    it('sorts from the keyboard: Tab to a column header, Enter and Space switch the order', async () => {
      const element = await fixture<IndicatorTable>(
        html`<indicator-table .report=${districtReport()}></indicator-table>`,
      );
      const header = element.shadowRoot!.querySelectorAll('thead th')[1]!;
      header.querySelector('button')!.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(header.getAttribute('aria-sort')).to.equal('descending');
      expect(cells(element, 0)[0]).to.equal('黄浦区');
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(header.getAttribute('aria-sort')).to.equal('ascending');
      expect(cells(element, 0)[0]).to.equal('徐汇区');
    });

    it('draws each sparkline up to the period shown, not beyond', async () => {
      const element = await fixture<IndicatorTable>(
        html`<indicator-table period="2019-03" .report=${visibilityReport()}></indicator-table>`,
      );
      // 黄浦区 January–March: three points, so the path has one M and two L commands.
      const path = element.shadowRoot!.querySelectorAll('svg.spark path')[1]!.getAttribute('d')!;
      expect(path.match(/[ML]/g)).to.deep.equal(['M', 'L', 'L']);
    });
  });

  describe('large Reports', () => {
    /** Long tasks (> 50 ms) the browser reports while `run` runs. */
    async function longTasks(run: () => Promise<void>): Promise<number[]> {
      const seen: number[] = [];
      const observer = new PerformanceObserver((list) =>
        list.getEntries().forEach((entry) => seen.push(Math.round(entry.duration))),
      );
      observer.observe({ type: 'longtask' });
      await run();
      // Entries arrive after the task that caused them.
      await new Promise((resolve) => setTimeout(resolve, 100));
      observer.disconnect();
      return seen;
    }
    const pagerButton = (element: IndicatorTable, text: string): HTMLButtonElement =>
      [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="pager"] button')].find(
        (button) => button.textContent === text,
      )!;

    it('200,000 rows: draws one page of 100 at once, aria-rowcount counting all, and turns pages with no long task', async () => {
      const big = manyGroups(199_999);
      let element!: IndicatorTable;
      const errors = await pageErrors(async () => {
        const started = performance.now();
        element = await fixture<IndicatorTable>(html`<indicator-table lang="en" .report=${big}></indicator-table>`);
        // 50,000 rows took 36 s and 200,000 hung before; npm run bench:render times it for real.
        expect(performance.now() - started).to.be.below(2000);
      });
      expect(errors).to.deep.equal([]);
      const table = element.shadowRoot!.querySelector('table')!;
      expect(table.getAttribute('aria-rowcount')).to.equal('200001');
      const rows = (): HTMLTableRowElement[] => [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
      expect(rows()).to.have.length(100);
      expect(
        rows()
          .map((row) => row.getAttribute('aria-rowindex'))
          .slice(0, 2),
      ).to.deep.equal(['2', '3']);
      // The first render's layout and the garbage of building 200,000 rows are no page turn.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const tasks = await longTasks(async () => {
        // Each turn in a task of its own, as clicks come.
        const turn = async (button: string): Promise<void> => {
          await new Promise((resolve) => setTimeout(resolve, 0));
          pagerButton(element, button).click();
          await element.updateComplete;
        };
        for (let count = 0; count < 5; count++) await turn('Next');
        await turn('Last');
      });
      expect(tasks).to.deep.equal([]);
      // The last page, the 2,000th: rows 199,901 to 200,000, the total last.
      expect(
        rows()
          .map((row) => row.getAttribute('aria-rowindex'))
          .filter((_, index) => index === 0 || index === 99),
      ).to.deep.equal(['199902', '200001']);
      expect(cells(element, 0).at(-1)).to.equal('Total');
      expect(element.shadowRoot!.querySelector('[part="pager"] [role="status"]')!.textContent).to.equal(
        'Rows 199,901–200,000 of 200,000',
      );
    });

    it('pages from the keyboard, the focus staying on the button; sorting starts again at the first page', async () => {
      const element = await fixture<IndicatorTable>(
        html`<indicator-table page-size="2" .report=${districtReport()}></indicator-table>`,
      );
      expect(cells(element, 0)).to.deep.equal(['=SUM(A1)', '崇明区']);
      const next = pagerButton(element, '下一页');
      next.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(cells(element, 0)).to.deep.equal(['徐汇区', '静安区']);
      expect(element.shadowRoot!.activeElement).to.equal(next);
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(cells(element, 0)).to.deep.equal(['黄浦区', '合计']);
      expect(next.getAttribute('aria-disabled')).to.equal('true');
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(cells(element, 0)).to.deep.equal(['黄浦区', '合计']);
      await expect(element).to.be.accessible();
      element.shadowRoot!.querySelectorAll('thead th')[1]!.querySelector('button')!.click();
      await element.updateComplete;
      expect(cells(element, 0)).to.deep.equal(['黄浦区', '=SUM(A1)']);
    });

    it('names a period the Report lacks and lists, bounded, the periods it has', async () => {
      const element = await fixture<IndicatorTable>(
        html`<indicator-table lang="en" period="2030-Q1" .report=${manyGroups(3, 12)}></indicator-table>`,
      );
      expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
        'No data for Q1 2030. Periods: Jan 2019, Feb 2019, Mar 2019, Apr 2019 … Sep 2019, Oct 2019, Nov 2019, Dec 2019 (12 in all)',
      );
    });
  });

  describe('events', () => {
    it('shows the change against the previous period and fires lg-select for a group', async () => {
      const element = await fixture<IndicatorTable>(
        html`<indicator-table lang="en" .report=${visibilityReport()}></indicator-table>`,
      );
      // 徐汇区 5/8 in May and June; 黄浦区 30/40 → 36/40; total 35/48 → 41/48.
      expect(cells(element, 3)).to.deep.equal(['0.0 points', '+15.0 points', '+12.5 points']);
      const event = oneEvent(element, 'lg-select');
      element.shadowRoot!.querySelector<HTMLButtonElement>('tbody th button')!.click();
      expect((await event).detail).to.deep.equal({
        indicator: 'street_visibility_rate',
        period: '2019-06',
        group: { district: '徐汇区' },
        label: '徐汇区',
        value: 0.625,
      });
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
});
