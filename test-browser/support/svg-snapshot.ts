/**
 * A widget's SVG as stable text for snapshots (as Observable Plot does): Lit's comment markers
 * dropped, numbers rounded to one decimal, whitespace folded.
 */
export function svgSnapshot(root: ShadowRoot, selector = 'svg[part~="chart"]'): string {
  const svg = root.querySelector(selector);
  if (svg === null) return '(no svg)';
  return svg.outerHTML
    .replace(/<!--[^]*?-->/g, '')
    .replace(/-?\d+\.\d+/g, (number) => String(Math.round(Number(number) * 10) / 10))
    .replace(/\s+/g, ' ')
    .replace(/>\s*</g, '>\n<')
    .trim();
}
