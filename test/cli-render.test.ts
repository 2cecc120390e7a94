import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { boldFace, findCjkFont, pngFont, pngFonts, type FontFace } from '../src/cli/cjk-font.js';
import { existsSync } from 'node:fs';
import { fallbackFor } from '../src/cli/fallback-font.js';
import { fontCoverage } from '../src/cli/font-coverage.js';
import { emboldened, pictureFontBuffers, rasterise, syntheticBoldStroke } from '../src/cli/rasterise.js';
import type { UsageError } from '../src/cli/usage.js';
import { EXIT, runCli } from '../src/cli/main.js';
import { EN } from '../src/cli/messages/en.js';
import { ZH_CN } from '../src/cli/messages/zh-CN.js';

const REPORT = 'examples/dashboard/reports/clearance-rate-quarterly.json';
const DASHBOARD = 'examples/dashboard/dashboard.json';
const FONT = findCjkFont().file;

async function cli(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text), errIsTTY: false });
  return { code, out, err };
}

/** A PNG's size and pixels (8-bit RGBA, as resvg writes): IHDR read, IDAT inflated and unfiltered. */
function decodePng(file: Buffer): { width: number; height: number; pixels: Uint8Array } {
  expect(file.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('latin1', offset + 4, offset + 8);
    const body = file.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect([body[8], body[9]]).toEqual([8, 6]);
    } else if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * 4;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const byte = raw[y * (stride + 1) + 1 + x]!;
      const left = x >= 4 ? pixels[y * stride + x - 4]! : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const corner = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4]! : 0;
      const estimate = left + up - corner;
      const nearest =
        Math.abs(estimate - left) <= Math.abs(estimate - up) && Math.abs(estimate - left) <= Math.abs(estimate - corner)
          ? left
          : Math.abs(estimate - up) <= Math.abs(estimate - corner)
            ? up
            : corner;
      const predictor = [0, left, up, (left + up) >> 1, nearest][filter]!;
      pixels[y * stride + x] = (byte + predictor) & 0xff;
    }
  }
  return { width, height, pixels };
}

describe('lawgauge render', () => {
  it('writes a widget as a self-contained SVG: title, summary, notes, the chart marks', async () => {
    const { code, out } = await cli([
      'render',
      '--report',
      REPORT,
      '--widget',
      'trend',
      '--lang',
      'en',
      '--width',
      '800',
    ]);
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="800" height="\d+"/);
    expect(out).toContain('<title id="lg-title">Clearance rate</title>');
    expect(out).toMatch(/<desc id="lg-desc">Clearance rate[^<]*Q1 2019[^<]*Q4 2019/);
    expect(out).toContain('Period: Q1 2019 to Q4 2019');
    expect(out).toMatch(/<path d="M[\d.]+,[\d.]+L/);
    // Paint resolved from the widget's light theme; the fonts with CJK fallbacks.
    expect(out).toContain('stroke="#0969da"');
    expect(out).toContain("'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif\"");
  });

  it('draws the dark theme and the group asked for', async () => {
    const { out } = await cli([
      'render',
      '--report',
      REPORT,
      '--widget',
      'card',
      '--group',
      '黄浦区',
      '--theme',
      'dark',
      '--lang',
      'zh-CN',
    ]);
    expect(out).toContain('fill="#0d1117"');
    expect(out).toContain('黄浦区');
    expect(out).toContain('lang="zh-CN"');
  });

  it.skipIf(FONT === undefined)('writes a PNG twice the width, not blank', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lawgauge-render-'));
    const path = join(dir, 'chart.png');
    const { code, err } = await cli([
      'render',
      '--report',
      REPORT,
      '--widget',
      'bars',
      '--width',
      '600',
      '--out',
      path,
    ]);
    expect(err).toBe('');
    expect(code).toBe(EXIT.ok);
    const { width, height, pixels } = decodePng(readFileSync(path));
    expect(width).toBe(1200);
    expect(height).toBeGreaterThan(400);
    // Not blank: many colours, and most of the picture is not the background's white.
    const colours = new Set<number>();
    let inked = 0;
    for (let index = 0; index < pixels.length; index += 4) {
      colours.add((pixels[index]! << 16) | (pixels[index + 1]! << 8) | pixels[index + 2]!);
      if (pixels[index + 3]! > 0 && pixels[index]! + pixels[index + 1]! + pixels[index + 2]! < 600) inked++;
    }
    expect(colours.size).toBeGreaterThan(50);
    expect(inked / (width * height)).toBeGreaterThan(0.05);
  });

  it('writes a page whose element has its view in a declarative shadow root and the Report inline', async () => {
    const { out } = await cli(['render', '--report', REPORT, '--widget', 'bars', '--format', 'html', '--lang', 'en']);
    expect(out).toMatch(/^<!doctype html>/);
    expect(out).toMatch(
      /<indicator-bars[^>]* lang="en"[^>]*><template shadowroot="open" shadowrootmode="open"><style>/,
    );
    const json = /<script type="application\/json">(.*?)<\/script>/s.exec(out)![1]!;
    expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(REPORT, 'utf8')));
  });

  it('refuses a PNG without a file to write, an unreadable font, and names what it looked for without a CJK font', async () => {
    const noOut = await cli(['render', '--report', REPORT, '--widget', 'card', '--format', 'png', '--lang', 'en']);
    expect(noOut.code).toBe(EXIT.usage);
    expect(noOut.err).toContain('--format png writes a file: give --out <file.png>');
    const badFont = await cli([
      'render',
      '--report',
      REPORT,
      '--widget',
      'card',
      '--out',
      'x.png',
      '--font',
      '/no/such.ttf',
      '--lang',
      'zh-CN',
    ]);
    expect(badFont.code).toBe(EXIT.usage);
    expect(badFont.err).toContain('无法读取字体文件 /no/such.ttf');
    const search = findCjkFont(['/no/cjk-a.ttc', '/no/cjk-b.ttc'], () => []);
    expect(search).toEqual({ file: undefined, tried: ['fc-list :lang=zh-cn', '/no/cjk-a.ttc', '/no/cjk-b.ttc'] });
    expect(EN.noCjkFont(search.tried)).toContain('Looked for: fc-list :lang=zh-cn, /no/cjk-a.ttc, /no/cjk-b.ttc');
    expect(EN.noCjkFont(search.tried)).toContain('没有可用的中文字体');
    expect(ZH_CN.noCjkFont(search.tried)).toContain('已查找：fc-list :lang=zh-cn、/no/cjk-a.ttc、/no/cjk-b.ttc');
    expect(ZH_CN.noCjkFont(search.tried)).toContain('--font');
    // With no font found, a PNG stops with that message, in the run's language.
    const refused = (await pngFont(undefined, () => search).catch((error: unknown) => error)) as UsageError;
    expect(refused.text(EN)).toBe(EN.noCjkFont(search.tried));
    expect(refused.text(ZH_CN)).toBe(ZH_CN.noCjkFont(search.tried));
    if (FONT !== undefined) expect(await pngFont(undefined)).toBe(FONT);
    if (FONT !== undefined) expect((await pngFonts(undefined)).regular).toBe(FONT);
  });

  it.skipIf(FONT === undefined)('hands resvg the font bytes, read once: no file read per glyph drawn', async () => {
    // resvg given a path reads the whole file again for each glyph (a dashboard PNG took 40 s with a
    // 16 MB CJK font); given the bytes, it reads none. The copy is gone before the second picture:
    // the text is still drawn, from the bytes read for the first.
    const folder = mkdtempSync(join(tmpdir(), 'lawgauge-font-'));
    const copy = join(folder, 'copy.ttc');
    copyFileSync(FONT!, copy);
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40"><rect width="160" height="40" fill="#fff"/>' +
      '<text x="4" y="28" font-size="22" fill="#000">结案率 82.3%</text></svg>';
    const blank = decodePng(
      Buffer.from(await rasterise(svg.replace(/<text.*<\/text>/, ''), { regular: FONT! }, 1)),
    ).pixels;
    const first = Buffer.from(await rasterise(svg, { regular: copy }, 1));
    rmSync(folder, { recursive: true });
    const second = Buffer.from(await rasterise(svg, { regular: copy }, 1));
    expect(Buffer.from(decodePng(first).pixels).equals(Buffer.from(blank))).toBe(false);
    expect(second.equals(first)).toBe(true);
  });

  it("loads the font family's bold face when fontconfig lists one, by weight, upright, of a family name shared", () => {
    const noto = (file: string, weight: number, slant = 0): FontFace => ({
      file,
      families: ['Noto Sans CJK SC', 'Noto Sans CJK JP'],
      weight,
      slant,
    });
    const faces = [
      noto('/f/NotoSansCJK-Regular.ttc', 80),
      noto('/f/NotoSansCJK-Black.ttc', 210),
      noto('/f/NotoSansCJK-Medium.ttc', 100),
      noto('/f/NotoSansCJK-Bold.ttc', 200),
      noto('/f/NotoSansCJK-BoldItalic.ttc', 200, 100),
      { file: '/f/DejaVuSans-Bold.ttf', families: ['DejaVu Sans'], weight: 200, slant: 0 },
    ];
    const all = (): boolean => true;
    expect(boldFace('/f/NotoSansCJK-Regular.ttc', () => faces, all, all)).toBe('/f/NotoSansCJK-Bold.ttc');
    // A file fontconfig does not list: the bold file named beside it, when it exists and is a font.
    expect(boldFace('/g/NotoSansCJK-Regular.ttc', () => [], all, all)).toBe('/g/NotoSansCJK-Bold.ttc');
    expect(
      boldFace(
        '/g/NotoSansCJK-Regular.ttc',
        () => [],
        () => false,
        all,
      ),
    ).toBeUndefined();
    expect(
      boldFace(
        '/g/NotoSansCJK-Regular.ttc',
        () => [],
        all,
        () => false,
      ),
    ).toBeUndefined();
    // WenQuanYi Zen Hei has no bold face: none, and bold text is emboldened as a browser does.
    const wqy = { file: '/f/wqy-zenhei.ttc', families: ['WenQuanYi Zen Hei'], weight: 100, slant: 0 };
    expect(boldFace('/f/wqy-zenhei.ttc', () => [...faces, wqy], all, all)).toBeUndefined();
  });

  it('returns the regular font, its bold face and a font for the symbols it lacks for a PNG', async () => {
    const search = (): { file: string; tried: string[] } => ({ file: '/f/NotoSansCJK-Regular.ttc', tried: [] });
    const noSymbolFont = (): undefined => undefined;
    expect(await pngFonts(undefined, search, () => '/f/NotoSansCJK-Bold.ttc', noSymbolFont)).toEqual({
      regular: '/f/NotoSansCJK-Regular.ttc',
      bold: '/f/NotoSansCJK-Bold.ttc',
    });
    expect(await pngFonts(undefined, search, () => undefined, noSymbolFont)).toEqual({
      regular: '/f/NotoSansCJK-Regular.ttc',
    });
    // The fake file has no glyphs at all, so neither − nor ✓: the symbol font is loaded beside it.
    expect(
      await pngFonts(
        undefined,
        search,
        () => undefined,
        () => '/f/DejaVuSans.ttf',
      ),
    ).toEqual({
      regular: '/f/NotoSansCJK-Regular.ttc',
      fallback: '/f/DejaVuSans.ttf',
    });
  });

  it('emboldens bold text when the font has no bold face, as a browser does: stroked in its own colour', () => {
    expect(syntheticBoldStroke(9)).toBeCloseTo(9 / 24, 3);
    expect(syntheticBoldStroke(36)).toBeCloseTo(36 / 32, 3);
    expect(syntheticBoldStroke(15.2)).toBeGreaterThan(15.2 / 32);
    expect(syntheticBoldStroke(15.2)).toBeLessThan(15.2 / 24);
    const svg =
      '<svg><text x="1" y="2" fill="#1f2328" font-size="15.2" font-weight="600">Title</text>' +
      '<text x="1" y="2" fill="#57606a" font-size="13.6">Plain</text><textPath font-weight="700"/>' +
      '<text fill="#000" font-size="24" font-weight="bold" stroke="#fff">Outlined</text></svg>';
    expect(emboldened(svg)).toBe(
      svg.replace(
        'font-weight="600">',
        `font-weight="600" stroke="#1f2328" stroke-width="${syntheticBoldStroke(15.2)}" stroke-linejoin="round">`,
      ),
    );
  });

  it.skipIf(FONT === undefined)('draws bold text bolder than regular text, with or without a bold face', async () => {
    const text = (weight: number): string =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="30" font-size="24" fill="#000" font-weight="${weight}">Bold 结案率</text></svg>`;
    const ink = (png: Uint8Array): number => {
      const { pixels } = decodePng(Buffer.from(png));
      let sum = 0;
      for (let index = 3; index < pixels.length; index += 4) sum += pixels[index]!;
      return sum;
    };
    const fonts = await pngFonts(undefined);
    const regular = ink(await rasterise(text(400), fonts, 1));
    const bold = ink(await rasterise(text(700), fonts, 1));
    expect(bold / regular).toBeGreaterThan(1.1);
  });

  // WenQuanYi Zen Hei lacks − and ✓; DejaVu Sans has them and all of Latin. resvg sets a whole text in
  // a fallback font that has every character of it, so the fallback is cut down to what the theme's font lacks.
  const WQY = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';
  const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
  const bothFonts = existsSync(WQY) && existsSync(DEJAVU);

  it.skipIf(!existsSync(DEJAVU))('cuts a fallback font down to the characters it stands in for', () => {
    const dejavu = readFileSync(DEJAVU);
    const cut = fallbackFor(dejavu, ['\u2212', '\u2713', '区'])!;
    // DejaVu has no 区: only − and ✓ are left, Latin letters, digits and the space unmapped.
    expect(fontCoverage(cut, ['\u2212', '\u2713', 'F', '2', ' ', '区'])).toEqual({
      font: true,
      missing: ['F', '2', ' ', '区'],
    });
    expect(fontCoverage(dejavu, ['F', '2', ' '])).toEqual({ font: true, missing: [] });
    expect(fallbackFor(dejavu, ['区'])).toBeUndefined();
    expect(fallbackFor(new Uint8Array(64), ['\u2212'])).toBeUndefined();
  });

  it.skipIf(!bothFonts)(
    'gives resvg the fallback only for the characters the theme font lacks, none when it lacks none',
    async () => {
      const svg = (text: string): string =>
        `<svg xmlns="http://www.w3.org/2000/svg"><text font-family="'WenQuanYi Zen Hei'">${text}</text></svg>`;
      const fonts = { regular: WQY, fallback: DEJAVU };
      const buffers = await pictureFontBuffers(svg('Fall &#x2212;2.2 points ✓'), fonts);
      expect(buffers).toHaveLength(2);
      expect(fontCoverage(buffers[1]!, ['\u2212', '\u2713', 'F', 'a', '2', ' '])).toEqual({
        font: true,
        missing: ['F', 'a', '2', ' '],
      });
      expect(await pictureFontBuffers(svg('Fall 2.2 points'), fonts)).toHaveLength(1);
    },
  );

  it.skipIf(!bothFonts)(
    'sets English text with − and ✓ in the theme font, only those signs in the fallback',
    async () => {
      // At 24 px "Fall " spans about 50 px in either font; the columns left of 44 px hold "Fall" alone.
      const png = async (text: string): Promise<{ width: number; pixels: Uint8Array }> =>
        decodePng(
          Buffer.from(
            await rasterise(
              `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="36"><rect width="240" height="36" fill="#fff"/><text x="2" y="28" font-size="24" font-family="system-ui, 'WenQuanYi Zen Hei', sans-serif" fill="#000">${text}</text></svg>`,
              { regular: WQY, fallback: DEJAVU },
              1,
            ),
          ),
        );
      const left = ({ width, pixels }: { width: number; pixels: Uint8Array }): number[] =>
        [...pixels].filter((_, index) => (index / 4) % width < 44);
      const plain = await png('Fall 2.2 points');
      const minus = await png('Fall \u22122.2 points');
      const check = await png('Fall 2.2 points \u2713');
      // The same "Fall" as without the signs: the theme's glyphs, not DejaVu's wider ones.
      expect(left(minus)).toEqual(left(plain));
      expect(left(check)).toEqual(left(plain));
      // And the signs are drawn (from DejaVu): more ink than without them.
      const ink = ({ pixels }: { pixels: Uint8Array }): number => pixels.reduce((sum, value) => sum + (255 - value), 0);
      expect(ink(minus)).toBeGreaterThan(ink(plain));
      expect(ink(check)).toBeGreaterThan(ink(plain));
    },
  );

  it('refuses a Report that is not one, naming the place', async () => {
    const { code, err } = await cli([
      'render',
      '--report',
      'examples/dashboard/dashboard.json',
      '--widget',
      'card',
      '--lang',
      'en',
    ]);
    expect(code).toBe(EXIT.usage);
    expect(err).toMatch(/^lawgauge render: /);
  });

  it('names the kind of document given to the wrong widget, and the widgets that draw it', async () => {
    const report = await cli(['render', '--report', REPORT, '--widget', 'reform-progress', '--lang', 'en']);
    expect(report.code).toBe(EXIT.usage);
    expect(report.err.split('\n')[0]).toBe(
      `lawgauge render: ${REPORT} is an indicator Report (lawgauge compute --format json): draw it with --widget card, trend, bars, table, spc, funnel, map`,
    );
    const folder = mkdtempSync(join(tmpdir(), 'lawgauge-render-'));
    try {
      const reform = join(folder, 'reform.json');
      writeFileSync(reform, JSON.stringify({ schema: 'lawgauge/reform-report@1', programme: {} }));
      const zh = await cli(['render', '--report', reform, '--widget', 'card', '--lang', 'zh-CN']);
      expect(zh.code).toBe(EXIT.usage);
      expect(zh.err).toContain(
        `${reform} 是改革报告（lawgauge reform --format json 所写）：请用 --widget reform-progress 绘制`,
      );
      expect(zh.err.trim().split('\n')).toHaveLength(2); // and the usage line
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('lists the first 20 problems of a Report that fails its check, then how many more', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lawgauge-render-'));
    try {
      const report = JSON.parse(readFileSync(REPORT, 'utf8')) as { rows: { value: unknown }[] };
      expect(report.rows.length).toBeGreaterThan(30);
      for (const row of report.rows) row.value = 'abc';
      const file = join(folder, 'bad.json');
      writeFileSync(file, JSON.stringify(report));
      const { code, err } = await cli(['render', '--report', file, '--widget', 'card', '--lang', 'en']);
      expect(code).toBe(EXIT.usage);
      const lines = err.trim().split('\n');
      expect(lines).toHaveLength(22); // 20 problems, how many more, the usage line
      expect(lines[0]).toMatch(/report\.rows\[0\]\.value: expected number/);
      expect(lines[20]).toBe(`… and ${report.rows.length - 20} more (${report.rows.length} problems in all)`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('draws a Report from an array of them (compute --format json), chosen by --indicator, naming the file on errors', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lawgauge-render-'));
    const clearance = JSON.parse(readFileSync(REPORT, 'utf8')) as { rows: { value: unknown }[] };
    const other = JSON.parse(readFileSync('examples/dashboard/reports/avg-trial-days-quarterly.json', 'utf8')) as {
      indicator: { id: string };
    };
    const both = join(folder, 'both.json');
    writeFileSync(both, JSON.stringify([clearance, other]));
    const one = join(folder, 'one.json');
    writeFileSync(one, JSON.stringify([clearance]));
    const chosen = await cli([
      'render',
      '--report',
      both,
      '--indicator',
      'clearance_rate',
      '--widget',
      'card',
      '--lang',
      'en',
    ]);
    expect(chosen.err).toBe('');
    expect(chosen.out).toContain('<title id="lg-title">Clearance rate</title>');
    const only = await cli(['render', '--report', one, '--widget', 'card', '--lang', 'en']);
    expect(only.out).toContain('<title id="lg-title">Clearance rate</title>');
    const ambiguous = await cli(['render', '--report', both, '--widget', 'card', '--lang', 'en']);
    expect(ambiguous.code).toBe(EXIT.usage);
    expect(ambiguous.err).toContain(
      `${both} holds 2 Reports: choose one with --indicator <id>, one of "clearance_rate", "${other.indicator.id}"`,
    );
    const unknown = await cli([
      'render',
      '--report',
      both,
      '--indicator',
      'nope',
      '--widget',
      'card',
      '--lang',
      'zh-CN',
    ]);
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.err).toContain(`${both} 中没有指标 "nope" 的报告`);
    clearance.rows[3]!.value = 'abc';
    const bad = join(folder, 'clearance.json');
    writeFileSync(bad, JSON.stringify(clearance));
    const invalid = await cli(['render', '--report', bad, '--widget', 'card', '--lang', 'en']);
    expect(invalid.code).toBe(EXIT.usage);
    expect(invalid.err).toContain(`${bad}: report.rows[3].value: expected number, got "abc"`);
  });

  it('refuses a --group, --groups or --period the Report lacks, naming it and some it has', async () => {
    const group = await cli(['render', '--report', REPORT, '--widget', 'card', '--group', '火星区', '--lang', 'en']);
    expect(group.code).toBe(EXIT.usage);
    expect(group.err).toMatch(/--group "火星区": the Report has no rows of it; it has "[^"]+区", /);
    // One character off (埔 for 浦): the nearest group is suggested, in both languages.
    const typo = await cli(['render', '--report', REPORT, '--widget', 'card', '--group', '黄埔区', '--lang', 'en']);
    expect(typo.err).toContain('--group "黄埔区": the Report has no rows of it (did you mean "黄浦区"?); it has "');
    const typoZh = await cli([
      'render',
      '--report',
      REPORT,
      '--widget',
      'card',
      '--group',
      '黄埔区',
      '--lang',
      'zh-CN',
    ]);
    expect(typoZh.err).toContain('--group "黄埔区"：报告中没有它的数据（是否要用 "黄浦区"？）；现有 "');
    const groups = await cli([
      'render',
      '--report',
      REPORT,
      '--widget',
      'trend',
      '--groups',
      '黄浦区,火星区',
      '--lang',
      'zh-CN',
    ]);
    expect(groups.code).toBe(EXIT.usage);
    expect(groups.err).toContain('--groups "火星区"：报告中没有它的数据；现有 "');
    const period = await cli(['render', '--report', REPORT, '--widget', 'bars', '--period', '2030-Q1', '--lang', 'en']);
    expect(period.code).toBe(EXIT.usage);
    expect(period.err).toContain('--period "2030-Q1": the Report has no rows of it; it has "2019-Q1", "2019-Q2"');
    const known = await cli([
      'render',
      '--report',
      REPORT,
      '--widget',
      'card',
      '--group',
      '黄浦区',
      '--period',
      '2019-Q2',
    ]);
    expect(known.code).toBe(EXIT.ok);
  });

  it('says in words a missing file, an --out whose extension is not the format, a value starting with "-"', async () => {
    const missing = await cli(['render', '--report', 'missing.json', '--widget', 'card', '--lang', 'en']);
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.err).toContain('missing.json: cannot read the file: file not found');
    expect(missing.err).not.toContain('ENOENT');
    const gif = await cli([
      'render',
      '--report',
      REPORT,
      '--widget',
      'card',
      '--out',
      'test/.tmp/x.gif',
      '--lang',
      'en',
    ]);
    expect(gif.code).toBe(EXIT.usage);
    expect(gif.err).toContain('--out test/.tmp/x.gif: render writes .svg, .png or .html files');
    const mismatch = await cli([
      'render',
      '--report',
      REPORT,
      '--widget',
      'card',
      '--format',
      'png',
      '--out',
      'test/.tmp/x.svg',
      '--lang',
      'zh-CN',
    ]);
    expect(mismatch.code).toBe(EXIT.usage);
    expect(mismatch.err).toContain('--out test/.tmp/x.svg：写出的文件是 PNG，请用 .png 作扩展名');
    for (const [lang, text] of [
      ['en', '--width is followed by another option or a value starting with "-": write --width=<value>'],
      ['zh-CN', '这样的值请写成 --width=<值>'],
    ] as const) {
      const dash = await cli(['render', '--report', REPORT, '--widget', 'card', '--width', '-5', '--lang', lang]);
      expect(dash.code).toBe(EXIT.usage);
      expect(dash.err).toContain(text);
    }
    const negative = await cli(['render', '--report', REPORT, '--widget', 'card', '--width=-5', '--lang', 'en']);
    expect(negative.err).toContain('--width: expected a whole number ≥ 1, got "-5"');
  });

  it('renders the demo dashboard as a static page: title, sections, every panel drawn, the data-quality lines', async () => {
    const config = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as { sections: { panels: { widget: string }[] }[] };
    const panels = config.sections.flatMap((section) => section.panels.map((panel) => panel.widget));
    const { code, out, err } = await cli(['render', '--dashboard', DASHBOARD, '--format', 'html', '--lang', 'en']);
    expect(err).toBe('');
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('<h1>Safe Shanghai · Political-legal work indicators</h1>');
    expect(out).toContain('<p>Synthetic sample data, 2019 · Data as of December 31, 2019</p>');
    expect([...out.matchAll(/<h2>/g)]).toHaveLength(config.sections.length);
    // Each panel its widget with its view in a declarative shadow root, in config order; no Report embedded.
    expect(
      [...out.matchAll(/<(indicator-[a-z]+|reform-progress) [^>]*><template shadowroot/g)].map((match) => match[1]),
    ).toEqual(panels);
    expect(out).not.toContain('<script');
    // Nothing to press with no script: no view toggle, tab, CSV button; sortable headers and
    // selectable rows are their text alone.
    expect(out).not.toMatch(/<button|part="(toggle|export|views)"/);
    expect(out).not.toContain('Export CSV');
    expect(out).toMatch(/<th scope="row">(<!--[^>]*-->)*Chongming/);
    // The computed panel's data file, as lawgauge compute words it, and the values of the Reports.
    expect(out).toContain(
      '<p>cases: ../../seeds/cases.csv (csv, utf-8): read 4000, used 4000, quarantined 0 (0.00%), skipped 0</p>',
    );
    expect(out).toMatch(/<p>Data quality: \d+ Reports with \d+ values; 0 withheld [^<]*<\/p>/);
  });

  it("draws a dashboard map's host geometry, read relative to the config; a missing file named, a bad join shown", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lawgauge-render-'));
    const report = join(process.cwd(), 'examples/dashboard/reports/street-visibility-2019.json');
    writeFileSync(join(folder, 'geo.json'), readFileSync('examples/map/geo/districts.json'));
    const board = (options: Record<string, string>): string => {
      const config = join(folder, `map-${Object.values(options).join('-')}.json`);
      writeFileSync(
        config,
        JSON.stringify({
          title: { 'zh-CN': '地图', en: 'Map' },
          sections: [
            {
              id: 'map',
              title: { 'zh-CN': '区', en: 'Districts' },
              panels: [
                { widget: 'indicator-card', src: report },
                { widget: 'indicator-map', src: report, options },
              ],
            },
          ],
        }),
      );
      return config;
    };
    const drawn = board({ 'geometry-src': 'geo.json', 'join-property': 'name' });
    const html = await cli(['render', '--dashboard', drawn, '--format', 'html', '--lang', 'en']);
    expect(html.err).toBe('');
    expect(html.code).toBe(EXIT.ok);
    expect(html.out).not.toContain('Loading');
    expect([...html.out.matchAll(/class="region"/g)]).toHaveLength(16);
    const svg = await cli(['render', '--dashboard', drawn, '--lang', 'en']);
    expect(svg.code).toBe(EXIT.ok);
    expect(svg.out).not.toContain('Loading');
    const missing = board({ 'geometry-src': 'nowhere.json', 'join-property': 'name' });
    const refused = await cli(['render', '--dashboard', missing, '--lang', 'en']);
    expect(refused.code).toBe(EXIT.usage);
    expect(refused.err).toContain(
      `${missing}: sections[0].panels[1] "geometry-src": ${join(folder, 'nowhere.json')}: cannot read the file: file not found`,
    );
    const badJoin = board({ 'geometry-src': 'geo.json', 'join-property': 'nope' });
    const shown = await cli(['render', '--dashboard', badJoin, '--format', 'html', '--lang', 'en']);
    expect(shown.code).toBe(EXIT.ok);
    expect(shown.out).toContain('The map regions are not valid');
    expect(shown.out).toContain('features[0].properties: no join property');
  });

  it("renders the dashboard as one SVG: each panel the widget's picture, in the grid", async () => {
    const { code, out } = await cli(['render', '--dashboard', DASHBOARD, '--lang', 'zh-CN', '--theme', 'dark']);
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1232"/);
    expect(out).toContain('<title id="lg-dashboard-title">平安上海 · 政法工作指标</title>');
    expect(out).toContain('fill="#0d1117"');
    const panels = [...out.matchAll(/<svg x="(\d+)" y="(\d+)" xmlns="http:\/\/www.w3.org\/2000\/svg" width="(\d+)"/g)];
    expect(panels).toHaveLength(27);
    // Four columns at 1200 px: cards side by side, a panel of span 2 twice as wide (and a gap).
    expect(new Set(panels.slice(0, 4).map((match) => match[2]))).toHaveProperty('size', 1);
    expect(panels.slice(0, 4).map((match) => Number(match[1]))).toEqual([16, 319, 622, 925]);
    expect(Number(panels[4]![3])).toBe(2 * Number(panels[0]![3]) + 12);
    expect(out).toContain('数据质量：');
  });
});
