/**
 * Text widths estimated without a layout engine, one rule for every place that needs one: the
 * Node picture's line breaks (lawgauge/ssr) and `<indicator-map>`'s tile labels, which step down
 * a font size where a line would not fit its tile, in the page and in the Node picture alike.
 */

/** Wide (CJK) characters: one em. */
export const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
/**
 * Advance widths of the printable ASCII characters (space to `~`) in thousandths of an em, those
 * of Noto Sans CJK SC's Latin (measured with resvg): the font a PNG is set in where it is installed,
 * and close to a system sans-serif. A narrow `i` and a wide `W` estimated apart, so a title's end
 * and the status after it are placed where the text is drawn.
 */
const ASCII_WIDTHS = [
  224, 323, 474, 555, 555, 921, 680, 278, 338, 338, 467, 555, 278, 347, 278, 392, 555, 555, 555, 555, 555, 555, 555,
  555, 555, 555, 278, 278, 555, 555, 555, 474, 946, 602, 657, 609, 688, 589, 552, 689, 728, 293, 495, 646, 543, 812,
  723, 742, 633, 742, 635, 583, 599, 721, 585, 878, 573, 531, 587, 338, 392, 338, 555, 559, 606, 563, 618, 488, 620,
  554, 322, 564, 607, 275, 275, 552, 284, 926, 610, 606, 620, 620, 388, 468, 357, 607, 521, 802, 498, 521, 475, 338,
  270, 338, 555,
];
/**
 * The width of `text` at `size` pixels, estimated: wide (CJK) characters and the status shapes (●▲■✓,
 * one em in a CJK font) one em, others by Noto Sans CJK's widths.
 */
export function estimatedWidth(text: string, size: number): number {
  let width = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    width +=
      code >= 32 && code < 127
        ? (size * ASCII_WIDTHS[code - 32]!) / 1000
        : code === 0xa0
          ? size * 0.224
          : WIDE.test(character) || (code >= 0x25a0 && code <= 0x27bf)
            ? size
            : size * 0.6;
  }
  return width;
}
