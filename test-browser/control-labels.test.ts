// A new user's trial found "以表格查看" broken after 查 in a narrow dashboard panel: CJK text may
// break between any two characters, so a flex item's button shrank to the width of one. Every
// widget's controls (the chart / table switch, the CSV button, the pager, the view tabs, the
// download menu, the table's sort and row headers, the dashboard's "clear filter") keep their labels on one line in panels 240–320 px wide, in both languages and
// themes, and stay inside the panel: the controls wrap below the title as whole items instead.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { progress } from '../src/index.js';
import '../widgets/define.js';
import { ALL_WITHIN, funnelReport, OUTLIERS } from './support/funnel-reports.js';
import { shanghaiReport } from './support/map-data.js';
import programme from './support/programme.json' with { type: 'json' };
import { districtReport, manyGroups, visibilityReport } from './support/reports.js';
import { EVERY_RULE, seriesReport } from './support/spc-reports.js';
import { waitFor } from './support/wait-for.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Controls whose labels may wrap between words but never inside one: a table's sort and row headers. */
const HEADERS = 'th button';
/** The controls whose labels stay on one line, once the download menu is open. */
const CONTROLS = [
  '.toolbar button',
  '.pager button',
  '[part="export"]',
  '[part="back"]',
  '[part="toggle"]',
  '[part="export-list"] button',
  '.filter button',
].join(', ');

interface Case {
  readonly name: string;
  readonly template: () => TemplateResult;
  /** Clicked once drawn, for a second look (the table view and its controls). */
  readonly then?: string;
  /** Shown once the widget has drawn its controls. */
  readonly drawn?: string;
}

const CASES: readonly Case[] = [
  {
    name: 'trend',
    template: () => html`<indicator-trend .report=${visibilityReport()}></indicator-trend>`,
    then: '[part="toggle"]',
  },
  {
    name: 'bars',
    template: () => html`<indicator-bars .report=${districtReport()}></indicator-bars>`,
    then: '[part="toggle"]',
  },
  {
    name: 'map',
    template: () => html`<indicator-map .report=${shanghaiReport()}></indicator-map>`,
    then: '[part="toggle"]',
  },
  {
    name: 'funnel',
    template: () =>
      html`<indicator-funnel .report=${funnelReport({ '2019-05': ALL_WITHIN, '2019-06': OUTLIERS })}></indicator-funnel>`,
    then: '[part="toggle"]',
  },
  {
    name: 'spc',
    template: () => html`<indicator-spc baseline="12" .report=${seriesReport(EVERY_RULE)}></indicator-spc>`,
    then: '[part="toggle"]',
  },
  {
    name: 'table',
    template: () => html`<indicator-table page-size="8" .report=${manyGroups(40, 2)}></indicator-table>`,
  },
  {
    name: 'reform',
    template: () =>
      html`<reform-progress view="tasks" .report=${progress(programme, { asOf: '2019-07-15' })}></reform-progress>`,
  },
  {
    // Filtered by a shared link (`#district=…`): "filtered by 黄浦区" and the button that clears it.
    name: 'dashboard',
    template: () => {
      history.replaceState(null, '', `${location.pathname}${location.search}#district=${encodeURIComponent('黄浦区')}`);
      return html`<lawgauge-dashboard
        .report=${{
          title: { 'zh-CN': '平安上海', en: 'Safe Shanghai' },
          filter: 'district',
          sections: [
            {
              id: 's',
              title: { 'zh-CN': '见警率', en: 'Police presence' },
              panels: [{ widget: 'indicator-card', src: '/examples/html/reports/street-visibility-monthly.json' }],
            },
          ],
        }}
      ></lawgauge-dashboard>`;
    },
    drawn: '.filter button',
  },
];

/** How many lines `element`'s text is laid out on: the distinct tops of its line boxes. */
function lines(element: Element): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  const tops = new Set(
    [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)),
  );
  return tops.size;
}

/** The words of `element`'s text broken across lines: two characters of a word (no space between) on different lines. */
function brokenWords(element: Element): string[] {
  const characters: { text: string; top: number | undefined }[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
    for (let index = 0; index < node.textContent!.length; index++) {
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      characters.push({ text: node.textContent![index]!, top: range.getClientRects()[0]?.top });
    }
  const broken: string[] = [];
  characters.forEach((character, index) => {
    const before = characters[index - 1];
    if (before === undefined || /\s/.test(before.text + character.text)) return;
    if (before.top !== undefined && character.top !== undefined && Math.abs(before.top - character.top) > 1)
      broken.push(`${before.text}|${character.text}`);
  });
  return broken;
}

/** Every control's label on one line (a header's words whole), unclipped, and the controls and tables inside the widget's box. */
function checkControls(widget: Widget, where: string): number {
  const root = widget.shadowRoot!;
  root.querySelector('details')?.setAttribute('open', '');
  const box = widget.getBoundingClientRect();
  const controls = [...root.querySelectorAll<HTMLElement>(CONTROLS)].filter((control) => control.offsetParent !== null);
  for (const control of controls) {
    const label = `${where}: "${control.textContent!.trim()}"`;
    expect(lines(control), `${label} is on ${lines(control)} lines`).to.equal(1);
    expect(control.scrollWidth, `${label} is clipped`).to.be.at.most(control.clientWidth);
    const rect = control.getBoundingClientRect();
    expect(rect.left, `${label} starts outside the widget`).to.be.at.least(box.left);
    expect(rect.right, `${label} ends outside the widget`).to.be.at.most(box.right + 0.5);
  }
  root.querySelector('details')?.removeAttribute('open');
  const headers = [...root.querySelectorAll(HEADERS)];
  for (const header of headers)
    expect(brokenWords(header), `${where}: "${header.textContent!.trim()}" broken inside a word`).to.deep.equal([]);
  // <indicator-table> in Chinese fits, its words kept whole. Not yet: in English it is 273 px wide at
  // 240 (as before), and a chart's table view (data-table.ts) is wider than 240 px in both languages.
  if (widget.localName === 'indicator-table' && where.includes('zh-CN'))
    for (const table of root.querySelectorAll('table'))
      expect(table.getBoundingClientRect().right, `${where}: the table ends outside the widget`).to.be.at.most(
        box.right + 0.5,
      );
  return controls.length + headers.length;
}

describe('control labels in narrow panels', () => {
  for (const { name, template, then, drawn } of CASES)
    it(`${name}: every control label on one line and inside the panel at 240, 280 and 320 px, zh-CN and en, light and dark`, async () => {
      for (const [lang, theme] of [
        ['zh-CN', 'light'],
        ['en', 'dark'],
      ] as const)
        for (const width of [240, 280, 320]) {
          const holder = await fixture<HTMLDivElement>(
            html`<div lang=${lang} data-theme=${theme} style="width: ${width}px">${template()}</div>`,
          );
          const widget = holder.firstElementChild as Widget;
          widget.setAttribute('theme', theme);
          await waitFor(
            () => widget.shadowRoot?.querySelector(drawn ?? '.toolbar, [part="pager"], [part="table"]'),
            `${name} did not draw`,
          );
          await widget.updateComplete;
          const where = `${name} ${lang} ${theme} ${width} px`;
          let checked = checkControls(widget, where);
          if (then !== undefined) {
            widget.shadowRoot!.querySelector<HTMLElement>(then)!.click();
            await widget.updateComplete;
            checked += checkControls(widget, `${where}, table view`);
          }
          expect(checked, `${where}: controls checked`).to.be.at.least(drawn === undefined ? 2 : 1);
        }
    });

  after(() => history.replaceState(null, '', `${location.pathname}${location.search}`));
});
