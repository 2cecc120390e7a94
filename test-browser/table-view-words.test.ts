import { expect } from '@open-wc/testing';
import '../widgets/indicator-bars/define.js';
import '../widgets/indicator-funnel/define.js';
import '../widgets/indicator-map/define.js';
import '../widgets/indicator-spc/define.js';
import '../widgets/indicator-table/define.js';
import '../widgets/indicator-trend/define.js';
import { funnelReport, OUTLIERS } from './support/funnel-reports.js';
import { shanghaiReport } from './support/map-data.js';
import { districtReport, visibilityReport } from './support/reports.js';
import { EVERY_RULE, seriesReport } from './support/spc-reports.js';
import { waitFor } from './support/wait-for.js';

type Widget = HTMLElement & { report: unknown; updateComplete: Promise<boolean> };

/**
 * The words of a table's cells broken across lines, as "cell: word": each run of letters and
 * digits (Chinese characters included: `黄浦区`, `分子`, `2019年第1季度`) whose glyphs lie on more
 * than one line. Breaks at spaces, hyphens and punctuation are a line's proper ends.
 */
function brokenWords(table: HTMLTableElement): string[] {
  const broken: string[] = [];
  for (const cell of table.querySelectorAll('th, td')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      for (const word of (node.textContent ?? '').matchAll(/[\p{L}\p{N}]+/gu)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (tops.size > 1) broken.push(`${(cell.textContent ?? '').trim()}: ${word[0]}`);
      }
    }
  }
  return broken;
}

// Each table view in a 320 px container: its cells' words whole (Chinese too), the table scrolling sideways instead.
for (const lang of ['zh-CN', 'en'] as const)
  describe(`table views keep words whole at 320 px (${lang})`, () => {
    for (const [tag, data] of [
      ['indicator-trend', () => visibilityReport()],
      ['indicator-bars', () => districtReport()],
      ['indicator-spc', () => seriesReport(EVERY_RULE)],
      ['indicator-funnel', () => funnelReport({ '2019-06': OUTLIERS })],
      ['indicator-map', () => shanghaiReport()],
      ['indicator-table', () => districtReport()],
    ] as const)
      it(`<${tag}>`, async () => {
        const container = document.createElement('div');
        container.style.width = '320px';
        const element = document.createElement(tag) as Widget;
        element.setAttribute('lang', lang);
        element.report = data();
        container.append(element);
        document.body.append(container);
        await element.updateComplete;
        const root = element.shadowRoot!;
        root.querySelector<HTMLButtonElement>('[part="toggle"]')?.click();
        await waitFor(() => root.querySelector('table'), 'no table view');
        await element.updateComplete;
        const table = root.querySelector('table')!;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(brokenWords(table)).to.deep.equal([]);
        // Whatever does not fit scrolls inside the widget, never past it.
        expect(element.scrollWidth, 'host scroll width').to.be.at.most(element.clientWidth);
        container.remove();
      });
  });
