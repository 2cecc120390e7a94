// What a dashboard says when a panel or its config fails: computed panels fire `lg-error` as `src`
// panels do, with the same detail shape.
import { expect, fixture, html } from '@open-wc/testing';
import '../widgets/lawgauge-dashboard/define.js';
import type { LgErrorDetail } from '../widgets/base/lawgauge-element.js';
import type { LawgaugeDashboard } from '../widgets/lawgauge-dashboard/lawgauge-dashboard.js';
import { waitFor } from './support/wait-for.js';

const computed = (data: Record<string, string>) => ({
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
            data,
            period: 'year',
            from: '2019-01-01',
            to: '2019-12-31',
          },
        },
      ],
    },
  ],
});

/** Mounts `template`'s dashboard, collecting the `lg-error` events that reach the document. */
async function errorsOf(
  mount: () => Promise<LawgaugeDashboard>,
): Promise<{ element: LawgaugeDashboard; errors: LgErrorDetail[] }> {
  const errors: LgErrorDetail[] = [];
  const listener = (event: Event): void => void errors.push((event as CustomEvent<LgErrorDetail>).detail);
  document.addEventListener('lg-error', listener);
  const element = await mount();
  await waitFor(() => element.shadowRoot!.querySelector('[role="alert"]'), 'no error was shown', 15_000);
  // An event fired twice would come in the same or the next task.
  await new Promise((resolve) => setTimeout(resolve, 200));
  document.removeEventListener('lg-error', listener);
  return { element, errors };
}

describe('<lawgauge-dashboard> errors', () => {
  it('a computed panel whose CSV is missing (HTTP 404) fires lg-error once, as a src panel does', async () => {
    const { element, errors } = await errorsOf(() =>
      fixture<LawgaugeDashboard>(
        html`<lawgauge-dashboard lang="en" worker="/dist/lawgauge-compute.worker.js"
          .report=${computed({ procuratorate_cases: '/no/such-cases.csv' })}></lawgauge-dashboard>`,
      ),
    );
    expect(errors).to.have.length(1);
    const url = new URL('/no/such-cases.csv', document.baseURI).href;
    expect(errors[0]).to.deep.equal({
      code: 'compute_failed',
      message: `Cannot compute this chart: ${url}: could not be downloaded (HTTP 404)`,
      source: url,
    });
    expect(element.shadowRoot!.querySelector('[role="alert"] strong')!.textContent).to.equal(
      'Cannot compute this chart',
    );
  });

  it('a computed panel given a file it cannot read fires lg-error naming the file, in the panel’s language', async () => {
    const { errors } = await errorsOf(() =>
      fixture<LawgaugeDashboard>(
        html`<lawgauge-dashboard lang="zh-CN" worker="/dist/lawgauge-compute.worker.js"
          .files=${{ picked: new File(['受理日期,区\n'], 'half.txt', { type: 'text/plain' }) }}
          .report=${computed({ procuratorate_cases: 'picked' })}></lawgauge-dashboard>`,
      ),
    );
    expect(errors).to.deep.equal([
      {
        code: 'compute_failed',
        message: '无法计算此图表: half.txt：无法识别文件格式；请给出 .csv、.json、.xlsx 文件',
        source: 'half.txt',
      },
    ]);
  });

  it('a worker that cannot start fires lg-error for each computed panel', async () => {
    const { errors } = await errorsOf(() =>
      fixture<LawgaugeDashboard>(
        html`<lawgauge-dashboard lang="en" worker="/no/such-worker.js"
          .report=${computed({ procuratorate_cases: '/seeds/procuratorate_cases.csv' })}></lawgauge-dashboard>`,
      ),
    );
    expect(errors).to.have.length(1);
    expect(errors[0]!.code).to.equal('compute_failed');
    expect(errors[0]!.message).to.match(/^The compute worker \(Web Worker\) did not start/);
  });
});

describe('<lawgauge-dashboard> config errors', () => {
  it('an unknown indicator is named at its place in the config, with the nearest id', async () => {
    const config = computed({ procuratorate_cases: '/seeds/procuratorate_cases.csv' });
    config.sections[0]!.panels[0]!.compute.indicator = 'case_proceding_ratio';
    for (const [lang, expected] of [
      [
        'zh-CN',
        /^sections\[0\]\.panels\[0\]\.compute\.indicator：未知的指标 "case_proceding_ratio"（是否要用 "case_proceeding_ratio"？）；已有：/,
      ],
      [
        'en',
        /^sections\[0\]\.panels\[0\]\.compute\.indicator: unknown indicator "case_proceding_ratio" \(did you mean "case_proceeding_ratio"\?\); known: /,
      ],
    ] as const) {
      const { element, errors } = await errorsOf(() =>
        fixture<LawgaugeDashboard>(
          html`<lawgauge-dashboard lang=${lang} worker="/dist/lawgauge-compute.worker.js"
            .report=${config}></lawgauge-dashboard>`,
        ),
      );
      expect(element.shadowRoot!.querySelector('[role="alert"] small')!.textContent).to.match(expected);
      expect(errors).to.have.length(1);
    }
  });
});
