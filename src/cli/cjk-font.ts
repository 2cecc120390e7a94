import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { errnoOf } from '../node/errno-of.js';
import { fontCoverage } from './font-coverage.js';
import type { PictureFonts } from './rasterise.js';
import { UsageError } from './usage.js';

/**
 * Where a CJK font is looked for when `--font` is not given, after fontconfig: Debian's and
 * Fedora's Noto CJK and WenQuanYi packages, macOS's PingFang and Windows' Microsoft YaHei.
 */
export const CJK_FONT_FILES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc',
  '/System/Library/Fonts/PingFang.ttc',
  'C:\\Windows\\Fonts\\msyh.ttc',
];

/**
 * The characters outside Chinese fonts' usual set that the widgets draw: the minus sign of a fall
 * (−2.2 个百分点) and the check mark of a verified reform task (✓ 已销号). WenQuanYi Zen Hei has
 * neither, so a PNG also loads a font that has both, which resvg falls back to glyph by glyph.
 */
export const SYMBOL_PROBE = ['\u2212', '\u2713'] as const;

/** Where a font with {@link SYMBOL_PROBE} is looked for after fontconfig: DejaVu Sans on Debian, Fedora and Arch. */
export const SYMBOL_FONT_FILES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf',
  '/usr/share/fonts/TTF/DejaVuSans.ttf',
];

/** fontconfig's best sans-serif face with every character of {@link SYMBOL_PROBE}; none when fontconfig is missing. */
function fontconfigSymbolFont(): string[] {
  const charset = SYMBOL_PROBE.map((character) => character.codePointAt(0)!.toString(16)).join(' ');
  try {
    const file = execFileSync('fc-match', [`sans-serif:charset=${charset}`, '--format', '%{file}'], {
      encoding: 'utf8',
      timeout: 10_000,
    }).trim();
    return file === '' ? [] : [file];
  } catch {
    return [];
  }
}

/** Whether the file at `path` is a font with every character of {@link SYMBOL_PROBE}. */
export function hasSymbols(path: string): boolean {
  try {
    const coverage = fontCoverage(readFileSync(path), SYMBOL_PROBE);
    return coverage.font && coverage.missing.length === 0;
  } catch {
    return false;
  }
}

/**
 * A font file to fall back to for the symbols a CJK font may lack ({@link SYMBOL_PROBE}):
 * fontconfig's match, else the first of {@link SYMBOL_FONT_FILES} present; none when neither has
 * them (the PNG then says which characters it could not draw). `candidates`, `fontconfig` and
 * `usable` are for tests.
 */
export function findSymbolFont(
  candidates: readonly string[] = SYMBOL_FONT_FILES,
  fontconfig: () => string[] = fontconfigSymbolFont,
  usable: (path: string) => boolean = hasSymbols,
): string | undefined {
  const fits = (path: string): boolean => existsSync(path) && usable(path);
  return fontconfig().find(fits) ?? candidates.find(fits);
}

/** What a search for a CJK font tried: fontconfig's answer (or why there was none) and the files. */
export interface FontSearch {
  readonly file: string | undefined;
  /** What was looked for, in order, to name in an error: `fc-list :lang=zh-cn`, then each file. */
  readonly tried: readonly string[];
}

/** Fonts fontconfig says cover Simplified Chinese, sans-serif first; none when fontconfig is missing. */
function fontconfigFiles(): string[] {
  try {
    const listed = execFileSync('fc-list', [':lang=zh-cn', 'file'], { encoding: 'utf8', timeout: 10_000 });
    const files = listed
      .split('\n')
      .map((line) => line.replace(/:\s*$/, '').trim())
      .filter((line) => line !== '');
    // Sans-serif faces (Noto Sans, WenQuanYi Zen Hei) before serif ones and before bold weights.
    const rank = (file: string): number =>
      (/serif/i.test(file) && !/sans/i.test(file) ? 2 : 0) + (/bold/i.test(file) ? 1 : 0);
    return files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  } catch {
    return [];
  }
}

/** Whether the file at `path` is a font with every character of the probe characters (font-coverage.ts). */
export function isCjkFont(path: string): boolean {
  try {
    const coverage = fontCoverage(readFileSync(path));
    return coverage.font && coverage.missing.length === 0;
  } catch {
    return false;
  }
}

/**
 * A font file with the Chinese characters the widgets write: fontconfig's first Simplified Chinese
 * sans-serif font, else the first of {@link CJK_FONT_FILES} present; a file that is no font or
 * lacks one of the probe characters (font-coverage.ts) is skipped. `candidates`, `fontconfig` and `usable` are for tests.
 */
export function findCjkFont(
  candidates: readonly string[] = CJK_FONT_FILES,
  fontconfig: () => string[] = fontconfigFiles,
  usable: (path: string) => boolean = isCjkFont,
): FontSearch {
  const tried = ['fc-list :lang=zh-cn', ...candidates];
  const fits = (path: string): boolean => existsSync(path) && usable(path);
  const file = fontconfig().find(fits) ?? candidates.find(fits);
  return { file, tried };
}

/** One face fontconfig lists: its file, family names, weight (80 regular, 200 bold) and slant (0 upright). */
export interface FontFace {
  readonly file: string;
  readonly families: readonly string[];
  readonly weight: number;
  readonly slant: number;
}

/** Every face fontconfig lists; none when fontconfig is missing. */
function fontconfigFaces(): FontFace[] {
  try {
    const listed = execFileSync('fc-list', ['--format', '%{file}\t%{family}\t%{weight}\t%{slant}\n'], {
      encoding: 'utf8',
      timeout: 10_000,
    });
    return listed.split('\n').flatMap((line) => {
      const [file, families, weight, slant] = line.split('\t');
      if (file === undefined || families === undefined || file === '') return [];
      return [{ file, families: families.split(','), weight: Number(weight), slant: Number(slant) }];
    });
  } catch {
    return [];
  }
}

/** fontconfig's weights of demibold and bold: a face from 180 up draws `font-weight` 600 to 900. */
const DEMIBOLD = 180;
const BOLD = 200;

/**
 * The bold face of the family of the font file `regular`: the upright face of one of its family
 * names that fontconfig weighs nearest to bold (at least demibold), else a file named as `regular`
 * with `Bold` for `Regular` (Noto Sans CJK's packages); none when the family has no bold face
 * (WenQuanYi Zen Hei). resvg draws `font-weight: bold` only with a bold face loaded: it does not
 * embolden a regular one. `faces`, `exists` and `usable` are for tests.
 */
export function boldFace(
  regular: string,
  faces: () => readonly FontFace[] = fontconfigFaces,
  exists: (path: string) => boolean = existsSync,
  usable: (path: string) => boolean = isCjkFont,
): string | undefined {
  const listed = faces();
  const families = new Set(listed.filter((face) => face.file === regular).flatMap((face) => face.families));
  const bold = listed
    .filter(
      (face) =>
        face.file !== regular &&
        face.weight >= DEMIBOLD &&
        face.slant === 0 &&
        face.families.some((family) => families.has(family)),
    )
    .sort((a, b) => Math.abs(a.weight - BOLD) - Math.abs(b.weight - BOLD) || a.file.localeCompare(b.file))
    .map((face) => face.file);
  const named = regular.replace(/Regular(?=\.[a-z]+$)/i, 'Bold');
  if (named !== regular) bold.push(named);
  return bold.find((file) => exists(file) && usable(file));
}

/**
 * The font files of a PNG: the regular face and its family's bold face when there is one
 * ({@link boldFace}): `given` (`--font`) when it is a font with Chinese characters, else the
 * CJK font `search` finds; and a font for the symbols it lacks ({@link findSymbolFont}) unless it
 * has them. Neither is a usage error in the run's language: an unreadable `--font`,
 * one that is no font, or one without Chinese characters, named; or everything the search looked
 * for and how to install a font.
 */
export async function pngFonts(
  given: string | undefined,
  search: () => FontSearch = () => findCjkFont(),
  bold: (regular: string) => string | undefined = (regular) => boldFace(regular),
  symbols: () => string | undefined = () => findSymbolFont(),
): Promise<PictureFonts> {
  const regular = await pngFont(given, search);
  const face = bold(regular);
  const fallback = hasSymbols(regular) ? undefined : symbols();
  return {
    regular,
    ...(face === undefined ? {} : { bold: face }),
    ...(fallback === undefined || fallback === regular ? {} : { fallback }),
  };
}

/**
 * The font file of a PNG's regular text: `given` (`--font`) when it is a font with Chinese
 * characters, else the CJK font `search` finds (see {@link pngFonts}).
 */
export async function pngFont(
  given: string | undefined,
  search: () => FontSearch = () => findCjkFont(),
): Promise<string> {
  if (given !== undefined) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(given);
    } catch (error) {
      throw new UsageError((messages) => messages.fontUnreadable(given, errnoOf(error)));
    }
    const coverage = fontCoverage(bytes);
    if (!coverage.font) throw new UsageError((messages) => messages.notAFont(given));
    const { missing } = coverage;
    if (missing.length > 0) throw new UsageError((messages) => messages.fontLacksCjk(given, missing));
    return given;
  }
  const { file, tried } = search();
  if (file === undefined) throw new UsageError((messages) => messages.noCjkFont(tried));
  return file;
}
