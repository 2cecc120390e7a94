// The trial Report: on-time closure by district and quarter from the seed cases, with a minimum
// sample of 10, so most district-quarters rest on too few cases (`unstable`). Every server-side
// image (the same Lit templates as the widgets) must say so in words and marks, not show a plain 100%.
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';

interface RenderOptions {
  readonly lang?: 'zh-CN' | 'en';
  readonly width?: number;
  readonly attributes?: Readonly<Record<string, string>>;
}
interface SsrEntry {
  renderWidgetSvg(widget: string, data: unknown, options: RenderOptions): Promise<string>;
}
/** lawgauge/ssr, imported through a variable so the core's typecheck (no DOM) does not follow it into the widgets. */
const SSR_ENTRY = '../widgets/ssr/index.js';
const { renderWidgetSvg } = (await import(SSR_ENTRY)) as SsrEntry;
const TEXT_WIDTH = '../widgets/base/text-width.js';
const { estimatedWidth } = (await import(TEXT_WIDTH)) as { estimatedWidth(text: string, size: number): number };

interface TrialRow {
  readonly period: string;
  readonly group: Record<string, string | null>;
  readonly flag: string | null;
}

async function trialReport(): Promise<{ rows: TrialRow[] }> {
  let out = '';
  const code = await runCli(
    [
      'compute',
      '--catalog',
      'court-case-quality',
      '--data',
      'cases=seeds/cases.csv',
      '--indicator',
      'on_time_closure_rate',
      '--by',
      'district',
      '--period',
      'quarter',
      '--min-sample',
      '10',
      '--format',
      'json',
    ],
    { out: (text) => (out += text), err: () => undefined, errIsTTY: false },
  );
  expect(code).toBe(0);
  const parsed = JSON.parse(out) as { rows: TrialRow[] } | { rows: TrialRow[] }[];
  return Array.isArray(parsed) ? parsed[0]! : parsed;
}

const report = await trialReport();
/** The HTML text and the charts' own text, markup left out. */
const words = (svg: string): string => svg.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

describe('server-side images of values on a small sample', () => {
  it('the trial Report has unstable rows where the images are taken', () => {
    expect(
      report.rows.filter((row) => row.group['district'] === '奉贤区' && row.flag === 'unstable').length,
    ).toBeGreaterThan(3);
    expect(report.rows.filter((row) => row.period === '2017-Q3' && row.flag === 'unstable').length).toBeGreaterThan(3);
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    const flag = lang === 'en' ? 'Small sample; indicative only' : '样本较小，仅供参考';
    const count =
      lang === 'en'
        ? /\d+ of \d+ values rest on a small sample \(fewer than 10 cases\)/
        : /\d+ 个值中有 \d+ 个样本小（不足 10 例）/;

    it(`spc (${lang}): a mark on each such point, the legend's words and the summary's count`, async () => {
      const svg = await renderWidgetSvg('indicator-spc', report, { lang, attributes: { group: '奉贤区' } });
      // A mark on the points, and one in the legend.
      expect(svg.match(/<text [^>]*>\*<\/text>/g)!.length).toBeGreaterThan(2);
      expect(words(svg)).toContain(flag);
      expect(words(svg)).toMatch(count);
    });

    it(`map (${lang}): tiles marked, the regions named in a note, the summary's count`, async () => {
      const svg = await renderWidgetSvg('indicator-map', report, { lang, attributes: { period: '2017-Q3' } });
      expect(words(svg)).toMatch(/\d+\.\d%\*/);
      expect(words(svg)).toContain(`* ${flag}`);
    });

    it(`map (${lang}): each tile's lines fit with their halo, "● 100.0%*" a font size down`, async () => {
      const svg = await renderWidgetSvg('indicator-map', report, { lang, attributes: { period: '2017-Q3' } });
      // The tiles' label lines: centred texts in the map's own SVG, each with its font size.
      const lines = [
        ...svg.matchAll(/<text [^>]*text-anchor="middle"[^>]*font-size="([\d.]+)px"[^>]*>(.*?)<\/text>/g),
      ].map(([whole, size, inner]) => ({
        size: Number(size),
        text: inner!.replace(/<[^>]*>/g, ''),
        squeezed: whole.includes('textLength'),
      }));
      const full = lines.filter((line) => line.text === '● 100.0%*');
      expect(full.length).toBeGreaterThan(5);
      // Estimated as the widget estimates (Noto Sans CJK's widths, ● one em), with the widest halo (7):
      // 51.1 + 7 at 10 px took more than the 58 units that keep 2 clear of each edge of a 62-unit tile.
      for (const line of full) expect(line.size).toBe(9);
      for (const line of lines)
        if (!line.squeezed) expect(estimatedWidth(line.text, line.size) + 7, line.text).toBeLessThanOrEqual(58);
    });

    it(`funnel (${lang}): a mark on each such point and the legend's words`, async () => {
      const svg = await renderWidgetSvg('indicator-funnel', report, { lang, attributes: { period: '2017-Q3' } });
      // A mark on the points, and one in the legend.
      expect(svg.match(/<text [^>]*>\*<\/text>/g)!.length).toBeGreaterThan(2);
      expect(words(svg)).toContain(flag);
      expect(words(svg)).toMatch(count);
    });

    it(`bars at 300 px (${lang}): value, mark and status word on each flagged row, the mark worded`, async () => {
      const svg = await renderWidgetSvg('indicator-bars', report, {
        lang,
        width: 300,
        attributes: { period: '2017-Q3' },
      });
      const status = lang === 'en' ? '(Good|Watch|Alert)' : '(良好|关注|预警)';
      expect(words(svg)).toMatch(new RegExp(`\\d+\\.\\d%\\* ${status}`));
      expect(words(svg)).toContain(`* ${flag}`);
    });
  }
});
