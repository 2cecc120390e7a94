import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../widgets/indicator-table/define.js';
import type { IndicatorTable } from '../widgets/indicator-table/indicator-table.js';
import { districtReport, manyGroups } from './support/reports.js';

/** The focused element inside the table's shadow root, as its text. */
const focused = (element: IndicatorTable): string => (element.shadowRoot!.activeElement?.textContent ?? '').trim();

/** The tab stops among the rows' buttons. */
const rowStops = (element: IndicatorTable): string[] =>
  [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('tbody button')]
    .filter((button) => button.tabIndex === 0)
    .map((button) => (button.textContent ?? '').trim());

/** Tab presses from before the table until the focus leaves it, each stop's text (a row: its group). */
async function tabStops(element: IndicatorTable): Promise<string[]> {
  const before = document.createElement('button');
  before.textContent = 'before';
  element.before(before);
  const after = document.createElement('button');
  after.textContent = 'after';
  element.after(after);
  before.focus();
  const stops: string[] = [];
  for (let step = 0; step < 40; step++) {
    await sendKeys({ press: 'Tab' });
    if (document.activeElement === after) break;
    stops.push(focused(element));
  }
  before.remove();
  after.remove();
  return stops;
}

describe('<indicator-table> keyboard', () => {
  it('the rows are one tab stop; the sort buttons, pager and export keep theirs', async () => {
    const element = await fixture<IndicatorTable>(
      html`<indicator-table .report=${districtReport()}></indicator-table>`,
    );
    const rows = element.shadowRoot!.querySelectorAll('tbody tr').length;
    expect(rows).to.be.greaterThan(3);
    expect(rowStops(element)).to.have.length(1);
    const stops = await tabStops(element);
    // Three sort buttons (group, value, change), one row, the export.
    expect(stops.filter((stop) => stop === '=SUM(A1)')).to.have.length(1);
    expect(stops.length).to.be.lessThan(rows);
    await expect(element).to.be.accessible();
  });

  it('↑ ↓ Home End move between rows, the tab stop following; Enter selects', async () => {
    const element = await fixture<IndicatorTable>(
      html`<indicator-table .report=${districtReport()}></indicator-table>`,
    );
    const first = element.shadowRoot!.querySelector<HTMLButtonElement>('tbody button')!;
    first.focus();
    expect(focused(element)).to.equal('=SUM(A1)');
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(focused(element)).to.equal('崇明区');
    expect(rowStops(element)).to.deep.equal(['崇明区']);
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    expect(focused(element)).to.equal('合计');
    await sendKeys({ press: 'ArrowUp' });
    await element.updateComplete;
    expect(focused(element)).to.equal('黄浦区');
    await sendKeys({ press: 'Home' });
    await element.updateComplete;
    expect(focused(element)).to.equal('=SUM(A1)');
    await sendKeys({ press: 'ArrowUp' });
    await element.updateComplete;
    expect(focused(element)).to.equal('=SUM(A1)');
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    const selected = oneEvent(element, 'lg-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.label).to.equal('崇明区');
    await expect(element).to.be.accessible();
  });

  it('Page Down / Page Up and arrows past a page turn pages, the focus on the row moved to', async () => {
    const element = await fixture<IndicatorTable>(
      html`<indicator-table lang="en" page-size="10" .report=${manyGroups(35)}></indicator-table>`,
    );
    const status = (): string =>
      (element.shadowRoot!.querySelector('[part="pager"] [role="status"]')?.textContent ?? '').trim();
    element.shadowRoot!.querySelector<HTMLButtonElement>('tbody button')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    const second = focused(element);
    await sendKeys({ press: 'PageDown' });
    await element.updateComplete;
    await element.updateComplete;
    expect(status()).to.equal('Rows 11–20 of 36');
    expect(element.shadowRoot!.activeElement?.getAttribute('data-row')).to.equal('11');
    await sendKeys({ press: 'PageUp' });
    await element.updateComplete;
    expect(focused(element)).to.equal(second);
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    expect(status()).to.equal('Rows 31–36 of 36');
    expect(element.shadowRoot!.activeElement?.getAttribute('data-row')).to.equal('35');
    expect(rowStops(element)).to.have.length(1);
    // The pager turns the page: its first row is the tab stop.
    const first = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="pager"] button')][0]!;
    first.click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('tbody button[tabindex="0"]')?.getAttribute('data-row')).to.equal('0');
    await expect(element).to.be.accessible();
  });
});
