import { readPart } from './read-part.js';
import { attribute } from './xml-scanner.js';
import type { ZipDirectory } from './zip-directory.js';

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30, with the CJK ones). */
function isBuiltInDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/**
 * Whether a custom number format code shows a date or time: a `d`, `m`, `y`, `h` or `s` outside
 * quoted text, `[…]` brackets (colours, conditions, locales), `\x` escapes and `_x`/`*x` spacing.
 * Elapsed-time formats (`[h]:mm`) count as times.
 */
export function isDateFormatCode(code: string): boolean {
  let inQuote = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (inQuote) {
      if (c === '"') inQuote = false;
    } else if (c === '"') inQuote = true;
    else if (c === '\\' || c === '_' || c === '*') i++;
    else if (c === '[') {
      const end = code.indexOf(']', i);
      if (end < 0) return false;
      if (/^\[(h+|m+|s+)\]$/i.test(code.slice(i, end + 1))) return true;
      i = end;
    } else if ('dmyhsDMYHS'.includes(c)) return true;
    else if (c === ';') return false; // The first section decides (positive numbers).
  }
  return false;
}

/** For each cell style index (`s="…"`), whether its number format is a date or time. */
export async function readDateStyles(
  zip: ZipDirectory,
  part: string | null,
  source: string,
): Promise<readonly boolean[]> {
  const entry = part === null ? zip.find('xl/styles.xml') : (zip.find(part) ?? zip.find('xl/styles.xml'));
  const dates: boolean[] = [];
  if (entry === undefined) return dates;
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  await readPart(zip, entry, source, {
    wantText: false,
    open(name, attributes) {
      if (name === 'numFmt') {
        const id = Number(attribute(attributes, 'numFmtId'));
        const code = attribute(attributes, 'formatCode');
        if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formatIds.push(Number(attribute(attributes, 'numFmtId') ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  for (const id of formatIds) {
    const code = custom.get(id);
    dates.push(code === undefined ? isBuiltInDateFormat(id) : isDateFormatCode(code));
  }
  return dates;
}
