// A new user's trial of <lawgauge-dashboard> with files the page gives (`files`): the worker words
// its errors in the panel's language with the core's messages, the file named first; it reads a
// file by its extension, else its media type, and refuses anything else; and a computed panel
// says, in words, how many rows were read, used, rejected and skipped, naming the first rejected row.
import { expect, fixture, html } from '@open-wc/testing';
import '../widgets/lawgauge-dashboard/define.js';
import type { LawgaugeDashboard } from '../widgets/lawgauge-dashboard/lawgauge-dashboard.js';
import type { IndicatorCard } from '../widgets/indicator-card/indicator-card.js';
import { waitFor } from './support/wait-for.js';

const shadow = (element: Element): ShadowRoot => element.shadowRoot!;
const SEED = '/seeds/procuratorate_cases.csv';

const dashboard = {
  title: { 'zh-CN': '检察', en: 'Procuratorate' },
  sections: [
    {
      id: 'p',
      title: { 'zh-CN': '案-件比', en: 'Ratio' },
      panels: [
        {
          widget: 'indicator-card',
          compute: {
            catalog: 'procuratorate',
            indicator: 'case_proceeding_ratio',
            data: { procuratorate_cases: 'picked' },
            period: 'year',
            from: '2019-01-01',
            to: '2019-12-31',
          },
        },
      ],
    },
  ],
};

async function withFile(lang: 'zh-CN' | 'en', file: Blob): Promise<LawgaugeDashboard> {
  return fixture<LawgaugeDashboard>(
    html`<lawgauge-dashboard lang=${lang} worker="/dist/lawgauge-compute.worker.js"
      .files=${{ picked: file }} .report=${dashboard}></lawgauge-dashboard>`,
  );
}

async function alertText(element: LawgaugeDashboard): Promise<string> {
  await waitFor(() => shadow(element).querySelector('.computing[role="alert"]'), 'no error was shown', 15_000);
  return shadow(element).querySelector('.computing[role="alert"] small')!.textContent!;
}

async function computedCard(element: LawgaugeDashboard): Promise<IndicatorCard> {
  await waitFor(
    () => shadow(element).querySelector<IndicatorCard>('indicator-card')?.report !== undefined,
    'the computed card did not show',
    15_000,
  );
  return shadow(element).querySelector<IndicatorCard>('indicator-card')!;
}

const seedText = async (): Promise<string> => (await fetch(SEED)).text();

describe('<lawgauge-dashboard> trial: files the page gives', () => {
  it("words a missing column in the page's language, the file named first, without internal paths", async () => {
    const lines = (await seedText()).split('\n');
    const withoutDate = lines.map((line) => line.split(',').slice(1).join(',')).join('\n');
    const zh = await alertText(await withFile('zh-CN', new File([withoutDate], '缺列.csv', { type: 'text/csv' })));
    expect(zh).to.match(/^缺列\.csv：字段 "\w+" 没有对应的列/);
    expect(zh).not.to.contain('columns.');
    expect(zh).not.to.contain('no column');
    const en = await alertText(await withFile('en', new File([withoutDate], 'nodate.csv', { type: 'text/csv' })));
    expect(en).to.match(/^nodate\.csv: no column for field "\w+"/);
  });

  it('words a workbook that is not one in Chinese on a zh-CN page', async () => {
    const text = await alertText(await withFile('zh-CN', new File(['not a zip'], 'broken.xlsx')));
    expect(text).to.equal('broken.xlsx：不是 Excel 工作簿（.xlsx）；请另存为 .xlsx 或 CSV');
  });

  it('names a JSON data file that is not JSON, in Chinese on a zh-CN page', async () => {
    const text = await alertText(await withFile('zh-CN', new File(['[{"立案日期": '], 'broken.json')));
    expect(text).to.match(/^broken\.json：/);
    expect(text).to.contain('JSON');
    expect(text).not.to.match(/^(SyntaxError|Unexpected)/);
  });

  it("names a mapping that cannot be downloaded, in the page's language", async () => {
    const panel = dashboard.sections[0]!.panels[0]!;
    const withMapping = {
      ...dashboard,
      sections: [
        {
          ...dashboard.sections[0]!,
          panels: [{ ...panel, compute: { ...panel.compute, mapping: '/no/such-mapping.json' } }],
        },
      ],
    };
    const element = await fixture<LawgaugeDashboard>(
      html`<lawgauge-dashboard lang="zh-CN" worker="/dist/lawgauge-compute.worker.js"
        .files=${{ picked: new File([await seedText()], 'cases.csv') }} .report=${withMapping}></lawgauge-dashboard>`,
    );
    expect(await alertText(element)).to.match(/^http:\/\/[^ ]+\/no\/such-mapping\.json：无法下载（HTTP 404）$/);
  });

  it('refuses a file whose extension and media type are neither CSV, JSON nor a workbook, naming it', async () => {
    const zh = await alertText(
      await withFile('zh-CN', new File(['受理日期,区\n'], 'half.txt', { type: 'text/plain' })),
    );
    expect(zh).to.equal('half.txt：无法识别文件格式；请给出 .csv、.json、.xlsx 文件');
    const en = await alertText(await withFile('en', new File(['受理日期,区\n'], 'half.txt')));
    expect(en).to.equal('half.txt: unknown file format; give a .csv, .json, .xlsx file');
  });

  it('refuses an NDJSON or tab-separated file naming it and what to give instead', async () => {
    const ndjson = await alertText(await withFile('zh-CN', new File(['{"受理日期": "2019-01-01"}\n'], '案件.ndjson')));
    expect(ndjson).to.equal(
      '案件.ndjson：NDJSON（.ndjson、.jsonl）文件只由 lawgauge compute 读取，浏览器中不读；请给出 .csv、.json、.xlsx 文件（.json 为记录的数组）',
    );
    const tsv = await alertText(await withFile('en', new File(['受理日期\t区\n'], 'cases.tsv')));
    expect(tsv).to.equal(
      'cases.tsv: tab-separated (.tsv) files are not read; save it as CSV (comma-separated), or give a .csv, .json, .xlsx file',
    );
  });

  it('reads a file without an extension by its media type', async () => {
    const card = await computedCard(await withFile('en', new File([await seedText()], 'export', { type: 'text/csv' })));
    expect(card.report!.rows.length).to.be.greaterThan(0);
  });

  it("shows the data quality as its section's footnote, naming the first rejected row, in words", async () => {
    const lines = (await seedText()).split('\n');
    lines[2] = lines[2]!.replace(/^[^,]+/, '2019/2/30');
    const element = await withFile('zh-CN', new File([lines.join('\n')], 'bad-date.csv', { type: 'text/csv' }));
    await computedCard(element);
    const quality = shadow(element).querySelector<HTMLElement>('section > [part="quality"]');
    expect(quality).to.not.equal(null);
    expect(quality!.textContent).to.match(
      /^数据（bad-date\.csv）：读取 2,000 行，可用 1,999，剔除 1，跳过 0（首个剔除：第 2 条记录（第 3 行）受理日期（\w+）：.*2019\/2\/30.*）$/,
    );
    expect(quality!.hasAttribute('style')).to.equal(false);
    // The section's, not a card's: after the grid of panels, as wide as it (at a phone's width,
    // under a panel, it read as that card's text).
    const grid = quality!.parentElement!.querySelector('.grid')!;
    expect(quality!.previousElementSibling).to.equal(grid);
    expect(quality!.getBoundingClientRect().width).to.equal(grid.getBoundingClientRect().width);
    // A language switch words the line, the rejected row's problem included, in the new language.
    element.lang = 'en';
    await waitFor(
      () => /^Data \(/.test(shadow(element).querySelector('section > [part="quality"]')?.textContent ?? ''),
      'the data-quality line was not worded again',
      15_000,
    );
    const en = shadow(element).querySelector('section > [part="quality"]')!.textContent!;
    expect(en).to.match(
      /^Data \(bad-date\.csv\): read 2,000, used 1,999, quarantined 1, skipped 0 \(first quarantined: row 2, line 3, 受理日期 \(\w+\): /,
    );
    expect(en).to.contain('"2019/2/30" is not a valid date');
    expect(en).not.to.contain('条记录');
  });

  it('says how many records an empty field left out of the indicator, naming the field as the file does', async () => {
    // The seed's court cases: some closed in 2019-Q1 have no 审限天数, so on_time_closure_rate leaves them out.
    const courts = {
      title: { 'zh-CN': '法院', en: 'Courts' },
      sections: [
        {
          id: 'c',
          title: { 'zh-CN': '审判', en: 'Trials' },
          panels: [
            {
              widget: 'indicator-card',
              compute: {
                catalog: 'court-case-quality',
                indicator: 'on_time_closure_rate',
                data: { cases: 'picked' },
                period: 'quarter',
                from: '2019-01-01',
                to: '2019-03-31',
              },
            },
          ],
        },
      ],
    };
    const file = new File([await (await fetch('/seeds/cases.csv')).text()], 'cases.csv', { type: 'text/csv' });
    const element = await fixture<LawgaugeDashboard>(
      html`<lawgauge-dashboard lang="zh-CN" worker="/dist/lawgauge-compute.worker.js"
        .files=${{ picked: file }} .report=${courts}></lawgauge-dashboard>`,
    );
    await computedCard(element);
    const quality = (): string => shadow(element).querySelector('section > [part="quality"]')?.textContent ?? '';
    // As `lawgauge compute` says it (test/evaluate/empty-exclusions.test.ts), after the file's line.
    expect(quality()).to.match(/^数据（cases\.csv）：读取 4,000 行/);
    expect(quality()).to.contain(
      '注意：cases：18 条记录的审限天数（time_limit_days）为空，未计入 on_time_closure_rate（见其报告的 quality.cases.excluded）',
    );
    element.lang = 'en';
    await waitFor(() => /^Data \(/.test(quality()), 'the data-quality lines were not worded again', 15_000);
    expect(quality()).to.contain(
      "note: cases: 18 records without 审限天数 (time_limit_days) are not counted in on_time_closure_rate (its Report's quality.cases.excluded)",
    );
  });
});

describe("<lawgauge-dashboard> trial: a File under the README's strict CSP", () => {
  /** The page in an iframe, once `ready` holds (or after `timeoutMs`). */
  async function page(url: string, ready: (win: Window) => boolean, timeoutMs = 20_000): Promise<Window> {
    const frame = document.createElement('iframe');
    frame.src = url;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow!;
    for (const start = Date.now(); Date.now() - start < timeoutMs && !ready(win);)
      await new Promise((resolve) => setTimeout(resolve, 20));
    return win;
  }
  const boardOf = (win: Window): ShadowRoot | null | undefined =>
    win.document.querySelector('lawgauge-dashboard')?.shadowRoot;

  it("names the file and says to allow connect-src blob: where the page's policy has no blob:", async () => {
    const win = await page(
      '/test-browser/pages/dashboard-files-csp.html',
      (w) => boardOf(w)?.querySelector('.computing[role="alert"]') != null,
    );
    const alert = boardOf(win)!.querySelector('.computing[role="alert"]')!;
    expect(alert.querySelector('strong')!.textContent).to.equal('无法计算此图表');
    expect(alert.querySelector('small')!.textContent).to.equal(
      "案件.csv：无法读取页面给出的文件。若页面设置了内容安全策略，请在 connect-src 中允许 blob:（例如 connect-src 'self' blob:）",
    );
  });

  it("computes the File where the policy adds what the README says: connect-src 'self' blob:", async () => {
    const win = await page(
      '/test-browser/pages/dashboard-files-csp.html?blob=allowed',
      (w) => boardOf(w)?.querySelector('section > [part="quality"]') != null,
    );
    expect(boardOf(win)!.querySelector('[role="alert"]')).to.equal(null);
    expect(boardOf(win)!.querySelector('section > [part="quality"]')!.textContent).to.equal(
      '数据（案件.csv）：读取 2 行，可用 2，剔除 0，跳过 0',
    );
  });
});
