/*
 * A fallback font cut down to the characters it stands in for. resvg's fallback is not per glyph:
 * when a text has a character its font lacks, resvg shapes the whole text again with the first other
 * font that has it, and when that font has *every* character of the text it sets the whole text in
 * it. DejaVu Sans, loaded for the − and ✓ WenQuanYi Zen Hei lacks, has all of Latin, so an English
 * "Fall −2.2 points" came out wholly in DejaVu while "Fall 2.2 points" beside it was in the theme's
 * font. Given a copy of the fallback whose character map holds only the characters the theme's font
 * lacks, resvg can match nothing else in it and takes just those glyphs from it.
 */
import { fontFace, glyphIds, type FontTable } from './font-coverage.js';

const tagBytes = (tag: string): number[] => [...tag].map((character) => character.charCodeAt(0));

/** A `cmap` table with one Unicode subtable (Windows, full repertoire: format 12) mapping `codes` to `glyphs`. */
function characterMap(codes: readonly number[], glyphs: readonly number[]): Uint8Array {
  const order = codes.map((_, index) => index).sort((a, b) => codes[a]! - codes[b]!);
  const subtableLength = 16 + 12 * order.length;
  const table = new Uint8Array(12 + subtableLength);
  const view = new DataView(table.buffer);
  view.setUint16(0, 0); // version
  view.setUint16(2, 1); // one encoding record
  view.setUint16(4, 3); // platform: Windows
  view.setUint16(6, 10); // encoding: Unicode, full repertoire
  view.setUint32(8, 12); // the subtable's offset
  view.setUint16(12, 12); // format 12: groups of consecutive code points
  view.setUint32(16, subtableLength);
  view.setUint32(24, order.length);
  order.forEach((index, group) => {
    const at = 28 + 12 * group;
    view.setUint32(at, codes[index]!);
    view.setUint32(at + 4, codes[index]!);
    view.setUint32(at + 8, glyphs[index]!);
  });
  return table;
}

/** The sum of a table's big-endian 32-bit words, as its table record gives it. */
function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let at = 0; at < padded.length; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  return sum;
}

/** An sfnt file of `version` holding `tables` (each 4-byte aligned, the directory sorted by tag). */
function sfnt(version: number, tables: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const power = 2 ** Math.floor(Math.log2(tags.length));
  let offset = 12 + 16 * tags.length;
  const placed = tags.map((tag) => {
    const at = offset;
    offset += (tables.get(tag)!.length + 3) & ~3;
    return at;
  });
  const file = new Uint8Array(offset);
  const view = new DataView(file.buffer);
  view.setUint32(0, version);
  view.setUint16(4, tags.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, tags.length * 16 - power * 16);
  tags.forEach((tag, index) => {
    const bytes = tables.get(tag)!;
    const record = 12 + 16 * index;
    file.set(tagBytes(tag), record);
    view.setUint32(record + 4, checksum(bytes));
    view.setUint32(record + 8, placed[index]!);
    view.setUint32(record + 12, bytes.length);
    file.set(bytes, placed[index]!);
  });
  return file;
}

/**
 * A copy of the font `bytes` (a collection's first face) whose character map holds only those of
 * `characters` it has a glyph for: its glyphs, metrics and names unchanged, every other character
 * unmapped. Undefined when it has none of them, or is no font. resvg then falls back to it for those
 * characters alone (see the top of this file).
 */
export function fallbackFor(bytes: Uint8Array, characters: readonly string[]): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const glyphs = glyphIds(bytes, characters);
  if (glyphs === undefined) return undefined;
  const kept = characters.flatMap((character, index) =>
    glyphs[index] === 0 ? [] : [{ code: character.codePointAt(0)!, glyph: glyphs[index]! }],
  );
  if (kept.length === 0) return undefined;
  const face = fontFace(view)!;
  const tables = new Map<string, Uint8Array>(
    face.tables
      .filter((table: FontTable) => table.tag !== 'cmap')
      .map((table: FontTable) => [table.tag, bytes.subarray(table.offset, table.offset + table.length)]),
  );
  tables.set(
    'cmap',
    characterMap(
      kept.map((entry) => entry.code),
      kept.map((entry) => entry.glyph),
    ),
  );
  return sfnt(face.version, tables);
}
