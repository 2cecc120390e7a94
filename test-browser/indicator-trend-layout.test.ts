import { expect, fixture, html } from '@open-wc/testing';
import { builtInCatalog, evaluate, ingest, type Report } from '../src/index.js';
import '../widgets/indicator-trend/define.js';
import type { IndicatorTrend, TrendAnnotation } from '../widgets/indicator-trend/indicator-trend.js';

/*
 * How <indicator-trend> lays out its axes and annotations on Reports the shared fixtures do not
 * contain: values between round steps, small counts, zeros, wide tick labels, quarters, many
 * periods, narrow hosts, long and many annotations. Positions are measured in the browser, in
 * whatever fonts the machine has (CI installs WenQuanYi Zen Hei for the CJK characters).
 */

const MONTH_DAYS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

/**
 * Street visibility (police seen ÷ checks) in 2019 per district: `seen[district][i]` of `checks`
 * in the i-th month (or quarter, checked in its middle month).
 */
function visibility(
  seen: Record<string, readonly number[]>,
  checks: number,
  period: 'month' | 'quarter' = 'month',
): Report {
  const catalog = builtInCatalog('police-presence');
  const records: Record<string, unknown>[] = [];
  let periods = 0;
  for (const [district, counts] of Object.entries(seen)) {
    counts.forEach((count, index) => {
      const month = MONTH_DAYS[period === 'month' ? index : index * 3 + 1]!;
      for (let i = 0; i < checks; i++)
        records.push({ checked_at: `2019-${month}-10`, district, police_visible: i < count, issue_present: false });
    });
    periods = Math.max(periods, counts.length);
  }
  const last = period === 'month' ? MONTH_DAYS[periods - 1]! : MONTH_DAYS[periods * 3 - 1]!;
  const tables = {
    patrol_checks: ingest(catalog.datasets[0], records),
    resident_survey: ingest(catalog.datasets[1], []),
  };
  return evaluate(catalog, tables, {
    from: '2019-01-01',
    to: `2019-${last}-28`,
    period,
    by: 'district',
    indicators: ['street_visibility_rate'],
  })[0]!;
}

/** A court-case indicator over the four quarters of 2019 for one district, from `cases` (filed_on, closed_on?). */
function courtQuarters(indicator: string, cases: readonly { filed: string; closed?: string }[]): Report {
  const catalog = builtInCatalog('court-case-quality');
  const records = cases.map((entry, index) => ({
    case_id: `(2019)沪0101民初${index + 1}号`,
    district: '黄浦区',
    case_type: 'civil',
    procedure: 'first_instance',
    filed_on: entry.filed,
    closed_on: entry.closed ?? null,
  }));
  return evaluate(
    catalog,
    { cases: ingest(catalog.datasets[0], records) },
    { from: '2019-01-01', to: '2019-12-31', period: 'quarter', by: 'district', indicators: [indicator] },
  )[0]!;
}

const shadow = (element: IndicatorTrend): ShadowRoot => element.shadowRoot!;
const svgOf = (element: IndicatorTrend): SVGSVGElement =>
  shadow(element).querySelector<SVGSVGElement>('svg[part="chart"]')!;
const plotBox = (element: IndicatorTrend): DOMRect =>
  shadow(element).querySelector('g[role="button"] > rect')!.getBoundingClientRect();

/** A trend in a container `width` px wide, laid out to it (the first render is at the measured width). */
async function trendIn(width: number, template: ReturnType<typeof html>): Promise<IndicatorTrend> {
  const host = await fixture<HTMLElement>(html`<div style="width: ${width}px">${template}</div>`);
  const element = host.querySelector<IndicatorTrend>('indicator-trend')!;
  await element.updateComplete;
  return element;
}

/** Boxes that do not share any area (touching edges allowed, half a pixel of rounding). */
function apart(a: DOMRect, b: DOMRect): boolean {
  return a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
}

/** Every pair of boxes apart; the message names the texts of the first pair that is not. */
function expectApart(boxes: readonly { text: string; box: DOMRect }[], what: string): void {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++)
      expect(
        apart(boxes[i]!.box, boxes[j]!.box),
        `${what} "${boxes[i]!.text}" and "${boxes[j]!.text}" overlap`,
      ).to.equal(true);
  }
}

/** A text element's own text, without its <title> (a cut annotation label keeps its whole text there). */
const ownText = (text: Element): string =>
  [...text.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join('');
const textBoxes = (texts: Iterable<Element>): { text: string; box: DOMRect }[] =>
  [...texts].map((text) => ({ text: ownText(text), box: text.getBoundingClientRect() }));

/**
 * The value axis frames what is drawn: a gridline at or above the highest line and band, one at
 * or below the lowest, and tick labels that differ, do not touch and stay inside the chart.
 */
function expectFramed(element: IndicatorTrend): void {
  const grid = [...shadow(element).querySelectorAll('line.grid')].map((line) => Number(line.getAttribute('y1')));
  expect(grid.length, 'gridlines').to.be.at.least(2);
  const [top, bottom] = [Math.min(...grid), Math.max(...grid)];
  // A band without intervals (counts, means) has no shape.
  const marks = [...shadow(element).querySelectorAll<SVGPathElement>('path.line, path.band')].filter(
    (path) => path.getAttribute('d') !== '',
  );
  expect(marks.length, 'lines and bands drawn').to.be.at.least(1);
  for (const mark of marks) {
    const box = mark.getBBox();
    expect(box.y, `${mark.getAttribute('class')} below the top gridline`).to.be.at.least(top - 0.5);
    expect(box.y + box.height, `${mark.getAttribute('class')} above the bottom gridline`).to.be.at.most(bottom + 0.5);
  }
  const labels = textBoxes(shadow(element).querySelectorAll('line.grid + text'));
  expect(
    new Set(labels.map((label) => label.text)).size,
    `tick labels ${labels.map((label) => label.text).join(' ')} differ`,
  ).to.equal(labels.length);
  expectApart(labels, 'tick labels');
  const chart = svgOf(element).getBoundingClientRect();
  for (const { text, box } of labels)
    expect(box.left, `tick label "${text}" inside the chart`).to.be.at.least(chart.left - 0.5);
}

describe('<indicator-trend> layout', () => {
  describe('value axis', () => {
    it('frames lines that lie between round steps: two districts at 52–58% get a 60% gridline above them, not a last one at 40%', async () => {
      // 21, 22, 23 of 40 checks: 52.5%, 55%, 57.5%; 15 of 40: 37.5%.
      const report = visibility({ 黄浦区: [21, 22, 23], 徐汇区: [15, 15, 15] }, 40);
      const element = await trendIn(
        480,
        html`<indicator-trend groups="黄浦区,徐汇区" .report=${report}></indicator-trend>`,
      );
      expectFramed(element);
      expect([...shadow(element).querySelectorAll('line.grid + text')].map((text) => text.textContent)).to.deep.equal([
        '0%',
        '20%',
        '40%',
        '60%',
      ]);
    });

    it('frames the interval band of a single series, reaching above its line', async () => {
      // The total, 44 to 46 of 80 checks (55.0–57.5%), with 95% intervals reaching about 68%.
      const report = visibility({ 黄浦区: [22, 22, 23], 徐汇区: [22, 23, 23] }, 40);
      const element = await trendIn(480, html`<indicator-trend .report=${report}></indicator-trend>`);
      expect(shadow(element).querySelector('path.band')).not.to.equal(null);
      expectFramed(element);
    });

    it('labels small counts without repeating a label: 0 to 2 cases filed a quarter get whole-number ticks, not 0, 1, 1, 2, 2', async () => {
      // Filed: none in Q1, one in Q2, two in Q3, one in Q4. A step of 0.5 would label 0.5 as "1".
      const report = courtQuarters('filed_cases', [
        { filed: '2019-04-02' },
        { filed: '2019-07-02' },
        { filed: '2019-07-03' },
        { filed: '2019-10-08' },
      ]);
      const element = await trendIn(480, html`<indicator-trend .report=${report}></indicator-trend>`);
      expectFramed(element);
      expect([...shadow(element).querySelectorAll('line.grid + text')].map((text) => text.textContent)).to.deep.equal([
        '0',
        '1',
        '2',
      ]);
    });

    it('gives a series of zeros an axis from 0 to 1 with two labels', async () => {
      // Four cases filed and none closed: 0 cases closed in every quarter.
      const report = courtQuarters('closed_cases', [
        { filed: '2019-01-02' },
        { filed: '2019-04-02' },
        { filed: '2019-07-02' },
        { filed: '2019-10-02' },
      ]);
      const element = await trendIn(480, html`<indicator-trend .report=${report}></indicator-trend>`);
      expectFramed(element);
      expect([...shadow(element).querySelectorAll('line.grid + text')].map((text) => text.textContent)).to.deep.equal([
        '0',
        '1',
      ]);
    });

    it('widens its left margin for wide tick labels (trial days), in both languages', async () => {
      // One case closed each quarter after 150, 181, 195 and 214 days: an axis up to 250 days.
      const report = courtQuarters('avg_trial_days', [
        { filed: '2018-08-14', closed: '2019-01-11' },
        { filed: '2018-10-28', closed: '2019-04-27' },
        { filed: '2019-01-16', closed: '2019-07-31' },
        { filed: '2019-03-16', closed: '2019-10-16' },
      ]);
      for (const lang of ['zh-CN', 'en']) {
        const element = await trendIn(320, html`<indicator-trend lang=${lang} .report=${report}></indicator-trend>`);
        expectFramed(element);
        expect(shadow(element).querySelector('line.grid + text')!.textContent).to.equal(
          lang === 'en' ? '0 days' : '0 天',
        );
      }
    });
  });

  describe('period labels', () => {
    const quarters = visibility({ 黄浦区: [30, 31, 32, 33], 徐汇区: [20, 21, 22, 23] }, 40, 'quarter');
    const months = visibility({ 黄浦区: [30, 31, 32, 33, 34, 35, 36, 35, 34, 33, 32, 31] }, 40);
    const cases: [string, Report, string, string][] = [
      ['quarters', quarters, '2019年第4季度', 'Q4 2019'],
      ['months', months, '2019年12月', 'Dec 2019'],
    ];
    for (const [what, report, lastZh, lastEn] of cases) {
      it(`keeps every label of ${what} inside the chart and apart, the latest period's among them, from 280 px wide, in zh-CN and en`, async () => {
        for (const lang of ['zh-CN', 'en']) {
          for (const width of [280, 300, 340, 400, 454, 560, 718, 1000]) {
            const element = await trendIn(
              width,
              html`<indicator-trend lang=${lang} .report=${report}></indicator-trend>`,
            );
            const labels = textBoxes(shadow(element).querySelectorAll('text.period'));
            const chart = svgOf(element).getBoundingClientRect();
            const where = `${lang}, ${width} px`;
            expect(labels.length, where).to.be.at.least(1);
            for (const { text, box } of labels) {
              expect(box.left, `${where}: "${text}" left edge`).to.be.at.least(chart.left - 0.5);
              expect(box.right, `${where}: "${text}" right edge`).to.be.at.most(chart.right + 0.5);
            }
            expectApart(labels, `${where}: period labels`);
            expect(labels.at(-1)!.text, `${where}: the latest period is labelled`).to.equal(
              lang === 'en' ? lastEn : lastZh,
            );
          }
        }
      });
    }
  });

  describe('annotations', () => {
    const report = visibility(
      {
        黄浦区: [30, 31, 32, 33, 34, 36, 38, 39, 40, 40, 40, 40],
        徐汇区: [10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32],
      },
      40,
    );

    it('draws a 100 KB label cut to at most 40 characters, quickly, and keeps it whole in the announcement and the table view', async () => {
      const long = `进博会${'安保'.repeat(50_000)}`;
      const start = performance.now();
      const element = await trendIn(
        560,
        html`<indicator-trend .report=${report} .annotations=${[{ date: '2019-11-05', label: long }]}></indicator-trend>`,
      );
      const elapsed = performance.now() - start;
      // The render itself is far below this (issue 22 asks 50 ms); the bound only catches the quadratic cut, 65 s before.
      expect(elapsed, 'ms to render').to.be.below(1000);
      const label = shadow(element).querySelector('line.event + text')!;
      const shown = ownText(label);
      expect([...shown].length, 'characters drawn').to.be.at.most(40);
      expect(shown).to.match(/^进博会安保.*…$/);
      expect(label.querySelector('title')!.textContent!.length).to.equal(long.length);
      // Focus starts on the latest period, December; one step left is November, the label's.
      const plot = shadow(element).querySelector<SVGGElement>('g[role="button"]')!;
      plot.focus();
      await element.updateComplete;
      plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
      await element.updateComplete;
      const tooltip = shadow(element).querySelector('[part="tooltip"]')!.textContent!;
      expect(tooltip.startsWith('2019年11月：')).to.equal(true);
      expect(tooltip.endsWith(long)).to.equal(true);
      shadow(element).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
      await element.updateComplete;
      expect(shadow(element).querySelector('[part="annotations"] li')!.textContent).to.equal(`2019年11月：${long}`);
    });

    it('places many labels apart from each other and above every line and band, inside the chart, in both languages and at any width', async () => {
      const labels: Record<string, readonly string[]> = {
        'zh-CN': [
          '春节',
          '街面巡防机制改革',
          '两会安保',
          '扫黑除恶专项斗争推进会',
          '夏季治安',
          '第二届中国国际进口博览会',
          '国庆',
          '冬防',
        ],
        en: [
          'Spring Festival',
          'Street patrol reform',
          'Two Sessions',
          'Anti-gang campaign review',
          'Summer policing',
          '2nd China International Import Expo',
          'National Day',
          'Winter watch',
        ],
      };
      const dates = [
        '2019-02-05',
        '2019-04-01',
        '2019-04-15',
        '2019-06-10',
        '2019-07-20',
        '2019-11-05',
        '2019-10-01',
        '2019-12-01',
      ];
      for (const lang of ['zh-CN', 'en'] as const) {
        const notes: TrendAnnotation[] = dates.map((date, index) => ({ date, label: labels[lang]![index]! }));
        for (const groups of ['黄浦区', '黄浦区,徐汇区']) {
          for (const width of [280, 360, 454, 560, 800]) {
            const element = await trendIn(
              width,
              html`<indicator-trend lang=${lang} groups=${groups} .report=${report} .annotations=${notes}></indicator-trend>`,
            );
            const where = `${lang}, ${groups}, ${width} px`;
            const drawn = textBoxes(shadow(element).querySelectorAll('line.event + text'));
            expect(drawn.length, `${where}: labels drawn`).to.be.at.least(2);
            expectApart(drawn, `${where}: annotation labels`);
            const plot = plotBox(element);
            const marks = [...shadow(element).querySelectorAll('path.line, path.band')]
              .filter((path) => path.getAttribute('d') !== '')
              .map((path) => path.getBoundingClientRect());
            for (const { text, box } of drawn) {
              expect([...text].length, `${where}: "${text}" length`).to.be.at.most(40);
              expect(box.left, `${where}: "${text}" left edge`).to.be.at.least(plot.left - 0.5);
              expect(box.right, `${where}: "${text}" right edge`).to.be.at.most(plot.right + 0.5);
              for (const mark of marks)
                expect(box.bottom, `${where}: "${text}" above the series`).to.be.at.most(mark.top + 0.5);
            }
          }
        }
      }
    });

    it('passes axe with annotation lanes and with the annotations listed under the table view', async () => {
      const element = await trendIn(
        480,
        html`<indicator-trend lang="en" .report=${report} .annotations=${[
          { date: '2019-04-01', label: 'Street patrol reform' },
          { date: '2019-11-05', label: '2nd China International Import Expo' },
        ]}></indicator-trend>`,
      );
      await expect(element).to.be.accessible();
      shadow(element).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
      await element.updateComplete;
      expect(
        [...shadow(element).querySelectorAll('[part="annotations"] li')].map((item) => item.textContent),
      ).to.deep.equal(['Apr 2019: Street patrol reform', 'Nov 2019: 2nd China International Import Expo']);
      await expect(element).to.be.accessible();
    });
  });
});
