// The font check of `lawgauge render --format png`: sfnt magic and the cmap's Chinese characters,
// on a hand-built font and on the system's fonts, and what `--font` says of a file that fails it.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findCjkFont, findSymbolFont, isCjkFont, pngFonts } from '../src/cli/cjk-font.js';
import { drawnCharacters, fontCoverage, uncoveredCharacters } from '../src/cli/font-coverage.js';
import { EXIT, runCli } from '../src/cli/main.js';
import { EN } from '../src/cli/messages/en.js';
import { ZH_CN } from '../src/cli/messages/zh-CN.js';
import { pictureFontFiles } from '../src/cli/rasterise.js';

/** A one-table sfnt (`version`) whose cmap has one Unicode subtable of format 4 (BMP segments) or 12 (groups). */
function tinyFont(version: number, format: 4 | 12, ranges: readonly (readonly [number, number, number])[]): Uint8Array {
  const words: number[] = [];
  const u16 = (value: number): void => void words.push(value >> 8, value & 0xff);
  const u32 = (value: number): void => (u16(value >>> 16), u16(value & 0xffff));
  // Offset table, one table record: cmap at 28.
  u32(version);
  u16(1);
  u16(16);
  u16(0);
  u16(0);
  u32(0x636d6170);
  u32(0);
  u32(28);
  u32(0);
  // cmap header: one record, Windows Unicode, the subtable right after it (12 bytes in).
  u16(0);
  u16(1);
  u16(3);
  u16(format === 4 ? 1 : 10);
  u32(12);
  if (format === 4) {
    // Each range a segment with idRangeOffset 0 (glyph = code + delta), then the closing 0xFFFF one.
    const segments = [
      ...ranges.map(([start, end, glyph]) => [start, end, (glyph - start) & 0xffff]),
      [0xffff, 0xffff, 1],
    ];
    u16(4);
    u16(16 + 8 * segments.length);
    u16(0);
    u16(2 * segments.length);
    u16(0);
    u16(0);
    u16(0);
    for (const [, end] of segments) u16(end!);
    u16(0);
    for (const [start] of segments) u16(start!);
    for (const [, , delta] of segments) u16(delta!);
    for (let i = 0; i < segments.length; i++) u16(0);
  } else {
    u16(12);
    u16(0);
    u32(16 + 12 * ranges.length);
    u32(0);
    u32(ranges.length);
    for (const [start, end, glyph] of ranges) {
      u32(start);
      u32(end);
      u32(glyph);
    }
  }
  return Uint8Array.from(words);
}

const ZHONG = 0x4e2d;
const GUO = 0x56fd;
const QU = 0x533a;
const LV = 0x7387;
const NOTO = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

describe('fontCoverage', () => {
  it('reads format 4 and format 12 subtables, naming the characters a font lacks', () => {
    // Segments and groups in code order, as the format requires.
    const all = [ZHONG, QU, GUO, LV].map((code) => [code, code, 5] as const);
    expect(fontCoverage(tinyFont(0x00010000, 4, all))).toEqual({ font: true, missing: [] });
    expect(fontCoverage(tinyFont(0x4f54544f, 12, all))).toEqual({ font: true, missing: [] });
    const latin = [[0x20, 0x7e, 3]] as const;
    expect(fontCoverage(tinyFont(0x00010000, 4, latin))).toEqual({ font: true, missing: ['中', '国', '区', '率'] });
    expect(fontCoverage(tinyFont(0x74727565, 12, [[ZHONG, ZHONG, 9]]))).toEqual({
      font: true,
      missing: ['国', '区', '率'],
    });
  });
  it('is no font without sfnt magic, without a cmap, or cut short', () => {
    expect(fontCoverage(new TextEncoder().encode('root:x:0:0:root:/root:/bin/bash\n'))).toEqual({ font: false });
    expect(fontCoverage(new Uint8Array(0))).toEqual({ font: false });
    expect(fontCoverage(tinyFont(0x00010000, 4, []).subarray(0, 30))).toEqual({ font: false });
  });
  it.runIf(existsSync(NOTO) && existsSync(DEJAVU))(
    'the system fonts: a CJK collection passes, DejaVu Sans does not',
    () => {
      expect(isCjkFont(NOTO)).toBe(true);
      expect(isCjkFont(DEJAVU)).toBe(false);
      expect(isCjkFont('/etc/passwd')).toBe(false);
      // The search skips a candidate that fails the check.
      expect(findCjkFont([DEJAVU, NOTO], () => [DEJAVU]).file).toBe(NOTO);
    },
  );
});

describe('lawgauge render --font', () => {
  async function cli(args: readonly string[]): Promise<{ code: number; err: string }> {
    let err = '';
    const code = await runCli(
      ['render', '--report', 'examples/dashboard/reports/clearance-rate-quarterly.json', '--widget', 'card', ...args],
      { out: () => undefined, err: (text) => (err += text), errIsTTY: false },
    );
    return { code, err };
  }
  it('refuses a file that is no font, a directory, and a font without Chinese, naming the file', async () => {
    const out = ['--out', 'test/.tmp/never.png'];
    const passwd = await cli([...out, '--font', '/etc/passwd', '--lang', 'en']);
    expect(passwd.code).toBe(EXIT.usage);
    expect(passwd.err).toContain('--font /etc/passwd is not a font file');
    const folder = await cli([...out, '--font', '/etc', '--lang', 'zh-CN']);
    expect(folder.code).toBe(EXIT.usage);
    expect(folder.err).toContain('无法读取字体文件 /etc');
    if (!existsSync(DEJAVU)) return;
    const latin = await cli([...out, '--font', DEJAVU, '--lang', 'zh-CN']);
    expect(latin.code).toBe(EXIT.usage);
    expect(latin.err).toContain(`--font ${DEJAVU} 没有中文字形（缺少 中 国 区 率）`);
    const english = await cli([...out, '--font', DEJAVU, '--lang', 'en']);
    expect(english.err).toContain(`--font ${DEJAVU} has no Chinese characters (no glyph for 中 国 区 率)`);
  });
});

const WQY = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';

describe('the characters a PNG draws', () => {
  it('are the text of its <text> elements, tspans and entities included, once each', () => {
    const svg =
      '<svg><title>not drawn</title><text x="1">&#x2212;2 &amp; <tspan>✓已</tspan></text><text>&lt;&#8722;&quot;</text></svg>';
    expect(drawnCharacters(svg)).toEqual(['−', '2', '&', '✓', '已', '<', '"']);
  });
  it('are found uncovered only when no font has them, whichever font has each', () => {
    const digits = tinyFont(0x00010000, 4, [[0x30, 0x39, 3]]);
    const minus = tinyFont(0x00010000, 4, [[0x2212, 0x2212, 4]]);
    expect(uncoveredCharacters(['−', '2', '✓'], [digits])).toEqual(['−', '✓']);
    expect(uncoveredCharacters(['−', '2', '✓'], [digits, minus])).toEqual(['✓']);
    expect(uncoveredCharacters(['−', '2', '✓'], [digits, new Uint8Array(3), minus])).toEqual(['✓']);
  });
  it('are named with their code points in the warning, in both languages', () => {
    expect(EN.pngUncovered(['−', '✓'], ['a.ttc'])).toContain('warning: the PNG draws − (U+2212), ✓ (U+2713) as boxes');
    expect(ZH_CN.pngUncovered(['−'], ['a.ttc'])).toContain('警告：PNG 中的 − (U+2212) 会显示为方框');
  });
  it.runIf(existsSync(WQY) && existsSync(DEJAVU))(
    'of a table with a fall and of verified reform tasks are all covered: WenQuanYi Zen Hei and a fallback',
    async () => {
      const svgOf = async (args: readonly string[]): Promise<string> => {
        let out = '';
        const code = await runCli(['render', ...args, '--lang', 'zh-CN'], {
          out: (text) => (out += text),
          err: () => undefined,
          errIsTTY: false,
        });
        expect(code).toBe(EXIT.ok);
        return out;
      };
      const table = await svgOf([
        '--report',
        'examples/dashboard/reports/clearance-rate-2019.json',
        '--widget',
        'table',
      ]);
      const reform = await svgOf(['--report', 'seeds/shanghai-2019/report.json', '--widget', 'reform-progress']);
      const drawn = [...new Set([...drawnCharacters(table), ...drawnCharacters(reform)])];
      expect(drawn).toEqual(expect.arrayContaining(['−', '✓', '个', '已']));
      const wqy = readFileSync(WQY);
      // WenQuanYi Zen Hei alone lacks the minus sign and the check mark: boxes.
      expect(uncoveredCharacters(drawn, [wqy])).toEqual(expect.arrayContaining(['−', '✓']));
      expect(findSymbolFont([DEJAVU], () => [])).toBe(DEJAVU);
      const fonts = await pngFonts(
        WQY,
        undefined,
        () => undefined,
        () => DEJAVU,
      );
      expect(fonts).toEqual({ regular: WQY, fallback: DEJAVU });
      expect(
        uncoveredCharacters(
          drawn,
          pictureFontFiles(fonts).map((file) => readFileSync(file)),
        ),
      ).toEqual([]);
    },
  );
  it.runIf(existsSync(WQY))('a PNG from WenQuanYi Zen Hei says nothing of boxes, with the fallback found', async () => {
    let err = '';
    const code = await runCli(
      [
        'render',
        '--report',
        'examples/dashboard/reports/clearance-rate-2019.json',
        '--widget',
        'table',
        '--font',
        WQY,
        '--lang',
        'en',
        '--out',
        join(mkdtempSync(join(tmpdir(), 'lawgauge-png-')), 'table.png'),
      ],
      { out: () => undefined, err: (text) => (err += text), errIsTTY: false },
    );
    expect(code).toBe(EXIT.ok);
    expect(err).toBe('');
  });
});
