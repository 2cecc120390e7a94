import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { progress, type ReformReport } from '../src/index.js';
import '../widgets/reform-progress/define.js';
import type { ReformProgress } from '../widgets/reform-progress/reform-progress.js';
import programme from './support/programme.json' with { type: 'json' };
import seed from '../seeds/shanghai-2019/report.json' with { type: 'json' };
import { visibilityReport } from './support/reports.js';
import {
  inputFailures,
  notADocument,
  sharedParts,
  sharedStates,
  type WidgetUnderTest,
} from './support/shared-suites.js';
import { waitFor } from './support/wait-for.js';

const june: ReformReport = progress(programme, { asOf: '2019-06-30' });
const july: ReformReport = progress(programme, { asOf: '2019-07-15' });
/** The report under the seed programme's long title, as the demo shows it. */
const seedLikeTitle = (report: ReformReport): ReformReport => ({
  ...report,
  programme: {
    ...report.programme,
    label: { 'zh-CN': '2019年上海政法改革任务（示例）', en: 'Shanghai 2019 political-legal reform tasks (sample)' },
  },
});
const valueNow = (element: ReformProgress): string | null | undefined =>
  element.shadowRoot!.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow');
const text = (element: ReformProgress): string => (element.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

async function widget(template: ReturnType<typeof html>): Promise<ReformProgress> {
  const element = await fixture<ReformProgress>(template);
  await element.updateComplete;
  return element;
}

const underTest: WidgetUnderTest = {
  tag: 'reform-progress',
  data: () => progress(programme, { asOf: '2019-06-30' }),
  invalid: () => ({ ...progress(programme, { asOf: '2019-06-30' }), asOf: 'soon' }),
  parts: ['progress'],
};

describe('<reform-progress>', () => {
  describe('accessibility', () => {
    it('passes axe in every view, both languages and themes, and in the error state', async () => {
      for (const [lang, theme] of [
        ['zh-CN', 'light'],
        ['en', 'dark'],
      ]) {
        for (const view of ['summary', 'areas', 'tasks']) {
          await expect(
            await widget(
              html`<reform-progress lang=${lang} theme=${theme} view=${view} .report=${july}></reform-progress>`,
            ),
          ).to.be.accessible();
        }
      }
      await expect(
        await widget(html`<reform-progress .report=${{ ...june, asOf: 'soon' }}></reform-progress>`),
      ).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('summary: a real progress bar, verified vs completed, counts per status in words, on-time rate and projected finish', async () => {
      const element = await widget(html`<reform-progress .report=${june}></reform-progress>`);
      const bar = element.shadowRoot!.querySelector('[role="progressbar"]')!;
      // 2 of 6 leaf tasks done; by weight 2 of 8.
      expect([
        bar.getAttribute('aria-valuenow'),
        bar.getAttribute('aria-valuemin'),
        bar.getAttribute('aria-valuemax'),
      ]).to.deep.equal(['33', '0', '100']);
      expect(bar.getAttribute('aria-valuetext')).to.equal('已完成 33%（按权重 25%）');
      expect(text(element)).to.contain('已销号 1 项，已完成未销号 1 项，共 6 项末级任务');
      expect(text(element)).to.contain('有风险 2');
      expect(text(element)).to.contain('按期完成率 50%');
      expect(text(element)).to.contain('按近 90 天进度，预计 2020年6月24日 全部完成');
    });

    it("area filter: one area's numbers", async () => {
      const element = await widget(html`<reform-progress lang="en" area="justice" .report=${june}></reform-progress>`);
      expect(element.shadowRoot!.querySelector('h3')!.textContent).to.equal('Judicial reform');
      expect(element.shadowRoot!.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).to.equal('67');
    });

    it('compact: a small tile with the bar and the rate only', async () => {
      const element = await widget(html`<reform-progress compact .report=${june}></reform-progress>`);
      expect(element.shadowRoot!.querySelector('[part="list"], ul.counts')).to.equal(null);
      expect(element.shadowRoot!.querySelector('[role="progressbar"]')).not.to.equal(null);
    });

    it('shows an earlier date recomputed from the report: the 15 July report as of 30 June equals the 30 June report', async () => {
      const element = await widget(html`<reform-progress as-of="2019-06-30" .report=${july}></reform-progress>`);
      await waitFor(() => valueNow(element) === '33', 'the as-of view did not render');
      // As in the 30 June test above: 2 of 6 leaf tasks done, by weight 2 of 8.
      expect(element.shadowRoot!.querySelector('[role="progressbar"]')!.getAttribute('aria-valuetext')).to.equal(
        '已完成 33%（按权重 25%）',
      );
      expect(text(element)).to.contain('截至 2019年6月30日');
      const reference = await widget(html`<reform-progress .report=${june}></reform-progress>`);
      expect(text(element)).to.equal(text(reference));
      // Back to the report's own date when the attribute goes.
      element.removeAttribute('as-of');
      await element.updateComplete;
      expect(valueNow(element)).to.equal(String(Math.round(july.completionRate * 100)));
    });

    it('draws due, completed and verified by month, says where things stand, and gives the numbers as a table', async () => {
      const element = await widget(html`<reform-progress view="burnup" .report=${june}></reform-progress>`);
      const root = element.shadowRoot!;
      expect([...root.querySelectorAll('svg.burnup path')].map((path) => path.getAttribute('class'))).to.deep.equal([
        'b-planned',
        'b-completed',
        'b-verified',
      ]);
      // June 2019: 3 of 6 leaf tasks due, 2 completed, 1 verified (see test/reform/progress.test.ts).
      expect(root.querySelector('[part="summary"]')!.textContent).to.equal(
        '截至2019年6月，共 6 项末级任务中应完成 3 项，已完成 2 项，已销号 1 项。',
      );
      expect(root.querySelectorAll('table tbody tr')).to.have.length(12);
      await expect(element).to.be.accessible();
    });

    it("labels the burn-up's months as the other widgets label periods, and says the counts are of leaf tasks", async () => {
      const axis = (element: Element) =>
        [...element.shadowRoot!.querySelectorAll('svg.burnup text[text-anchor="middle"]')].map(
          (label) => label.textContent,
        );
      const zh = await widget(html`<reform-progress view="burnup" .report=${june}></reform-progress>`);
      expect(axis(zh)).to.deep.equal(['2019年1月', '2019年4月', '2019年7月', '2019年10月']);
      const en = await widget(html`<reform-progress lang="en" view="burnup" .report=${june}></reform-progress>`);
      expect(axis(en)).to.deep.equal(['Jan 2019', 'Apr 2019', 'Jul 2019', 'Oct 2019']);
      expect(en.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.equal(
        'By Jun 2019: 3 of 6 leaf tasks due, 2 completed, 1 verified.',
      );
      const summary = await widget(html`<reform-progress lang="en" .report=${june}></reform-progress>`);
      expect(text(summary)).to.contain('1 verified, 1 completed awaiting verification, of 6 leaf tasks');
    });
  });

  describe('layout', () => {
    it('keeps each view tab on one line at any width from 280 px, in both languages: the tabs wrap below the title, or scroll', async () => {
      const wide = seedLikeTitle(july);
      for (const lang of ['zh-CN', 'en'])
        for (const width of [280, 320, 360, 420, 640]) {
          const element = await widget(
            html`<reform-progress lang=${lang} style=${`width: ${width}px`} .report=${wide}></reform-progress>`,
          );
          const views = element.shadowRoot!.querySelector<HTMLElement>('.views')!;
          const host = element.getBoundingClientRect();
          const where = `${lang} at ${width} px`;
          for (const button of views.querySelectorAll('button')) {
            // One line box for the label: "概/览" one character a line has two.
            const range = document.createRange();
            range.selectNodeContents(button);
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            expect(lines.size, `${button.textContent} ${where}`).to.equal(1);
            expect(button.scrollWidth, `${button.textContent} ${where}`).to.be.at.most(button.clientWidth);
          }
          // Every tab is inside the tab row, or the row scrolls to it; the row stays inside the widget.
          const row = views.getBoundingClientRect();
          expect(row.right, where).to.be.at.most(host.right);
          const last = views.lastElementChild!.getBoundingClientRect();
          if (last.right > row.right + 0.5) {
            expect(getComputedStyle(views).overflowX, where).to.be.oneOf(['auto', 'scroll']);
            expect(views.scrollWidth, where).to.be.greaterThan(views.clientWidth);
          }
          element.remove();
        }
    });
  });

  describe('events', () => {
    it('areas view: arrow keys move between areas; Enter fires lg-select with the area id', async () => {
      const element = await widget(html`<reform-progress view="areas" .report=${june}></reform-progress>`);
      const items = element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="list"] button');
      expect([...items].map((item) => item.tabIndex)).to.deep.equal([0, -1]);
      items[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      const event = oneEvent(element, 'lg-select');
      await sendKeys({ press: 'Enter' });
      const { detail } = await event;
      expect(detail).to.deep.equal({
        indicator: 'test-programme',
        period: '2019-06-30',
        group: { area: 'governance' },
        label: '超大城市社会治理',
        value: 0,
        id: 'governance',
      });
    });

    it("names owners in the page's language when the programme gives their names (owners), as written otherwise", async () => {
      const named = progress(
        {
          ...programme,
          owners: [
            { id: '市检察院', label: { 'zh-CN': '市检察院', en: 'Shanghai People’s Procuratorate' } },
            { id: '市公安局', label: { 'zh-CN': '市公安局', en: 'Municipal Public Security Bureau' } },
          ],
        },
        { asOf: '2019-07-15' },
      );
      const element = await widget(html`<reform-progress lang="en" view="tasks" .report=${named}></reform-progress>`);
      const details = [...element.shadowRoot!.querySelectorAll('[part="list"] .detail')].map((item) =>
        item.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(details).to.deep.equal([
        'Shanghai People’s Procuratorate · due June 30, 2019',
        'Municipal Public Security Bureau · due July 10, 2019',
        'Municipal Public Security Bureau · due July 10, 2019',
      ]);
      const owner = await widget(html`<reform-progress lang="en" owner="市公安局" .report=${named}></reform-progress>`);
      expect(owner.shadowRoot!.querySelector('h3')!.textContent).to.equal('Municipal Public Security Bureau');
      // The seed programme names every owner in English: no Chinese is left on an English page.
      expect(
        seed.byOwner.every((rollup) => rollup.label !== null && !/[\u4e00-\u9fff]/.test(rollup.label.en)),
      ).to.equal(true);
    });

    it('tasks view: overdue tasks with owner, due date and days late; exportCsv() writes the task table', async () => {
      const element = await widget(html`<reform-progress view="tasks" .report=${july}></reform-progress>`);
      const items = [...element.shadowRoot!.querySelectorAll('[part="list"] button')].map((item) =>
        item.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(items).to.deep.equal([
        '绩效考核 逾期 15 天 市检察院 · 应完成 2019年6月30日',
        '城运中心 逾期 5 天 市公安局 · 应完成 2019年7月10日',
        '社区警务 逾期 5 天 市公安局 · 应完成 2019年7月10日',
      ]);
      const csv = element.exportCsv();
      expect(
        csv.startsWith(
          '\uFEFFtask_id,parent_id,area,owner,status,light,progress,due_on,completed_on,verified_on,days_late,title,title_en\r\n',
        ),
      ).to.equal(true);
      expect(csv).to.contain(
        't2,,justice,市司法局,completed,yellow,1,2019-05-31,2019-06-10,,10,公证改革,Notary reform\r\n',
      );
    });
  });

  describe('parts', () => {
    sharedParts(underTest);
  });

  describe('states', () => {
    notADocument({
      ...underTest,
      expected: {
        en: 'a reform report object ("schema": "lawgauge/reform-report@1")',
        'zh-CN': '改革进展报告对象（"schema": "lawgauge/reform-report@1"）',
      },
    });
    it("a date after the report's is an alert inside the widget and an lg-error, and passes axe", async () => {
      const element = await widget(html`<reform-progress .report=${june}></reform-progress>`);
      const error = oneEvent(element, 'lg-error');
      element.setAttribute('as-of', '2019-07-15');
      const { detail } = await error;
      expect(detail.code).to.equal('invalid_as_of');
      expect(detail.message).to.contain("2019-07-15 is after the report's date 2019-06-30");
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('无法显示该截至日期');
      await expect(element).to.be.accessible();
    });

    it('shows an invalid report as an alert, headed as a reform report, its problems in the widget language', async () => {
      const element = await widget(html`<reform-progress .report=${{ ...june, asOf: 'soon' }}></reform-progress>`);
      // The words come once the explanation (loaded on the first failure) is there.
      await waitFor(
        () => !element.shadowRoot!.querySelector('[role="alert"]')!.textContent!.includes('此处的值无效'),
        'no explanation came',
      );
      expect(element.shadowRoot!.querySelector('[role="alert"] strong')!.textContent).to.equal(
        '数据不是有效的改革进展报告',
      );
      expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
        'reformReport.asOf: 应为 YYYY-MM-DD 格式的日期，实为 "soon"',
      );
      element.setAttribute('lang', 'en');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
        'reformReport.asOf: expected a date YYYY-MM-DD, got "soon"',
      );
    });

    it('an indicator Report: names the widgets that show it', async () => {
      const element = document.createElement('reform-progress');
      const event = oneEvent(element, 'lg-error');
      // The wrong kind on purpose: a typed page could not even write it.
      (element as { report: unknown }).report = visibilityReport();
      document.body.append(element);
      const { detail } = await event;
      expect(detail.code).to.equal('wrong_kind');
      expect(detail.message).to.equal(
        '本组件不显示这种数据: 这是指标报告，请用 <indicator-card>, <indicator-trend>, <indicator-bars>, <indicator-table> 显示',
      );
      await element.updateComplete;
      await expect(element).to.be.accessible();
      element.remove();
    });

    sharedStates(underTest);
  });

  describe('input failures', () => {
    inputFailures({ ...underTest, schema: 'lawgauge/reform-report@1' });
  });
});

describe('<reform-progress> toolbar order', () => {
  /** The focused element, through shadow roots. */
  const focusedDeep = (): Element | null => {
    let node: Element | null = document.activeElement;
    while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
    return node;
  };

  it('puts Download after the view buttons, as the charts put it after "Show as table": tab order and screen', async () => {
    const page = await fixture<HTMLElement>(
      html`<div><button id="before">before</button><reform-progress lang="en" .report=${june}></reform-progress></div>`,
    );
    const element = page.querySelector<ReformProgress>('reform-progress')!;
    await element.updateComplete;
    const root = element.shadowRoot!;
    const views = [...root.querySelectorAll<HTMLElement>('[part="views"] button')];
    const download = root.querySelector<HTMLElement>('[part="export-button"]')!;
    expect(views.length).to.equal(4);
    // In the title bar, after the views: the order a screen reader reads them in.
    expect(download.closest('.toolbar')).to.not.equal(null);
    const following = views.at(-1)!.compareDocumentPosition(download) & Node.DOCUMENT_POSITION_FOLLOWING;
    expect(following).to.not.equal(0);
    page.querySelector<HTMLElement>('#before')!.focus();
    const stops: string[] = [];
    for (let step = 0; step < views.length + 1; step++) {
      await sendKeys({ press: 'Tab' });
      const node = focusedDeep();
      stops.push(
        node === download ? 'download' : views.includes(node as HTMLElement) ? 'view' : String(node?.localName),
      );
    }
    expect(stops).to.deep.equal(['view', 'view', 'view', 'view', 'download']);
    // Drawn to the right of the last view button (on its line, or at the end of the next).
    const last = views.at(-1)!.getBoundingClientRect();
    const box = download.getBoundingClientRect();
    expect(box.left >= last.right || box.top >= last.bottom).to.equal(true);
  });
});
