/*
 * Where a line of text may break, the rule shared by the browser's image export (export-kit.ts)
 * and the Node SVG (widgets/ssr), and the wrapping of the notes under an image by it: kinsoku, the Chinese and Japanese rule that no line starts with
 * closing punctuation and none ends with opening punctuation. The full-width marks are escaped, as
 * widget code holds no Chinese text outside the message files.
 */

/**
 * Characters a line may not start with (closing punctuation): they stay with the character before.
 * ，。、；：？！）》」』】〉〕 and the closing quotes ” ’, then their ASCII kin.
 */
export const CLOSING_PUNCTUATION =
  '\uff0c\u3002\u3001\uff1b\uff1a\uff1f\uff01\uff09\u300b\u300d\u300f\u3011\u3009\u3015\u201d\u2019,.;:?!)]}%';

/** Characters a line may not end with (opening punctuation): they go with the character after. （《「『【〈〔 “ ‘ ( [ {. */
export const OPENING_PUNCTUATION = '\uff08\u300a\u300c\u300e\u3010\u3008\u3014\u201c\u2018([{';

/**
 * The opening marks that are not ASCII: not part of a Latin word before them (`%“` breaks before
 * the quote), while `f(x)` stays one word, as browsers keep it.
 */
export const WIDE_OPENING = [...OPENING_PUNCTUATION].filter((character) => character > '\u007f').join('');

/** The characters of `characters` as a regular expression's character class. */
export function characterClass(characters: string): string {
  return `[${characters.replace(/[\]\\^-]/g, '\\$&')}]`;
}

/** The closing punctuation as a character class. */
export const CLOSE = characterClass(CLOSING_PUNCTUATION);
/** The opening punctuation as a character class. */
export const OPEN = characterClass(OPENING_PUNCTUATION);

/** What measures text for {@link wrap}: a canvas context here, an estimate in Node. */
export interface TextMeasure {
  measureText(text: string): { readonly width: number };
}

const CJK = '\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef';
/**
 * The pieces {@link wrap} may break between: a CJK character or a word with the spaces after it,
 * each with the closing punctuation after it and the opening punctuation before it (kinsoku,
 * above); anything else alone.
 */
const WRAP_PIECES = new RegExp(
  `${OPEN}*(?:(?!${OPEN})[${CJK}]${CLOSE}*|[^\\s${CJK}${WIDE_OPENING}]+${CLOSE}*\\s*)|\\s+|${OPEN}+|\\S`,
  'g',
);

/**
 * `text` cut into lines no wider than `width` at `font`: between words, and between CJK
 * characters (which have no spaces), but never before closing punctuation (。，、；：？！）」』】) nor
 * after opening punctuation (（「『【); one pass, each piece measured once.
 */
export function wrap(text: string, width: number, measure: TextMeasure): string[] {
  const pieces = text.match(WRAP_PIECES) ?? [];
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const piece of pieces) {
    const size = measure.measureText(piece).width;
    if (used + size > width && line.trim() !== '') {
      lines.push(line.trimEnd());
      line = piece.trimStart();
      used = measure.measureText(line).width;
    } else {
      line += piece;
      used += size;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
