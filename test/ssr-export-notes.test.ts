// The notes under a widget's picture name the periods the picture shows, not the Report's whole
// range: one period for a card, the bars, a table, a map, a funnel; the series for a trend and an
// SPC chart. lawgauge/ssr (and `lawgauge render`) asks the element it rendered, as the browser's
// export asks the element in the page (test-browser/export.test.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface RenderOptions {
  readonly lang?: 'zh-CN' | 'en';
  readonly attributes?: Readonly<Record<string, string>>;
}
interface SsrEntry {
  renderWidgetSvg(widget: string, data: unknown, options: RenderOptions): Promise<string>;
}
/** lawgauge/ssr, imported through a variable so the core's typecheck (no DOM) does not follow it into the widgets. */
const SSR_ENTRY = '../widgets/ssr/index.js';
const { renderWidgetSvg } = (await import(SSR_ENTRY)) as SsrEntry;

/** Street visibility by district, monthly, January to December 2019 (the Report's range: the whole year). */
const MONTHLY = JSON.parse(readFileSync('examples/dashboard/reports/street-visibility-monthly.json', 'utf8')) as {
  period: { from: string; to: string };
};

/** The notes under the picture: the `<text>` lines of its last group. */
async function notes(
  widget: string,
  lang: 'zh-CN' | 'en',
  attributes: Record<string, string> = {},
  report: unknown = MONTHLY,
): Promise<string[]> {
  const svg = await renderWidgetSvg(widget, report, { lang, attributes });
  return [...svg.slice(svg.lastIndexOf('<g fill=')).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, text]) => text!);
}

const ONE_PERIOD: readonly [string, Record<string, string>, string, string][] = [
  ['indicator-card', {}, '统计期：2019年12月', 'Period: Dec 2019'],
  ['indicator-card', { period: '2019-04' }, '统计期：2019年4月', 'Period: Apr 2019'],
  ['indicator-bars', {}, '统计期：2019年12月', 'Period: Dec 2019'],
  ['indicator-bars', { period: '2019-04' }, '统计期：2019年4月', 'Period: Apr 2019'],
  ['indicator-table', { period: '2019-04' }, '统计期：2019年4月', 'Period: Apr 2019'],
  ['indicator-map', { period: '2019-04' }, '统计期：2019年4月', 'Period: Apr 2019'],
  ['indicator-funnel', { period: '2019-04' }, '统计期：2019年4月', 'Period: Apr 2019'],
];

describe('the notes under a picture name the periods it shows', () => {
  it('the Report covers the whole year: the one-period widgets below show less', () => {
    expect(MONTHLY.period).toEqual(expect.objectContaining({ from: '2019-01-01', to: '2019-12-31' }));
  });

  for (const [widget, attributes, zh, en] of ONE_PERIOD) {
    it(`<${widget}> ${JSON.stringify(attributes)}: its one period, as the widget names it`, async () => {
      const chinese = await notes(widget, 'zh-CN', attributes);
      expect(chinese[0]).toBe(zh);
      const english = await notes(widget, 'en', attributes);
      expect(english[0]).toBe(en);
      expect(english.join('\n')).not.toContain('January 1, 2019');
      expect(english.join('\n')).not.toContain(' to ');
    });
  }

  for (const widget of ['indicator-trend', 'indicator-spc']) {
    it(`<${widget}>: its series, first period to last`, async () => {
      expect((await notes(widget, 'zh-CN'))[0]).toBe('统计期：2019年1月 至 2019年12月');
      expect((await notes(widget, 'en'))[0]).toBe('Period: Jan 2019 to Dec 2019');
    });
  }

  it('a widget showing no period (a period the Report lacks) names none', async () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const lines = await notes('indicator-card', lang, { period: '2020-01' });
      expect(lines.join('\n')).not.toMatch(/统计期|Period:/);
      expect(lines[0]).toMatch(/^(单位|Unit)/);
    }
  });
});

describe("the notes give the indicator's source in the picture's language", () => {
  /** The example's Report: its catalog gives the source in both languages. */
  const localized = JSON.parse(readFileSync('examples/dashboard/reports/clearance-rate-quarterly.json', 'utf8')) as {
    indicator: { source: unknown };
  };
  /** The same with one Chinese string, as catalogs wrote sources before they could be localized. */
  const plain = { ...localized, indicator: { ...localized.indicator, source: '最高人民法院审判质效评估指标' } };

  it('a text in both languages: each picture its own', async () => {
    expect(localized.indicator.source).toEqual({
      'zh-CN': expect.stringContaining('最高人民法院'),
      en: expect.stringContaining("Supreme People's Court"),
    });
    const { 'zh-CN': chinese, en } = localized.indicator.source as { 'zh-CN': string; en: string };
    for (const widget of ['indicator-card', 'indicator-trend']) {
      expect(await notes(widget, 'zh-CN', {}, localized)).toContain(`数据来源：${chinese}`);
      const english = (await notes(widget, 'en', {}, localized)).join(' ');
      // Long: wrapped over two lines.
      expect(english.replace(/\s+/g, ' ')).toContain(`Source: ${en}`);
      expect(english).not.toContain(chinese);
    }
  });

  it('one string (a Report written before): shown as it is in both', async () => {
    expect(await notes('indicator-card', 'zh-CN', {}, plain)).toContain('数据来源：最高人民法院审判质效评估指标');
    expect(await notes('indicator-card', 'en', {}, plain)).toContain('Source: 最高人民法院审判质效评估指标');
  });
});
