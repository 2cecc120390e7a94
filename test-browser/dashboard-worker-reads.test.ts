// What <lawgauge-dashboard>'s compute worker reads: a file once, whatever the language it words
// the panels in (a language switch asks the same worker, which kept its tables), and of a file
// only the fields its panels' indicators use, as `lawgauge compute` reads it.
import { expect, fixture, html } from '@open-wc/testing';
import '../widgets/lawgauge-dashboard/define.js';
import type { LawgaugeDashboard } from '../widgets/lawgauge-dashboard/lawgauge-dashboard.js';
import type { IndicatorCard } from '../widgets/indicator-card/indicator-card.js';
import { waitFor } from './support/wait-for.js';

const shadow = (element: Element): ShadowRoot => element.shadowRoot!;
const SEED = '/seeds/procuratorate_cases.csv';

const panel = (data: string, mapping?: string) => ({
  widget: 'indicator-card',
  compute: {
    catalog: 'procuratorate',
    indicator: 'case_proceeding_ratio',
    data: { procuratorate_cases: data },
    ...(mapping === undefined ? {} : { mapping }),
    period: 'year',
    from: '2019-01-01',
    to: '2019-12-31',
  },
});

const dashboardOf = (panels: readonly unknown[]) => ({
  title: { 'zh-CN': '检察', en: 'Procuratorate' },
  sections: [{ id: 'p', title: { 'zh-CN': '案-件比', en: 'Ratio' }, panels }],
});

/** How many requests carried `?count=key` (test-browser/support/report-api.mjs). */
async function fetches(key: string): Promise<number> {
  return ((await (await fetch(`/api/count?key=${key}`)).json()) as { count: number }).count;
}

const qualityText = (element: LawgaugeDashboard): string =>
  shadow(element).querySelector('section > [part="quality"]')?.textContent ?? '';
const alertText = (element: LawgaugeDashboard): string =>
  shadow(element).querySelector('.computing[role="alert"] small')?.textContent ?? '';

describe("<lawgauge-dashboard>'s worker reads a file once, whatever the language", () => {
  it('words the panels again on a language switch without fetching the data or the mapping again', async () => {
    const key = `switch-${Date.now()}`;
    const element = await fixture<LawgaugeDashboard>(
      html`<lawgauge-dashboard lang="zh-CN" worker="/dist/lawgauge-compute.worker.js"
        .report=${dashboardOf([panel(`${SEED}?count=${key}`, `/seeds/mapping.json?count=${key}-map`), panel(`/no/such.csv?count=${key}-404`)])}></lawgauge-dashboard>`,
    );
    await waitFor(
      () => qualityText(element).startsWith('数据（') && alertText(element) !== '',
      'the panels were not computed',
      15_000,
    );
    expect(qualityText(element)).to.equal('数据（procuratorate_cases.csv）：读取 2,000 行，可用 2,000，剔除 0，跳过 0');
    expect(alertText(element)).to.match(/^http:\/\/[^ ]+\/no\/such\.csv\?count=[\w-]+：无法下载（HTTP 404）$/);
    const report = shadow(element).querySelector<IndicatorCard>('indicator-card')!.report;
    expect([await fetches(key), await fetches(`${key}-map`), await fetches(`${key}-404`)]).to.deep.equal([1, 1, 1]);

    element.lang = 'en';
    await waitFor(
      () => qualityText(element).startsWith('Data (') && /could not be downloaded/.test(alertText(element)),
      'the panels were not worded again',
      15_000,
    );
    expect(qualityText(element)).to.equal(
      'Data (procuratorate_cases.csv): read 2,000, used 2,000, quarantined 0, skipped 0',
    );
    expect(alertText(element)).to.match(/\/no\/such\.csv\?count=[\w-]+: could not be downloaded \(HTTP 404\)$/);
    expect(shadow(element).querySelector<IndicatorCard>('indicator-card')!.report).to.deep.equal(report);
    expect([await fetches(key), await fetches(`${key}-map`), await fetches(`${key}-404`)]).to.deep.equal([1, 1, 1]);
  });

  it('reads the files again when they change', async () => {
    const key = `files-${Date.now()}`;
    const element = await fixture<LawgaugeDashboard>(
      html`<lawgauge-dashboard lang="en" worker="/dist/lawgauge-compute.worker.js"
        .report=${dashboardOf([panel(`${SEED}?count=${key}`)])}></lawgauge-dashboard>`,
    );
    await waitFor(() => qualityText(element).startsWith('Data ('), 'the panel was not computed', 15_000);
    element.files = {};
    await waitFor(
      () => shadow(element).querySelector('.computing[role="status"]') !== null || qualityText(element) === '',
      'the panel was not computed again',
    );
    await waitFor(() => qualityText(element).startsWith('Data ('), 'the panel was not computed again', 15_000);
    expect(await fetches(key)).to.equal(2);
  });
});

describe("<lawgauge-dashboard>'s worker reads the fields its panels use", () => {
  it("reads a file without the columns the panel's indicator does not use, as `lawgauge compute` does", async () => {
    // `district` (区) is required by the dataset but not read by case_proceeding_ratio.
    const lines = (await (await fetch(SEED)).text()).split('\n');
    const withoutDistrict = lines.map((line) =>
      line
        .split(',')
        .filter((_, column) => column !== 1)
        .join(','),
    );
    const element = await fixture<LawgaugeDashboard>(
      html`<lawgauge-dashboard lang="en" worker="/dist/lawgauge-compute.worker.js"
        .files=${{ picked: new File([withoutDistrict.join('\n')], 'no-district.csv', { type: 'text/csv' }) }}
        .report=${dashboardOf([panel('picked'), panel(SEED)])}></lawgauge-dashboard>`,
    );
    const cards = (): IndicatorCard[] => [...shadow(element).querySelectorAll<IndicatorCard>('indicator-card')];
    await waitFor(
      () => cards().length === 2 && cards().every((card) => card.report !== undefined),
      'the computed cards did not show',
      15_000,
    );
    expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);
    expect(cards()[0]!.report!.rows).to.deep.equal(cards()[1]!.report!.rows);
  });
});
