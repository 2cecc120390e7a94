import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../widgets/indicator-table/define.js';
import type { IndicatorTable } from '../widgets/indicator-table/indicator-table.js';
import { districtReport, visibilityReport } from './support/reports.js';
import { sharedParts, sharedStates, type WidgetUnderTest } from './support/shared-suites.js';

const cells = (element: IndicatorTable, column: number): string[] =>
  [...element.shadowRoot!.querySelectorAll('tbody tr')].map((row) => (row.children[column]!.textContent ?? '').replace(/\s+/g, ' ').trim());

const underTest: WidgetUnderTest = { tag: 'indicator-table', data: () => districtReport(), invalid: () => ({ schema: 'lawgauge/report@1', rows: [] }), parts: ['table', 'export'] };

describe('<indicator-table>', () => {
  describe('accessibility', () => {
    it('passes axe in both languages and themes', async () => {
      for (const [lang, theme] of [['zh-CN', 'light'], ['en', 'dark']]) {
        const element = await fixture<IndicatorTable>(html`<indicator-table lang=${lang} theme=${theme} .report=${districtReport()}></indicator-table>`);
        await expect(element).to.be.accessible();
      }
    });
  });

  describe('properties', () => {
    it('lists each group then the total, with values, statuses and changes; withheld values stay withheld', async () => {
      const element = await fixture<IndicatorTable>(html`<indicator-table .report=${districtReport()}></indicator-table>`);
      expect(cells(element, 0)).to.deep.equal(['=SUM(A1)', '崇明区', '徐汇区', '静安区', '黄浦区', '合计']);
      // The total: (40 + 3 + 35 + 9 + 45) / (50 + 4 + 50 + 12 + 50) = 132/166.
      expect(cells(element, 1)).to.deep.equal(['80.0%', '数量过少，已隐去', '70.0%', '数量过少，已隐去', '90.0%', '79.5%']);
      expect(cells(element, 2)).to.deep.equal(['● 良好', '—', '▲ 关注', '—', '● 良好', '▲ 关注']);
    });

    it('sorts by a column header, announcing the order with aria-sort', async () => {
      const element = await fixture<IndicatorTable>(html`<indicator-table .report=${districtReport()}></indicator-table>`);
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
      const element = await fixture<IndicatorTable>(html`<indicator-table .report=${districtReport()}></indicator-table>`);
      const headers = [...element.shadowRoot!.querySelectorAll('thead th')];
      const firstRow = [...element.shadowRoot!.querySelectorAll('tbody tr:first-child > *')];
      const align = (cell: Element): string => getComputedStyle(cell).textAlign;
      expect(headers.map(align)).to.deep.equal(firstRow.map(align));
      expect(headers.map(align)).to.deep.equal(['left', 'right', 'left', 'right', 'left']);
    });

    it('sorts from the keyboard: Tab to a column header, Enter and Space switch the order', async () => {
      const element = await fixture<IndicatorTable>(html`<indicator-table .report=${districtReport()}></indicator-table>`);
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
      const element = await fixture<IndicatorTable>(html`<indicator-table period="2019-03" .report=${visibilityReport()}></indicator-table>`);
      // 黄浦区 January–March: three points, so the path has one M and two L commands.
      const path = element.shadowRoot!.querySelectorAll('svg.spark path')[1]!.getAttribute('d')!;
      expect(path.match(/[ML]/g)).to.deep.equal(['M', 'L', 'L']);
    });
  });

  describe('events', () => {
    it('shows the change against the previous period and fires lg-select for a group', async () => {
      const element = await fixture<IndicatorTable>(html`<indicator-table lang="en" .report=${visibilityReport()}></indicator-table>`);
      // 徐汇区 5/8 in May and June; 黄浦区 30/40 → 36/40; total 35/48 → 41/48.
      expect(cells(element, 3)).to.deep.equal(['0.0 points', '+15.0 points', '+12.5 points']);
      const event = oneEvent(element, 'lg-select');
      element.shadowRoot!.querySelector<HTMLButtonElement>('tbody th button')!.click();
      expect((await event).detail).to.deep.equal({ indicator: 'street_visibility_rate', period: '2019-06', group: { district: '徐汇区' }, label: '徐汇区', value: 0.625 });
    });
  });

  describe('parts', () => {
    sharedParts(underTest);
  });

  describe('states', () => {
    sharedStates(underTest);
  });
});
