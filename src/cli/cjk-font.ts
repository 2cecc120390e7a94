import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { access, constants } from 'node:fs/promises';
import { errnoOf } from '../node/errno-of.js';
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

/**
 * A font file with the Chinese characters the widgets write: fontconfig's first Simplified Chinese
 * sans-serif font, else the first of {@link CJK_FONT_FILES} present. `candidates` and `fontconfig`
 * are for tests.
 */
export function findCjkFont(
  candidates: readonly string[] = CJK_FONT_FILES,
  fontconfig: () => string[] = fontconfigFiles,
): FontSearch {
  const tried = ['fc-list :lang=zh-cn', ...candidates];
  const file = fontconfig().find((path) => existsSync(path)) ?? candidates.find((path) => existsSync(path));
  return { file, tried };
}

/**
 * The font file of a PNG: `given` (`--font`) when it can be read, else the CJK font `search`
 * finds. Neither is a usage error in the run's language: an unreadable `--font` named, or
 * everything the search looked for and how to install a font.
 */
export async function pngFont(
  given: string | undefined,
  search: () => FontSearch = () => findCjkFont(),
): Promise<string> {
  if (given !== undefined) {
    try {
      await access(given, constants.R_OK);
    } catch (error) {
      throw new UsageError((messages) => messages.fontUnreadable(given, errnoOf(error)));
    }
    return given;
  }
  const { file, tried } = search();
  if (file === undefined) throw new UsageError((messages) => messages.noCjkFont(tried));
  return file;
}
