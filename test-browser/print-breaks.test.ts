import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../widgets/indicator-card/define.js';
import '../widgets/indicator-table/define.js';
import '../widgets/lawgauge-dashboard/define.js';
import type { LawgaugeDashboard } from '../widgets/lawgauge-dashboard/lawgauge-dashboard.js';
import { districtReport, visibilityReport } from './support/reports.js';
import { waitFor } from './support/wait-for.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * Pages stood in for by columns: a multi-column box of fixed height fragments its content as
 * printing does (the same break rules, `break-inside` included), `gap` pixels below a spacer.
 */
function pages(height: number, spacer: number): { box: HTMLElement; content: HTMLElement } {
  const box = document.createElement('div');
  Object.assign(box.style, {
    columns: '3',
    columnGap: '0',
    columnFill: 'auto',
    height: `${height}px`,
    width: '1200px',
  });
  const filler = document.createElement('div');
  filler.style.height = `${spacer}px`;
  const content = document.createElement('div');
  box.append(filler, content);
  document.body.append(box);
  return { box, content };
}

describe('printing', () => {
  beforeEach(() => executeServerCommand('emulate-media-features', { media: 'print', features: [] }));
  afterEach(() => executeServerCommand('emulate-media-features', []));

  it('a widget is not split across pages when it fits on one', async () => {
    expect(matchMedia('print').matches, 'emulation').to.equal(true);
    for (const make of [
      () => Object.assign(document.createElement('indicator-card'), { report: visibilityReport() }),
      () => Object.assign(document.createElement('indicator-table'), { report: districtReport() }),
    ]) {
      const element = make() as Widget;
      const { box, content } = pages(600, 450);
      content.append(element);
      await element.updateComplete;
      // Its top would fall on the first page and its end on the second: it moves to the second whole.
      expect(element.getClientRects().length, `${element.localName} in pieces`).to.equal(1);
      expect(element.getBoundingClientRect().height, `${element.localName} fits a page`).to.be.within(160, 590);
      expect(element.getBoundingClientRect().left, element.localName).to.be.at.least(400);
      box.remove();
    }
  });

  it("a dashboard runs over pages, each panel whole, a section's heading kept with its panels", async () => {
    const element = await fixture<LawgaugeDashboard>(
      html`<lawgauge-dashboard
        .report=${{
          title: { 'zh-CN': '平安上海', en: 'Safe Shanghai' },
          sections: [
            {
              id: 'police',
              title: { 'zh-CN': '见警率', en: 'Police presence' },
              panels: [{ widget: 'indicator-card', src: '/examples/html/reports/street-visibility-monthly.json' }],
            },
          ],
        }}
      ></lawgauge-dashboard>`,
    );
    const root = element.shadowRoot!;
    await waitFor(() => root.querySelector('indicator-card')?.shadowRoot?.querySelector('[part="value"]'), 'no card');
    expect(getComputedStyle(element).breakInside).to.equal('auto');
    expect(getComputedStyle(root.querySelector('.panel')!).breakInside).to.equal('avoid');
    expect(getComputedStyle(root.querySelector('section h2')!).breakAfter).to.equal('avoid');
    expect(getComputedStyle(root.querySelector('indicator-card')!).breakInside).to.equal('avoid');
  });
});
