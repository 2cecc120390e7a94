import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../widgets/indicator-card/define.js';
import type { IndicatorCard } from '../widgets/indicator-card/indicator-card.js';
import { progress, withSpc } from '../src/index.js';
import programme from './support/programme.json' with { type: 'json' };
import { visibilityReport } from './support/reports.js';
import { sharedLayout } from './support/layout-suite.js';
import {
  apiUrl,
  heldApiUrl,
  inputFailures,
  sharedParts,
  sharedStates,
  type WidgetUnderTest,
} from './support/shared-suites.js';
import { waitFor } from './support/wait-for.js';

const report = visibilityReport();
const text = (element: Element): string => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (element: Element, name: string): Element | null => element.shadowRoot!.querySelector(`[part~="${name}"]`);
const underTest: WidgetUnderTest = {
  tag: 'indicator-card',
  data: () => visibilityReport(),
  invalid: () => ({ schema: 'lawgauge/report@1', rows: [] }),
  parts: ['label', 'value', 'chart'],
};

async function card(template: ReturnType<typeof html>): Promise<IndicatorCard> {
  const element = await fixture<IndicatorCard>(template);
  await element.updateComplete;
  return element;
}

describe('<indicator-card>', () => {
  describe('properties', () => {
    it('shows the latest total: label, value, status word, period, interval and sample, change against the previous period', async () => {
      const element = await card(html`<indicator-card .report=${report}></indicator-card>`);
      // June 2019 total: (36 + 5) / 48.
      expect(part(element, 'label')!.textContent).to.equal('街面见警率');
      expect(part(element, 'value')!.textContent).to.equal('85.4%');
      expect(part(element, 'status')!.textContent).to.contain('良好');
      expect(text(element)).to.contain('2019年6月');
      expect(text(element)).to.contain('样本 48');
      expect(part(element, 'delta')!.textContent).to.contain('比上期 上升 12.5 个百分点，向好');
    });

    it('shows one group with `group`, and says when its sample is small', async () => {
      const element = await card(html`<indicator-card lang="en" group="徐汇区" .report=${report}></indicator-card>`);
      expect(part(element, 'value')!.textContent).to.equal('62.5%');
      expect(text(element)).to.contain('Small sample; indicative only');
      expect(text(element)).to.contain('Jun 2019');
    });

    it('shows a suppressed value in words, never the number', async () => {
      const element = await card(
        html`<indicator-card group="徐汇区" .report=${visibilityReport({ suppressBelow: 10 })}></indicator-card>`,
      );
      expect(part(element, 'value')!.textContent).to.equal('数量过少，已隐去');
      expect(text(element)).not.to.contain('62.5');
    });

    it('shows a period without data in words, in either language, with no number and no status', async () => {
      const latest = report.rows.filter((row) => row.period === '2019-06' && row.group['district'] === '*');
      expect(latest).to.have.length(1);
      const withGap = {
        ...report,
        rows: report.rows.map((row) =>
          row === latest[0]
            ? {
                ...row,
                value: null,
                numerator: null,
                denominator: null,
                n: 0,
                ci: null,
                status: null,
                flag: 'no-data' as const,
              }
            : row,
        ),
      };
      for (const [lang, words] of [
        ['zh-CN', '无数据'],
        ['en', 'No data'],
      ]) {
        const element = await card(html`<indicator-card lang=${lang} .report=${withGap}></indicator-card>`);
        expect(part(element, 'value')!.textContent, lang).to.equal(words);
        expect(part(element, 'value')!.textContent, lang).not.to.match(/\d/);
        expect(part(element, 'status'), lang).to.equal(null);
      }
    });

    it('takes the language from the nearest ancestor', async () => {
      const wrapper = await fixture(html`<div lang="en"><indicator-card .report=${report}></indicator-card></div>`);
      const element = wrapper.querySelector('indicator-card')!;
      await element.updateComplete;
      expect(part(element, 'label')!.textContent).to.equal('Street police visibility');
      expect(part(element, 'delta')!.textContent).to.contain('vs previous period up 12.5 points, better');
    });

    it('writes the value as 1:x and its change as a plain number', async () => {
      const base = visibilityReport();
      const ratio = {
        ...base,
        groupBy: [],
        indicator: {
          ...base.indicator,
          id: 'case_proceeding_ratio',
          measure: 'ratio',
          unit: 'ratio' as const,
          polarity: 'lower-better' as const,
          thresholds: null,
          display: { format: 'oneTo' as const, decimals: 2 },
        },
        rows: [
          {
            ...base.rows.at(-1)!,
            group: {},
            value: 1.36,
            numerator: 136,
            denominator: 100,
            ci: null,
            status: null,
            flag: null,
            change: {
              previous: { period: '2019-05', value: 1.65, delta: -0.29, relative: -0.29 / 1.65 },
              yearAgo: null,
            },
          },
        ],
      };
      const element = await fixture<HTMLElement>(html`<indicator-card .report=${ratio}></indicator-card>`);
      const root = element.shadowRoot!;
      expect(root.querySelector('[part="value"]')!.textContent).to.equal('1:1.36');
      expect(root.querySelector('[part="delta"]')!.textContent).to.contain('比上期 下降 0.29，向好');
    });
  });

  describe('states', () => {
    it('reads inline JSON', async () => {
      const element = await card(
        html`<indicator-card><script type="application/json">${JSON.stringify(report)}</script></indicator-card>`,
      );
      expect(part(element, 'value')!.textContent).to.equal('85.4%');
    });

    it('loads src, showing a polite loading state first', async () => {
      const answer = heldApiUrl(report);
      const element = await card(html`<indicator-card src=${answer.url}></indicator-card>`);
      expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('正在加载');
      await answer.release();
      await waitFor(() => part(element, 'value') !== null, 'the report loads');
      expect(part(element, 'value')!.textContent).to.equal('85.4%');
    });

    it('fetches its src once when it connects (not again on the first update)', async () => {
      const nonce = String(Math.random()).slice(2);
      // The runner's own modules fill the resource timing buffer (250 entries by default).
      performance.clearResourceTimings();
      const element = await card(html`<indicator-card src=${apiUrl(report, { nonce })}></indicator-card>`);
      await waitFor(() => part(element, 'value') !== null, 'the report loads');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(
        performance.getEntriesByType('resource').filter((entry) => entry.name.includes(`nonce=${nonce}`)),
      ).to.have.length(1);
    });

    it('lets the latest src win over a slower earlier one', async () => {
      const slow = { ...report, indicator: { ...report.indicator, label: { 'zh-CN': '旧的', en: 'old' } } };
      const element = await card(html`<indicator-card src=${apiUrl(slow, { delay: 400 })}></indicator-card>`);
      element.src = apiUrl(report, { delay: 20 });
      await waitFor(() => part(element, 'label') !== null, 'the label did not show');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(part(element, 'label')!.textContent).to.equal('街面见警率');
    });

    const failures: [string, string, string][] = [
      ['an HTTP error', apiUrl('', { status: 404 }), 'http'],
      ['a non-JSON content type', apiUrl('<html></html>', { type: 'text/html' }), 'content_type'],
      ['invalid JSON', apiUrl('{nope'), 'invalid_json'],
      ['a Report failing validation', apiUrl({ schema: 'lawgauge/report@1', rows: [] }), 'invalid_report'],
      ['a body over max-bytes', apiUrl(report), 'too_large'],
    ];
    for (const [what, url, code] of failures) {
      it(`shows ${what} inside the widget as an alert and fires lg-error ${code}`, async () => {
        const element = document.createElement('indicator-card');
        element.maxBytes = 1000;
        const event = oneEvent(element, 'lg-error');
        element.src = url;
        document.body.append(element);
        const { detail } = await event;
        expect(detail.code).to.equal(code);
        expect(detail.source).to.equal(url);
        await element.updateComplete;
        expect(element.shadowRoot!.querySelector('[role="alert"]')).not.to.equal(null);
        element.remove();
      });
    }

    it('times out', async () => {
      const element = document.createElement('indicator-card');
      element.timeout = 0.1;
      const event = oneEvent(element, 'lg-error');
      element.src = apiUrl(report, { delay: 1000 });
      document.body.append(element);
      expect((await event).detail.code).to.equal('timeout');
      element.remove();
    });

    it('abandons its src request when it leaves the page, and loads again when put back', async () => {
      const answer = heldApiUrl(report);
      const element = await card(html`<indicator-card src=${answer.url}></indicator-card>`);
      await waitFor(async () => (await answer.state()) === 'waiting', 'the request did not reach the server');
      const parent = element.parentElement!;
      element.remove();
      await waitFor(async () => (await answer.state()) === 'abandoned', 'the request was not abandoned on disconnect');
      parent.append(element);
      await waitFor(async () => (await answer.state()) === 'waiting', 'no new request when put back');
      await answer.release();
      await waitFor(() => part(element, 'value') !== null, 'the report did not load once put back');
      expect(part(element, 'value')!.textContent).to.equal('85.4%');
    });

    it('sends no cookie with its src request unless `credentials` asks for it', async () => {
      // The test server answers 401 to a request without this cookie.
      document.cookie = 'lg_session=1; path=/; SameSite=Strict';
      try {
        const url = apiUrl(report, { cookie: 'lg_session' });
        const alert = (element: Element): Element | null => element.shadowRoot!.querySelector('[role="alert"]');
        const shown = async (element: IndicatorCard, what: string): Promise<void> =>
          waitFor(
            () => part(element, 'value') !== null || alert(element) !== null,
            `${what}: neither data nor an error`,
          );
        const anonymous = await card(html`<indicator-card src=${url}></indicator-card>`);
        await shown(anonymous, 'default credentials');
        expect(alert(anonymous)?.textContent, 'default credentials').to.contain('HTTP 401');
        for (const credentials of ['same-origin', 'include']) {
          const element = await card(html`<indicator-card credentials=${credentials} src=${url}></indicator-card>`);
          await shown(element, `credentials=${credentials}`);
          expect(part(element, 'value')?.textContent, `credentials=${credentials}`).to.equal('85.4%');
        }
      } finally {
        document.cookie = 'lg_session=; path=/; max-age=0';
      }
    });

    it('refuses two sources at once instead of merging them', async () => {
      const element = document.createElement('indicator-card');
      element.report = report;
      element.src = apiUrl(report);
      const event = oneEvent(element, 'lg-error');
      document.body.append(element);
      const { detail } = await event;
      expect(detail.code).to.equal('conflicting_sources');
      // Names the sources given, in the widget's language.
      expect(detail.message).to.equal('同时提供了多个数据来源，只能提供一个: 已提供：report 属性、src 属性');
      element.setAttribute('lang', 'en');
      await element.updateComplete;
      expect(text(element)).to.contain(
        'More than one data source was given; give onegiven: the report property and the src attribute',
      );
      element.remove();
    });

    sharedStates(underTest);

    it('says when there is no row to show', async () => {
      const element = await card(html`<indicator-card .report=${{ ...report, rows: [] }}></indicator-card>`);
      expect(text(element)).to.contain('暂无数据');
    });
  });

  describe('what is asked for and what is given', () => {
    /** The alert's headline and detail, a space between. */
    const alert = (element: Element): string =>
      [...element.shadowRoot!.querySelectorAll('[role="alert"] strong, [role="alert"] small')]
        .map((node) => node.textContent)
        .join(' ');

    it('names the group shown beside the period; the total needs no name', async () => {
      const element = await card(html`<indicator-card group="黄浦区" .report=${report}></indicator-card>`);
      expect(element.shadowRoot!.querySelector('.meta')!.textContent).to.equal('黄浦区 · 2019年6月');
      const total = await card(html`<indicator-card .report=${report}></indicator-card>`);
      expect(total.shadowRoot!.querySelector('.meta')!.textContent).to.equal('2019年6月');
    });

    it("names a group by the Report's groupLabels in the card's language", async () => {
      const labelled = { ...report, groupLabels: { district: { 黄浦区: { 'zh-CN': '黄浦区', en: 'Huangpu' } } } };
      const element = await card(html`<indicator-card lang="en" group="黄浦区" .report=${labelled}></indicator-card>`);
      expect(element.shadowRoot!.querySelector('.meta')!.textContent).to.equal('Huangpu · Jun 2019');
      // The host's names (a dashboard's config) over the Report's.
      element.groupLabels = { district: { 黄浦区: { 'zh-CN': '黄浦', en: 'Huangpu District' } } };
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('.meta')!.textContent).to.equal('Huangpu District · Jun 2019');
    });

    it('a dashboard config: names the element that shows it, not a list of unknown keys', async () => {
      const dashboard = {
        title: { 'zh-CN': '看板', en: 'Board' },
        sections: [{ id: 'a', title: { 'zh-CN': '甲', en: 'A' }, panels: [] }],
      };
      const element = await card(html`<indicator-card lang="en" .report=${dashboard as never}></indicator-card>`);
      expect(alert(element)).to.equal(
        'This widget does not show this kind of data this is a dashboard configuration; use <lawgauge-dashboard>',
      );
    });

    it("names the group shown in the sparkline's text summary too", async () => {
      const element = await card(html`<indicator-card group="黄浦区" .report=${report}></indicator-card>`);
      expect(part(element, 'chart')!.getAttribute('aria-label')).to.match(/^街面见警率 · 黄浦区走势：/);
      expect(part(element, 'summary')!.textContent).to.match(/^街面见警率 · 黄浦区走势：/);
    });

    it("calls a change that rounds to zero at the display's decimals unchanged, never better or worse", async () => {
      const june = (json: typeof report, delta: number): typeof report => ({
        ...json,
        rows: json.rows.map((row) =>
          row.period === '2019-06' && row.group['district'] === '*' && row.change.previous !== null
            ? { ...row, change: { ...row.change, previous: { ...row.change.previous, delta } } }
            : row,
        ),
      });
      // 0.04 points at one decimal: "0.0 个百分点".
      const percent = await card(html`<indicator-card .report=${june(report, 0.0004)}></indicator-card>`);
      expect(part(percent, 'delta')!.querySelector('span')!.textContent).to.equal('比上期 持平');
      // A 1:x ratio (案-件比), 2 decimals: a change of 0.004 shows as 0.00.
      const ratio = {
        ...report,
        indicator: {
          ...report.indicator,
          unit: 'ratio' as const,
          polarity: 'lower-better' as const,
          display: { format: 'oneTo' as const, decimals: 2 },
        },
      };
      for (const delta of [0.004, -0.004, 0]) {
        const element = await card(html`<indicator-card lang="en" .report=${june(ratio, delta)}></indicator-card>`);
        expect(part(element, 'delta')!.querySelector('span')!.textContent, String(delta)).to.equal(
          'vs previous period unchanged',
        );
      }
      const real = await card(html`<indicator-card lang="en" .report=${june(ratio, -0.006)}></indicator-card>`);
      expect(part(real, 'delta')!.querySelector('span')!.textContent).to.equal(
        '↓ vs previous period down 0.01, better',
      );
    });

    it('renders a card far below the fold, as full-page screenshots and print need', async () => {
      const element = await card(html`<indicator-card style="margin-top: 5000px" .report=${report}></indicator-card>`);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(part(element, 'value')!.checkVisibility({ contentVisibilityAuto: true })).to.equal(true);
    });

    it('names a group or period the Report lacks, and lists those it has', async () => {
      const group = await card(html`<indicator-card group="不存在区" .report=${report}></indicator-card>`);
      expect(group.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
        '没有分组“不存在区”。现有分组：徐汇区、黄浦区',
      );
      const period = await card(html`<indicator-card lang="en" period="2030-Q1" .report=${report}></indicator-card>`);
      expect(period.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
        'No data for Q1 2030. Periods: Jan 2019, Feb 2019, Mar 2019, Apr 2019, May 2019, Jun 2019',
      );
      await expect(group).to.be.accessible();
    });

    it('a reform report: names the widget that shows it, not 13 unknown keys', async () => {
      const element = document.createElement('indicator-card');
      const event = oneEvent(element, 'lg-error');
      // The wrong kind on purpose: a typed page could not even write it.
      (element as { report: unknown }).report = progress(programme, { asOf: '2019-06-30' });
      document.body.append(element);
      const { detail } = await event;
      expect(detail.code).to.equal('wrong_kind');
      await element.updateComplete;
      expect(alert(element)).to.equal('本组件不显示这种数据 这是改革进展报告，请用 <reform-progress> 显示');
      element.setAttribute('lang', 'en');
      await element.updateComplete;
      expect(alert(element)).to.equal(
        'This widget does not show this kind of data this is a reform report; use <reform-progress>',
      );
      element.remove();
    });

    for (const [what, path, change, zh, en] of [
      // The value is then no longer its numerator ÷ denominator either: both problems are named.
      [
        'a negative denominator',
        'rows[5].denominator',
        -5,
        '应 ≥ 0，实为数字 -5\nreport.rows[5].value: 比率的值应等于分子 ÷ 分母',
        "expected ≥ 0, got number -5\nreport.rows[5].value: a rate's or a ratio's value is its numerator ÷ denominator",
      ],
      [
        'a value of 1e300',
        'rows[5].value',
        1e300,
        '应 ≤ 9007199254740991，实为数字 1e+300',
        'expected ≤ 9007199254740991, got number 1e+300',
      ],
      [
        'a date that does not exist',
        'rows[5].start',
        '2019-02-30',
        '"2019-02-30" 不是存在的日期：2019年2月只有 28 天',
        '"2019-02-30" is not a real date: 2019-02 has 28 days, not 30',
      ],
      [
        'markup as a period key',
        'rows[5].period',
        '<b>x</b>',
        '应为存在的期间，如 2019、2019-Q1、2019-03、2019-W10 或 2019-03-05',
        'expected a period key such as 2019, 2019-Q1, 2019-03, 2019-W10 or 2019-03-05',
      ],
    ] as const) {
      it(`refuses ${what} with its path, in the widget's language`, async () => {
        const json = JSON.parse(JSON.stringify(report)) as { rows: Record<string, unknown>[] };
        json.rows[5]![path.split('.')[1]!] = change;
        const element = await card(html`<indicator-card .report=${json}></indicator-card>`);
        // The place at once; the words once the explanation (loaded on the first failure) is there.
        expect(alert(element)).to.contain(`report.${path}: `);
        await waitFor(
          () => alert(element) !== `数据不是有效的指标报告 report.${path}: 此处的值无效`,
          'no explanation came',
        );
        expect(alert(element)).to.equal(`数据不是有效的指标报告 report.${path}: ${zh}`);
        element.setAttribute('lang', 'en');
        await element.updateComplete;
        expect(alert(element)).to.equal(`The data is not a valid indicator Report report.${path}: ${en}`);
      });
    }
  });

  describe('input failures', () => {
    inputFailures({ ...underTest, schema: 'lawgauge/report@1' });
  });

  describe('events', () => {
    it('fires lg-error with {code, message, source} that bubbles out of the shadow root, once per failure', async () => {
      const received: CustomEvent[] = [];
      const listener = (event: Event): void => void received.push(event as CustomEvent);
      document.addEventListener('lg-error', listener);
      const element = document.createElement('indicator-card');
      element.src = apiUrl('{nope');
      document.body.append(element);
      await waitFor(() => received.length > 0, 'no lg-error came');
      await new Promise((resolve) => setTimeout(resolve, 50));
      document.removeEventListener('lg-error', listener);
      expect(received).to.have.length(1);
      expect(received[0]!.detail).to.include({ code: 'invalid_json', source: element.src });
      expect(received[0]!.detail.message).to.match(/^返回的数据不是有效的 JSON: /);
      element.remove();
    });
  });

  describe('status="spc"', () => {
    // p′ over six months: the June total (41/48 after 35/48 five times) is above the upper limit.
    const charted = withSpc(visibilityReport(), { chart: 'pprime' });
    const words = (element: Element): string | null | undefined =>
      element.shadowRoot!.querySelector('[part="status"] > span')?.textContent;
    const icon = (element: Element): SVGSVGElement | null =>
      element.shadowRoot!.querySelector('[part="status"] svg.icon');

    it('shows the row’s carried variation as the NHS icon with its words, not the threshold status', async () => {
      const element = await card(html`<indicator-card status="spc" .report=${charted}></indicator-card>`);
      expect(words(element)).to.equal('特殊原因变异：改善（偏高）');
      expect(text(element)).not.to.contain('良好');
      expect(icon(element)!.querySelector('circle.disc.improvement')).to.not.equal(null);
      expect(icon(element)!.querySelector('text.letter')!.textContent).to.equal('H');
      expect(icon(element)!.getAttribute('aria-hidden')).to.equal('true');
      expect(part(element, 'note')).to.equal(null);
      element.setAttribute('lang', 'en');
      await element.updateComplete;
      expect(words(element)).to.equal('Special-cause improvement (high)');
    });

    it('shows common cause for a period without a signal, and for a group', async () => {
      const may = await card(
        html`<indicator-card lang="en" status="spc" period="2019-05" .report=${charted}></indicator-card>`,
      );
      expect(words(may)).to.equal('Common-cause variation');
      expect(icon(may)!.querySelector('circle.ring.common')).to.not.equal(null);
      expect(icon(may)!.querySelector('text')).to.equal(null);
      const xuhui = await card(
        html`<indicator-card lang="en" status="spc" group="徐汇区" .report=${charted}></indicator-card>`,
      );
      expect(words(xuhui)).to.equal('Common-cause variation');
    });

    it('keeps the threshold status by default, whatever the Report carries', async () => {
      const element = await card(html`<indicator-card .report=${charted}></indicator-card>`);
      expect(part(element, 'status')!.textContent).to.contain('良好');
      expect(icon(element)).to.equal(null);
    });

    it('a Report without SPC results: a note saying so, and the threshold status', async () => {
      const element = await card(html`<indicator-card status="spc" .report=${report}></indicator-card>`);
      expect(part(element, 'status')!.textContent).to.contain('良好');
      expect(part(element, 'note')!.textContent).to.equal(
        '报告未附带 SPC 结果（lawgauge compute --spc），此为阈值状态',
      );
      element.setAttribute('lang', 'en');
      await element.updateComplete;
      expect(part(element, 'note')!.textContent).to.equal(
        'No SPC results in this Report (lawgauge compute --spc): status against thresholds',
      );
    });

    it('a suppressed row carries no variation, and shows none', async () => {
      const suppressed = withSpc(visibilityReport({ suppressBelow: 10 }), { chart: 'xmr' });
      const element = await card(
        html`<indicator-card status="spc" group="徐汇区" .report=${suppressed}></indicator-card>`,
      );
      expect(part(element, 'value')!.textContent).to.equal('数量过少，已隐去');
      expect(part(element, 'status')).to.equal(null);
      expect(part(element, 'note')).to.equal(null);
    });

    it('passes axe with the icon and with the note, light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        await expect(
          await card(html`<indicator-card theme=${theme} status="spc" .report=${charted}></indicator-card>`),
        ).to.be.accessible();
        await expect(
          await card(html`<indicator-card lang="en" theme=${theme} status="spc" .report=${report}></indicator-card>`),
        ).to.be.accessible();
      }
    });
  });

  describe('accessibility', () => {
    it('passes axe in the data state, light and dark, zh-CN and en', async () => {
      for (const [lang, theme] of [
        ['zh-CN', 'light'],
        ['en', 'dark'],
        ['en', 'light'],
        ['zh-CN', 'dark'],
      ]) {
        const element = await card(
          html`<indicator-card lang=${lang} theme=${theme} .report=${report}></indicator-card>`,
        );
        await expect(element).to.be.accessible();
      }
    });

    it('passes axe in the loading, error, empty and suppressed states', async () => {
      const answer = heldApiUrl(report);
      const loading = await card(html`<indicator-card src=${answer.url}></indicator-card>`);
      await expect(loading).to.be.accessible();
      expect(loading.shadowRoot!.querySelector('[role="status"]'), 'still loading while axe ran').not.to.equal(null);
      await answer.release();
      await expect(
        await card(html`<indicator-card><script type="application/json">{nope</script></indicator-card>`),
      ).to.be.accessible();
      await expect(
        await card(html`<indicator-card group="静安区" .report=${report}></indicator-card>`),
      ).to.be.accessible();
      await expect(
        await card(
          html`<indicator-card group="徐汇区" .report=${visibilityReport({ suppressBelow: 10 })}></indicator-card>`,
        ),
      ).to.be.accessible();
    });

    it('gives the sparkline a text alternative', async () => {
      const element = await card(html`<indicator-card .report=${report}></indicator-card>`);
      expect(part(element, 'chart')!.getAttribute('role')).to.equal('img');
      expect(part(element, 'chart')!.getAttribute('aria-label')).to.equal(
        '街面见警率走势：2019年1月 72.9%，2019年6月 85.4%',
      );
    });
  });

  describe('a long value', () => {
    it('wraps inside a narrow card instead of running past its border', async () => {
      const base = visibilityReport();
      const count = {
        ...base,
        groupBy: [],
        indicator: { ...base.indicator, measure: 'count', unit: 'count' as const, thresholds: null, display: null },
        rows: [
          {
            ...base.rows.at(-1)!,
            group: {},
            value: 9007199254740991,
            numerator: null,
            denominator: null,
            n: null,
            ci: null,
            status: null,
          },
        ],
      };
      const box = await fixture<HTMLElement>(
        html`<div style="width: 200px"><indicator-card .report=${count}></indicator-card></div>`,
      );
      const element = box.querySelector<IndicatorCard>('indicator-card')!;
      await element.updateComplete;
      const value = part(element, 'value') as HTMLElement;
      expect(value.textContent).to.contain('9,007,199,254,740,991');
      const card = element.getBoundingClientRect();
      for (const rect of value.getClientRects()) expect(rect.right, 'a line of the value').to.be.at.most(card.right);
      expect(value.scrollWidth).to.be.at.most(value.clientWidth);
    });
  });

  describe('the sparkline at any width', () => {
    it('keeps its end dot round and its line one scale both ways, in a narrow and a wide card', async () => {
      for (const width of [200, 640]) {
        const box = await fixture<HTMLElement>(
          html`<div style="width: ${width}px"><indicator-card .report=${report}></indicator-card></div>`,
        );
        const element = box.querySelector<IndicatorCard>('indicator-card')!;
        await element.updateComplete;
        const chart = part(element, 'chart') as SVGSVGElement;
        const drawn = chart.getBoundingClientRect();
        const dot = chart.querySelector('circle')!.getBoundingClientRect();
        expect(dot.width, `dot at ${width} px`).to.be.closeTo(5, 0.5);
        expect(dot.height, `dot at ${width} px`).to.be.closeTo(dot.width, 0.5);
        // Drawn in pixels: the viewBox is the box the svg takes, nothing stretched.
        expect(chart.viewBox.baseVal.width, `viewBox at ${width} px`).to.equal(Math.round(drawn.width));
        expect(chart.viewBox.baseVal.height, `viewBox at ${width} px`).to.equal(drawn.height);
        expect(chart.getAttribute('preserveAspectRatio'), `at ${width} px`).to.equal(null);
        // The dot ends the line, 2 px in from the right end of the card's content box.
        expect(dot.left + dot.width / 2, `dot at ${width} px`).to.be.closeTo(drawn.right - 2, 0.5);
        box.remove();
      }
    });

    sharedLayout({ tag: underTest.tag, data: underTest.data, defaultWidth: 120 });
  });

  describe('parts', () => {
    it('exposes label, value, status, delta, chart and summary', async () => {
      const element = await card(html`<indicator-card .report=${report}></indicator-card>`);
      for (const name of ['label', 'value', 'status', 'delta', 'chart', 'summary'])
        expect(part(element, name), name).not.to.equal(null);
    });

    sharedParts(underTest);
  });
});
