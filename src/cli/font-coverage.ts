/*
 * Whether a file is a font that has the Chinese characters the widgets write: its sfnt magic
 * (TrueType, OpenType/CFF, Apple 'true', or a collection 'ttcf', whose first face is read), then
 * its `cmap` table's Unicode subtables (formats 4 and 12). A pure reader of the bytes: resvg draws
 * a file that is no font, or a Latin-only one, without a word, so `lawgauge render` asks first.
 */

/** Characters every Chinese render writes (中国 in names, 区 in districts, 率 in rates). */
export const CJK_PROBE = ['中', '国', '区', '率'] as const;

/** What a font file lacks: `not-font` (no sfnt magic, no cmap, or cut short), or the probe characters it has no glyph for. */
export type FontCoverage = { readonly font: false } | { readonly font: true; readonly missing: readonly string[] };

const SFNT_VERSIONS = new Set([0x00010000, 0x4f54544f /* OTTO */, 0x74727565 /* true */]);
const TTCF = 0x74746366;

/** The glyph of `code` in the cmap subtable at `at` (format 4 or 12), 0 when none. */
function glyphOf(view: DataView, at: number, code: number): number {
  const format = view.getUint16(at);
  if (format === 4) {
    if (code > 0xffff) return 0;
    const segments = view.getUint16(at + 6) / 2;
    const ends = at + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const ranges = deltas + 2 * segments;
    for (let i = 0; i < segments; i++) {
      if (view.getUint16(ends + 2 * i) < code) continue;
      const start = view.getUint16(starts + 2 * i);
      if (start > code) return 0;
      const delta = view.getUint16(deltas + 2 * i);
      const range = view.getUint16(ranges + 2 * i);
      if (range === 0) return (code + delta) & 0xffff;
      const glyph = view.getUint16(ranges + 2 * i + range + 2 * (code - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  }
  if (format === 12) {
    const groups = view.getUint32(at + 12);
    for (let i = 0; i < groups; i++) {
      const group = at + 16 + 12 * i;
      const start = view.getUint32(group);
      if (code >= start && code <= view.getUint32(group + 4)) return view.getUint32(group + 8) + code - start;
    }
  }
  return 0;
}

/** The font's Unicode cmap subtables: platform 0 (any), or Windows (3) BMP (1) and full (10). */
function unicodeSubtables(view: DataView, cmap: number): number[] {
  const subtables: number[] = [];
  const count = view.getUint16(cmap + 2);
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + 8 * i;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))
      subtables.push(cmap + view.getUint32(record + 4));
  }
  return subtables;
}

/** One table of a font file: its tag (`cmap`, `glyf`, …) and where its bytes are in the file. */
export interface FontTable {
  readonly tag: string;
  readonly offset: number;
  readonly length: number;
}

/**
 * The sfnt face in `view` (a collection's first face): its version and table directory; undefined
 * when the bytes have no sfnt magic. Offsets past the end throw a RangeError.
 */
export function fontFace(view: DataView): { readonly version: number; readonly tables: FontTable[] } | undefined {
  let face = 0;
  if (view.getUint32(0) === TTCF) face = view.getUint32(12);
  const version = view.getUint32(face);
  if (!SFNT_VERSIONS.has(version)) return undefined;
  const tables: FontTable[] = [];
  for (let i = 0; i < view.getUint16(face + 4); i++) {
    const record = face + 12 + 16 * i;
    const tag = String.fromCharCode(...[0, 1, 2, 3].map((at) => view.getUint8(record + at)));
    tables.push({ tag, offset: view.getUint32(record + 8), length: view.getUint32(record + 12) });
  }
  return { version, tables };
}

/**
 * The glyph of each of `characters` in the font `bytes` (0 where it has none); undefined when the
 * bytes are no font with a cmap, or are cut short.
 */
export function glyphIds(bytes: Uint8Array, characters: readonly string[]): number[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const cmap = fontFace(view)?.tables.find((table) => table.tag === 'cmap');
    if (cmap === undefined) return undefined;
    const subtables = unicodeSubtables(view, cmap.offset);
    return characters.map((character) => {
      const code = character.codePointAt(0)!;
      for (const at of subtables) {
        const glyph = glyphOf(view, at, code);
        if (glyph !== 0) return glyph;
      }
      return 0;
    });
  } catch (error) {
    // Offsets past the end: a file cut short, or not a font at all.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** Whether `bytes` are a font, and which of `characters` (default {@link CJK_PROBE}) it has no glyph for. */
export function fontCoverage(bytes: Uint8Array, characters: readonly string[] = CJK_PROBE): FontCoverage {
  const glyphs = glyphIds(bytes, characters);
  if (glyphs === undefined) return { font: false };
  return { font: true, missing: characters.filter((_, index) => glyphs[index] === 0) };
}

/** The entities lawgauge's SVG writer (widgets/ssr) escapes text with, and numeric references. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const TEXT_ELEMENT = /<text\b[^>]*>([\s\S]*?)<\/text>/g;

/**
 * Every character the SVG `svg` draws as text (the content of its `<text>` elements, `<tspan>`s
 * included, entities decoded), once each in order of first use; white space and controls left out.
 */
export function drawnCharacters(svg: string): string[] {
  const characters = new Set<string>();
  for (const [, content] of svg.matchAll(TEXT_ELEMENT)) {
    const text = content!
      .replace(/<[^>]*>/g, '')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity: string, name: string) => {
        if (name.startsWith('#x') || name.startsWith('#X'))
          return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
        if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
        return NAMED_ENTITIES[name] ?? entity;
      });
    for (const character of text) if (!/[\s\p{Cc}\p{Cf}]/u.test(character)) characters.add(character);
  }
  return [...characters];
}

/** Which of `characters` none of the fonts `fonts` (their files' bytes) has a glyph for. */
export function uncoveredCharacters(characters: readonly string[], fonts: readonly Uint8Array[]): string[] {
  let missing = [...characters];
  for (const bytes of fonts) {
    if (missing.length === 0) break;
    const coverage = fontCoverage(bytes, missing);
    if (coverage.font) missing = [...coverage.missing];
  }
  return missing;
}

/** `character` and its code point, to name a character a font lacks: `− (U+2212)`. */
export function codePointText(character: string): string {
  return `${character} (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}
