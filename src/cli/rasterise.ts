import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as ResvgWasm from '@resvg/resvg-wasm';
import { fallbackFor } from './fallback-font.js';
import { drawnCharacters, uncoveredCharacters } from './font-coverage.js';

type ResvgModule = typeof ResvgWasm;

let engine: Promise<ResvgModule> | undefined;
const fontBytes = new Map<string, Promise<Uint8Array>>();

/**
 * resvg (WebAssembly), loaded and compiled once per process on first use: only `lawgauge render
 * --format png` needs it.
 */
function resvg(): Promise<ResvgModule> {
  engine ??= (async () => {
    const module = await import('@resvg/resvg-wasm');
    const wasm = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
    await module.initWasm(await readFile(wasm));
    return module;
  })();
  return engine;
}

/**
 * The bytes of the font file at `path`, read once per process. resvg is handed the bytes, not the
 * path: given a path it reads the whole file again for every glyph it draws (16 MB for WenQuanYi
 * Zen Hei, 20 MB for Noto Sans CJK), which made the demo dashboard's PNG take 110–200 s, nearly all
 * of it copying (docs/performance.md).
 */
export function fontFile(path: string): Promise<Uint8Array> {
  let bytes = fontBytes.get(path);
  if (bytes === undefined) {
    bytes = readFile(path);
    fontBytes.set(path, bytes);
    // A failed read is not kept: the next call tries again.
    bytes.catch(() => fontBytes.delete(path));
  }
  return bytes;
}

/** A `<text>` start tag's attributes, and the weight a browser draws with a bold face (600 and up). */
const TEXT_TAG = /<text\b([^>]*)>/g;
const BOLD_WEIGHT = /\sfont-weight="(bold|bolder|[6-9]\d\d)"/;

/**
 * The emboldening a browser gives text whose font has no bold face (Chromium's synthetic bold): the
 * glyphs stroked in their own colour, the stroke 1/24 of the size at 9 px and under, 1/32 at 36 px
 * and over, in proportion between.
 */
export function syntheticBoldStroke(size: number): number {
  const share = size <= 9 ? 1 / 24 : size >= 36 ? 1 / 32 : 1 / 24 + ((size - 9) / (36 - 9)) * (1 / 32 - 1 / 24);
  return Math.round(size * share * 1000) / 1000;
}

/**
 * `svg` with its bold text (a `<text>` with a `font-weight` of 600 and up, a `fill` and a
 * `font-size` of its own, as lawgauge's images write it) emboldened as a browser does when the
 * font has no bold face: resvg draws such text in the regular face as it is.
 */
export function emboldened(svg: string): string {
  return svg.replace(TEXT_TAG, (tag: string, attributes: string) => {
    const fill = /\sfill="([^"]+)"/.exec(attributes)?.[1];
    const size = Number.parseFloat(/\sfont-size="([^"]+)"/.exec(attributes)?.[1] ?? '');
    if (!BOLD_WEIGHT.test(attributes) || /\sstroke=/.test(attributes) || fill === undefined || fill === 'none')
      return tag;
    if (!(size > 0)) return tag;
    return `<text${attributes.replace(/\/$/, '')} stroke="${fill}" stroke-width="${syntheticBoldStroke(size)}" stroke-linejoin="round"${attributes.endsWith('/') ? '/' : ''}>`;
  });
}

/**
 * The font files of a picture: a family's regular face and, when it has one, its bold face; and a
 * font resvg falls back to, glyph by glyph, for characters neither has (the minus sign and check
 * mark WenQuanYi Zen Hei lacks).
 */
export interface PictureFonts {
  readonly regular: string;
  readonly bold?: string;
  readonly fallback?: string;
}

/** The files of `fonts`, the family's faces first: resvg sets text in the first that has the family asked for. */
export function pictureFontFiles(fonts: PictureFonts): string[] {
  return [fonts.regular, fonts.bold, fonts.fallback].filter((file): file is string => file !== undefined);
}

/**
 * The fonts resvg is given for the picture `svg`: the family's faces, then the fallback cut down to
 * the characters of the picture the family lacks ({@link fallbackFor}), so that only those glyphs
 * come from it and the rest of each text stays in the family's font; no fallback when the family
 * has every character.
 */
export async function pictureFontBuffers(svg: string, fonts: PictureFonts): Promise<Uint8Array[]> {
  const family = await Promise.all([fonts.regular, fonts.bold].filter((file) => file !== undefined).map(fontFile));
  if (fonts.fallback === undefined) return family;
  const lacking = uncoveredCharacters(drawnCharacters(svg), family);
  const fallback = lacking.length === 0 ? undefined : fallbackFor(await fontFile(fonts.fallback), lacking);
  return fallback === undefined ? family : [...family, fallback];
}

/**
 * The SVG `svg` as a PNG `scale` times its size, its text set in `fonts` and no other: the picture
 * is the same on every machine with them, whatever else is installed. Offline. Without a bold face,
 * bold text is emboldened as a browser would ({@link emboldened}).
 */
export async function rasterise(svg: string, fonts: PictureFonts, scale: number): Promise<Uint8Array> {
  const [{ Resvg }, fontBuffers] = await Promise.all([resvg(), pictureFontBuffers(svg, fonts)]);
  const drawn = fonts.bold === undefined ? emboldened(svg) : svg;
  const image = new Resvg(drawn, { font: { fontBuffers }, fitTo: { mode: 'zoom', value: scale } });
  const rendered = image.render();
  const png = rendered.asPng();
  // WebAssembly memory is not collected: the picture's is given back now (after an error, a
  // borrowed object cannot be freed, and the process ends soon after).
  rendered.free();
  image.free();
  return png;
}
