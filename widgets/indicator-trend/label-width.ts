/** The font size of the chart's text (chart.styles.ts: `svg text`). */
const FONT_SIZE = 12;

/**
 * A character's width in em, never less than it is drawn: the layout (which period labels fit,
 * where a label would cross the chart's edge, how much of an annotation fits) trusts it without
 * measuring, so it must err wide. Figures from DejaVu Sans, Linux's system-ui and one of the
 * widest sans fonts: lower-case letters, digits and light punctuation at most 0.64em, capitals
 * at most 0.79em and symbols such as + = # at 0.84em; m, w, M, W, %, @ nearly 1em. CJK and
 * full-width characters, the ellipsis and everything else outside ASCII count 1em, each half of a
 * surrogate pair too (an emoji can be wider than 1em).
 */
function charEm(code: number): number {
  if (code >= 0x80) return 1;
  // m w M W % @
  if (code === 0x6d || code === 0x77 || code === 0x4d || code === 0x57 || code === 0x25 || code === 0x40) return 1;
  // a–z, 0–9, space and . , : ; ' ! | ( ) [ ] - /
  if (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) ||
    " .,:;'!|()[]-/".includes(String.fromCharCode(code))
  )
    return 0.65;
  return 0.85;
}

/** A generous width, in pixels, of `text` drawn as a chart label (see {@link charEm}). */
export function labelWidth(text: string): number {
  let em = 0;
  for (let index = 0; index < text.length; index++) em += charEm(text.charCodeAt(index));
  return em * FONT_SIZE;
}

/**
 * At most this many characters of an annotation are drawn, ellipsis included, however wide the
 * chart: a label is a pointer to the event, and its whole text is in the announcement and the
 * table view.
 */
export const MAX_LABEL_CHARS = 40;

/**
 * `text` as drawn in `room` pixels: whole if it fits and has at most `maxChars` characters, else
 * cut with an ellipsis (`…`) to fit both; empty when not even one character and the ellipsis fit.
 * Reads at most `maxChars` + 1 characters, so a label's length does not matter (a 100 KB one costs
 * what a 40-character one does); cuts between code points, never inside a surrogate pair.
 */
export function fitLabel(text: string, room: number, maxChars = MAX_LABEL_CHARS): string {
  const ellipsis = labelWidth('…');
  let width = 0;
  let count = 0;
  let end = 0;
  // The longest prefix (its length in UTF-16 units) that fits with the ellipsis after it.
  let cut = 0;
  for (const char of text) {
    width += labelWidth(char);
    count++;
    if (width > room || count > maxChars) return cut === 0 ? '' : `${text.slice(0, cut)}…`;
    end += char.length;
    if (width + ellipsis <= room && count < maxChars) cut = end;
  }
  return text;
}
