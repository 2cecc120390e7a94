// Issue 26: a page gives the dashboard the CSV files a user picked (`File`s, from
// <input type="file"> or a drop), by the name `compute.data` uses, or as a blob: URL; the worker
// reads them as `lawgauge compute` reads files: UTF-8, or GB18030 when the bytes are not UTF-8.
// The GB18030 fixture is seeds/procuratorate_cases.csv encoded by Python's `gb18030` codec.
import { expect, fixture, html } from '@open-wc/testing';
import '../widgets/lawgauge-dashboard/define.js';
import type { LawgaugeDashboard } from '../widgets/lawgauge-dashboard/lawgauge-dashboard.js';
import type { IndicatorCard } from '../widgets/indicator-card/indicator-card.js';
import { waitFor } from './support/wait-for.js';

const shadow = (element: Element): ShadowRoot => element.shadowRoot!;

async function file(url: string, name: string): Promise<File> {
  return new File([await (await fetch(url)).arrayBuffer()], name, { type: 'text/csv' });
}

const panel = (data: string) => ({
  widget: 'indicator-card',
  compute: {
    catalog: 'procuratorate',
    indicator: 'case_proceeding_ratio',
    data: { procuratorate_cases: data },
    period: 'year',
    from: '2019-01-01',
    to: '2019-12-31',
  },
});

const dashboardOf = (data: readonly string[]) => ({
  title: { 'zh-CN': '检察', en: 'Procuratorate' },
  sections: [{ id: 'p', title: { 'zh-CN': '案-件比', en: 'Ratio' }, panels: data.map(panel) }],
});

const cards = (element: Element): IndicatorCard[] => [
  ...shadow(element).querySelectorAll<IndicatorCard>('indicator-card'),
];

async function computed(element: LawgaugeDashboard, count: number): Promise<IndicatorCard[]> {
  await waitFor(
    () => cards(element).length === count && cards(element).every((card) => card.report !== undefined),
    'the computed cards did not show',
    15_000,
  );
  return cards(element);
}

describe('<lawgauge-dashboard> reading files the page gives', () => {
  it('reads File objects by their names in compute.data, and a blob: URL, UTF-8 and GB18030 alike', async () => {
    const utf8 = await file('/seeds/procuratorate_cases.csv', '案件.csv');
    const gbk = await file('/test-browser/pages/procuratorate_cases.gb18030.csv', '案件-GBK.csv');
    const blobUrl = URL.createObjectURL(gbk);
    try {
      // `picked.csv` and `picked-gbk.csv` are not served: the worker must read the files instead.
      const element = await fixture<LawgaugeDashboard>(
        html`<lawgauge-dashboard lang="en" worker="/dist/lawgauge-compute.worker.js"
          .files=${{ 'picked.csv': utf8, 'picked-gbk.csv': gbk }}
          .report=${dashboardOf(['/seeds/procuratorate_cases.csv', 'picked.csv', 'picked-gbk.csv', blobUrl])}></lawgauge-dashboard>`,
      );
      const [fetched, fromFile, fromGbk, fromBlobUrl] = await computed(element, 4);
      expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);
      const rows = fetched!.report!.rows;
      expect(rows.length).to.be.greaterThan(0);
      expect(fromFile!.report!.rows).to.deep.equal(rows);
      expect(fromGbk!.report!.rows).to.deep.equal(rows);
      expect(fromBlobUrl!.report!.rows).to.deep.equal(rows);
      expect(fromGbk!.shadowRoot!.querySelector('[part="value"]')!.textContent).to.match(/^1:\d\.\d\d$/);
    } finally {
      URL.revokeObjectURL(blobUrl);
    }
  });

  it('computes again when given other files, and names the file in a problem', async () => {
    const good = await file('/seeds/procuratorate_cases.csv', 'good.csv');
    const element = await fixture<LawgaugeDashboard>(
      html`<lawgauge-dashboard lang="en" worker="/dist/lawgauge-compute.worker.js"
        .files=${{ 'picked.csv': good }} .report=${dashboardOf(['picked.csv'])}></lawgauge-dashboard>`,
    );
    await computed(element, 1);
    element.files = { 'picked.csv': new File(['not,the,header\n1,2,3\n'], '用户的文件.csv', { type: 'text/csv' }) };
    await waitFor(() => shadow(element).querySelector('.computing[role="alert"]'), 'the bad file was not reported');
    const alert = shadow(element).querySelector('.computing[role="alert"]')!.textContent!;
    expect(alert).to.contain('Cannot compute this chart');
    expect(alert).to.contain('用户的文件.csv');
    element.files = { 'picked.csv': good };
    await computed(element, 1);
  });

  it('without a file of that name, fetches the name as a URL', async () => {
    const element = await fixture<LawgaugeDashboard>(
      html`<lawgauge-dashboard lang="en" worker="/dist/lawgauge-compute.worker.js"
        .files=${{ 'other.csv': new File(['x'], 'other.csv') }} .report=${dashboardOf(['/no/such.csv'])}></lawgauge-dashboard>`,
    );
    await waitFor(() => shadow(element).querySelector('.computing[role="alert"]'), 'the missing URL was not reported');
    expect(shadow(element).querySelector('.computing[role="alert"]')!.textContent).to.contain('HTTP 404');
  });

  it('revokes each blob: URL once nothing reads it: a config that fails, files replaced meanwhile, leaving the page', async () => {
    const live = new Set<string>();
    const created: string[] = [];
    const { createObjectURL, revokeObjectURL } = URL;
    URL.createObjectURL = (object: Blob | MediaSource): string => {
      const url = createObjectURL(object);
      created.push(url);
      live.add(url);
      return url;
    };
    URL.revokeObjectURL = (url: string): void => {
      live.delete(url);
      revokeObjectURL(url);
    };
    try {
      const first = await file('/seeds/procuratorate_cases.csv', 'first.csv');
      const element = await fixture<LawgaugeDashboard>(
        html`<lawgauge-dashboard lang="en" worker="/dist/lawgauge-compute.worker.js"
          .files=${{ 'picked.csv': first }} .report=${dashboardOf(['picked.csv'])}></lawgauge-dashboard>`,
      );
      await computed(element, 1);
      expect(created.length).to.equal(1);
      expect(live.size).to.equal(1);
      // A config that fails its check: nothing computes, so the file's URL goes at once.
      element.report = { title: 'no sections' } as unknown as LawgaugeDashboard['report'];
      await element.updateComplete;
      expect(shadow(element).querySelector('[role="alert"]')).to.not.equal(null);
      expect(live.size).to.equal(0);
      // Files replaced while the config is in error: no URL is made for them yet.
      const second = await file('/seeds/procuratorate_cases.csv', 'second.csv');
      element.files = { 'picked.csv': second };
      await element.updateComplete;
      expect(live.size).to.equal(0);
      // A good config again: one URL, for the file given now.
      element.report = dashboardOf(['picked.csv']) as LawgaugeDashboard['report'];
      await computed(element, 1);
      expect(created.length).to.equal(2);
      expect(live.size).to.equal(1);
      // Replaced by another file: the old URL is revoked when the new one is made.
      element.files = { 'picked.csv': await file('/seeds/procuratorate_cases.csv', 'third.csv') };
      await element.updateComplete;
      expect(created.length).to.equal(3);
      expect(live.size).to.equal(1);
      element.remove();
      expect(live.size).to.equal(0);
    } finally {
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
    }
  });
});
