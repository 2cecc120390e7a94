import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** lawgauge/ssr, imported through a variable so the core's typecheck (no DOM) does not follow it into the widgets. */
interface RenderOptions {
  readonly lang?: 'zh-CN' | 'en';
  readonly width?: number;
  readonly attributes?: Readonly<Record<string, string>>;
}
interface SsrEntry {
  renderWidgetSvg(widget: string, data: unknown, options: RenderOptions): Promise<string>;
  renderWidgetHtml(widget: string, data: unknown, options: RenderOptions): Promise<string>;
}
const SSR_ENTRY = '../widgets/ssr/index.js';
const { renderWidgetHtml, renderWidgetSvg } = (await import(SSR_ENTRY)) as SsrEntry;

const REPORTS = 'examples/dashboard/reports/';
const REFORM = 'seeds/shanghai-2019/report.json';
const CJK = /[\u2e80-\u9fff\uff00-\uffef]/;

function read(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

async function picture(widget: string, file: string, options: RenderOptions = {}): Promise<string> {
  return renderWidgetSvg(widget, read(file), { lang: 'en', ...options });
}

/** The HTML text's lines (the `<text>` elements outside the charts' own SVG), in order, with their x and y. */
function texts(svg: string): { x: number; y: number; text: string }[] {
  return [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map(([, x, y, text]) => ({
    x: Number(x),
    y: Number(y),
    text: text!,
  }));
}

describe('the Node SVG lays HTML text out as a browser would', () => {
  it('wraps English at spaces and hyphens, never inside a word', async () => {
    for (const [widget, file, width] of [
      ['indicator-card', `${REPORTS}community-meeting-quarterly.json`, 260],
      ['indicator-funnel', `${REPORTS}street-visibility-2019.json`, 420],
      ['indicator-table', `${REPORTS}clearance-rate-quarterly.json`, 360],
      ['reform-progress', REFORM, 300],
    ] as const) {
      // The words as set without wrapping (a very wide picture): each word of a narrow one is one of them.
      const words = (lines: { text: string }[]): string[] => lines.flatMap((line) => line.text.split(/\s+/));
      const whole = new Set(words(texts(await picture(widget, file, { width: 4000 }))));
      const narrow = texts(await picture(widget, file, { width }));
      expect(new Set(narrow.map((line) => line.y)).size, widget).toBeGreaterThan(4);
      // CJK text may break between any two characters.
      for (const word of words(narrow)) if (!CJK.test(word)) expect(whole, `${widget}: ${word}`).toContain(word);
    }
  });

  it('breaks CJK text between characters, never before closing punctuation', async () => {
    for (const width of [240, 280, 320, 360, 400, 440]) {
      const svg = await picture('indicator-funnel', `${REPORTS}street-visibility-2019.json`, { lang: 'zh-CN', width });
      // The widget's own text (the notes under it are wrapped by the browser's export kit).
      const lines = texts(svg.slice(0, svg.lastIndexOf('<g fill=')));
      expect(new Set(lines.map((line) => line.y)).size).toBeGreaterThan(5);
      for (const line of lines) expect(line.text, `width ${width}`).not.toMatch(/^[，。、；：？！）]/);
    }
  });

  it("sets a card's status beside its title without overlapping it, or on the next line", async () => {
    for (const width of [560, 300, 240]) {
      const lines = texts(await picture('indicator-card', `${REPORTS}community-meeting-quarterly.json`, { width }));
      const title = lines.filter((line) => /Community|officer|contact|rate/.test(line.text));
      // The status's sign and word, one text.
      const status = lines.find((line) => line.text === '▲ Watch');
      expect(status, `width ${width}`).toBeDefined();
      for (const part of title)
        if (part.y === status!.y) expect(status!.x, `width ${width}`).toBeGreaterThan(part.x + part.text.length * 7);
    }
  });

  it("keeps a card's status (white-space: nowrap) whole in Chinese at every width", async () => {
    // The sign and the two characters once fell on two lines at 360 px: estimated widths summed to
    // a hair over the room left, and the layout broke between the characters the browser keeps together.
    for (const width of [560, 400, 360, 320, 300, 260, 240]) {
      const svg = await picture('indicator-card', `${REPORTS}clearance-rate-quarterly.json`, {
        lang: 'zh-CN',
        width,
        attributes: { group: '\u9ec4\u6d66\u533a' },
      });
      const status = texts(svg).filter((line) => /[\u25a0\u25b2\u25cf]/.test(line.text));
      expect(
        status.map((line) => line.text),
        `width ${width}`,
      ).toEqual(['\u25a0 \u9884\u8b66']);
    }
  });

  it('sets a title and the period after it as one text: no gap from estimated widths', async () => {
    // Separate text nodes in the template ("${label} · ${period}"), one <text> in the picture: each
    // placed at its own estimated x stood apart from the real glyphs ("Street police visibility   · 2019").
    for (const [widget, file, title] of [
      ['indicator-funnel', 'street-visibility-2019.json', 'Street police visibility · 2019'],
      ['indicator-map', 'street-visibility-2019.json', 'Street police visibility · 2019'],
      ['indicator-table', 'clearance-rate-2019.json', 'Clearance rate · 2019'],
    ] as const) {
      const lines = texts(await picture(widget, `${REPORTS}${file}`));
      expect(
        lines.map((line) => line.text),
        widget,
      ).toContain(title);
      expect(lines.some((line) => line.text === '·')).toBe(false);
    }
  });

  it("sets reform-progress's date and sample note as one text, the space before the dot kept", async () => {
    const english = texts(await picture('reform-progress', REFORM)).map((line) => line.text);
    expect(english).toContain('as of December 31, 2019 · Sample data (synthetic)');
    const chinese = texts(await picture('reform-progress', REFORM, { lang: 'zh-CN' })).map((line) => line.text);
    expect(chinese.some((line) => /12月31日 · 示例数据/.test(line))).toBe(true);
  });

  it('writes no stray space after a Chinese full stop in the notes', async () => {
    const lines = texts(await picture('indicator-table', `${REPORTS}clearance-rate-2019.json`, { lang: 'zh-CN' }));
    expect(lines.some((line) => line.text.includes('默认阈值为'))).toBe(true);
    for (const line of lines) expect(line.text).not.toMatch(/[。，；：] /);
  });
});

describe("the Node SVG keeps SVG's mixed-case names", () => {
  it("clips the funnel's limit curves to the plot", async () => {
    const svg = await picture('indicator-funnel', `${REPORTS}street-visibility-2019.json`);
    expect(svg).toMatch(/<clipPath id="funnel-plot"[^>]*><rect [^>]*><\/rect><\/clipPath>/);
    expect(svg).toContain('clip-path="url(#funnel-plot)"');
    expect(svg).not.toContain('<clippath');
  });

  it("repeats the map's status hatching across each tile", async () => {
    const svg = await picture('indicator-map', `${REPORTS}street-visibility-2019.json`);
    expect(svg).toMatch(/<pattern id="map-bad"[^>]* patternUnits="userSpaceOnUse"/);
    expect(svg).not.toContain('patternunits');
  });
});

describe('the Node SVG draws what the browser export draws', () => {
  it("leaves reform-progress's view buttons out, as the other controls", async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const svg = await picture('reform-progress', REFORM, { lang });
      const shown = texts(svg).map((line) => line.text);
      expect(shown.length).toBeGreaterThan(5);
      for (const label of ['Summary', 'Areas', 'Burn-up', '概览', '领域', '进度曲线'])
        expect(shown.join(' '), lang).not.toContain(label);
    }
  });

  it('draws the verified status with a sign CJK fonts have', async () => {
    const svg = await picture('reform-progress', REFORM);
    expect(svg).toContain('✓');
    expect(svg).not.toContain('✔');
  });

  it("keeps a card's sparkline unstretched: one scale both ways, the end dot round", async () => {
    for (const width of [undefined, 240, 420, 900]) {
      const svg = await picture('indicator-card', `${REPORTS}community-meeting-quarterly.json`, { width });
      const chart = /<svg viewBox="0 0 ([\d.]+) ([\d.]+)"[^>]*width="([\d.]+)" height="([\d.]+)">(.*?)<\/svg>/.exec(
        svg.slice(svg.indexOf('<circle') - 2000),
      )!;
      expect(chart, `width ${width}`).not.toBeNull();
      expect([chart[1], chart[2]], `width ${width}`).toEqual([chart[3], chart[4]]);
      expect(chart[5]).toMatch(/<circle cx="[\d.]+" cy="[\d.]+" r="2.5"/);
      expect(svg).not.toContain('preserveAspectRatio="none"');
    }
  });

  it("draws a card's sparkline in the server's HTML at the width it lays the card out at", async () => {
    for (const width of [240, 420, 900]) {
      const html = await renderWidgetHtml('indicator-card', read(`${REPORTS}community-meeting-quarterly.json`), {
        lang: 'en',
        width,
      });
      const chart = /<svg part="chart" viewBox="0 0 ([\d.]+) 36"([^>]*)>/.exec(html)!;
      expect(chart, `width ${width}`).not.toBeNull();
      expect(chart[2]).not.toContain('preserveAspectRatio');
      // The page's width less the card's border and padding (1 px and --lg-space, 12 px, each side).
      expect(Number(chart[1]), `width ${width}`).toBe(width - 26);
    }
  });

  it("keeps a card's sparkline 0.4rem under the change lines, its margin collapsed as in the browser", async () => {
    for (const [file, lang] of [
      ['community-meeting-quarterly.json', 'en'],
      ['clearance-rate-quarterly.json', 'zh-CN'],
    ] as const) {
      const svg = await picture('indicator-card', `${REPORTS}${file}`, { lang, width: 360 });
      const chart = /<svg viewBox="[^"]*"[^>]* y="([\d.]+)" width="[\d.]+" height="36">/.exec(svg)!;
      expect(chart, file).not.toBeNull();
      const before = texts(svg.slice(0, chart.index)).at(-1)!;
      // A text line is 1.35 of its 13.6 px size tall, its baseline 0.325 of the size above its bottom;
      // `[part='chart'] { margin-top: 0.4rem }` collapsed with the 0.15rem under the change lines.
      const lineBottom = before.y + 0.325 * 13.6;
      expect(Number(chart[1]) - lineBottom, file).toBeCloseTo(6.4, 1);
    }
  });

  it('describes every group of a trend and ends the font list with sans-serif, quoted alike', async () => {
    const svg = await picture('indicator-trend', `${REPORTS}clearance-rate-quarterly.json`, {
      attributes: { groups: '黄浦区,徐汇区,静安区' },
    });
    const desc = /<desc id="lg-desc">([^<]*)<\/desc>/.exec(svg)![1]!;
    for (const group of ['黄浦区', '徐汇区', '静安区']) expect(desc).toContain(group);
    const fonts = /font-family="([^"]*)"/.exec(svg)![1]!;
    expect(fonts).toMatch(/, sans-serif$/);
    expect(fonts).not.toContain('&quot;');
  });
});
