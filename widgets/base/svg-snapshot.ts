/*
 * A widget as the browser laid it out, written as one SVG document: every chart's own SVG marks,
 * copied with their computed paint (so `--lg-*` colours are resolved into the file), every line of
 * HTML text at the place the browser put it, and the backgrounds and borders of HTML boxes (bars,
 * progress bars, table rules). One walk over whatever the widget drew, so no chart is drawn a
 * second way and a new widget on the shared base is exported with nothing more. Controls (the
 * download menu, the chart/table switch, the pager, the CSV button, the tooltip) and visually
 * hidden text are left out: the text summary becomes the document's `<desc>` instead.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Named after the page's font, so the image reads on a machine that lacks it. */
const CJK_FALLBACKS = ['PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', 'sans-serif'];
/** `part` names of the widgets' controls, which an image of the chart, and a page with no script, leave out. */
export const CONTROL_PARTS = ['export-menu', 'export-error', 'toggle', 'export', 'pager', 'tooltip', 'back', 'views'];
/** Presentation properties copied from an SVG mark's computed style onto its copy. */
export const SVG_PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
];
/** Attributes of the live marks that mean nothing in a file (styling hooks, focus, ARIA, Lit's markers). */
export const DROPPED_ATTRIBUTE = /^(class|part|style|role|tabindex|aria-.*|data-.*)$/;

/**
 * A font list with the CJK fallbacks after the page's own fonts and the generic `sans-serif` last,
 * every name with spaces in single quotes (a computed style writes double ones).
 */
export function withCjkFallbacks(family: string): string {
  const names = family
    .split(',')
    .map((name) => name.trim().replace(/^["']|["']$/g, ''))
    .filter((name) => name !== '' && name.toLowerCase() !== 'sans-serif');
  const bare = new Set(names.map((name) => name.toLowerCase()));
  const added = CJK_FALLBACKS.filter((name) => !bare.has(name.toLowerCase()));
  return [...names, ...added].map((name) => (name.includes(' ') ? `'${name}'` : name)).join(', ');
}

/**
 * A mark of a chart stretched to its box (`preserveAspectRatio="none"`, a sparkline) with its
 * coordinates scaled by `stretch` instead (the attributes that change): in the image the line keeps
 * one thickness and the end dot stays round, which a stretched drawing would not give.
 */
export function unstretched(
  attributes: Readonly<Record<string, string | number>>,
  stretch: { x: number; y: number },
): Record<string, string> {
  const changed: Record<string, string> = {};
  const scale = (value: number, by: number): string => String(Math.round(value * by * 100) / 100);
  for (const [name, value] of Object.entries(attributes)) {
    const by = /^(x|x1|x2|cx|width)$/.test(name) ? stretch.x : /^(y|y1|y2|cy|height)$/.test(name) ? stretch.y : 0;
    if (by !== 0 && !Number.isNaN(Number(value))) changed[name] = scale(Number(value), by);
  }
  // The polylines the widgets draw (absolute M and L): each point scaled.
  const path = attributes.d;
  if (typeof path === 'string' && /^[MLZ\d.,\s-]*$/.test(path))
    changed.d = path.replace(
      /(-?[\d.]+)[,\s]+(-?[\d.]+)/g,
      (_, x: string, y: string) => `${scale(Number(x), stretch.x)},${scale(Number(y), stretch.y)}`,
    );
  return changed;
}

function visiblePaint(colour: string): boolean {
  return colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour);
}

function isControl(element: Element): boolean {
  const part = element.getAttribute('part');
  return (
    (part !== null && part.split(/\s+/).some((name) => CONTROL_PARTS.includes(name))) ||
    element.classList.contains('visually-hidden') ||
    element.localName === 'script' ||
    element.localName === 'style'
  );
}

/** Writes a widget's shadow DOM as SVG elements positioned relative to the host's border box. */
export class SvgSnapshot {
  readonly #document: Document;
  readonly #origin: DOMRect;
  readonly #fonts = new Map<string, string>();

  constructor(host: HTMLElement) {
    this.#document = host.ownerDocument;
    this.#origin = host.getBoundingClientRect();
  }

  element(name: string, attributes: Record<string, string | number>): SVGElement {
    const element = this.#document.createElementNS(SVG_NS, name) as SVGElement;
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    return element;
  }

  font(family: string): string {
    let font = this.#fonts.get(family);
    if (font === undefined) {
      font = withCjkFallbacks(family);
      this.#fonts.set(family, font);
    }
    return font;
  }

  /** The rendered content of `root` (a shadow root or an element), appended to `into`. */
  content(root: ParentNode, into: SVGElement): void {
    for (const node of Array.from(root.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) this.#text(node as Text, into);
      else if (node instanceof SVGSVGElement) this.#chart(node, into);
      else if (node instanceof HTMLElement && !isControl(node)) this.#box(node, into);
    }
  }

  #x(value: number): number {
    return Math.round((value - this.#origin.left) * 100) / 100;
  }

  #y(value: number): number {
    return Math.round((value - this.#origin.top) * 100) / 100;
  }

  /** An HTML element: its background and borders (not a button's), then its content. */
  #box(element: HTMLElement, into: SVGElement): void {
    const style = getComputedStyle(element);
    if (style.display === 'none') return;
    if (element.localName !== 'button' && element.localName !== 'summary') this.#decoration(element, style, into);
    this.content(element, into);
  }

  #decoration(element: HTMLElement, style: CSSStyleDeclaration, into: SVGElement): void {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') return;
    const radius = parseFloat(style.borderTopLeftRadius) || 0;
    if (visiblePaint(style.backgroundColor))
      into.append(
        this.element('rect', {
          x: this.#x(box.left),
          y: this.#y(box.top),
          width: box.width,
          height: box.height,
          rx: radius,
          fill: style.backgroundColor,
        }),
      );
    const sides = [
      ['Top', box.left, box.top, box.right, box.top],
      ['Right', box.right, box.top, box.right, box.bottom],
      ['Bottom', box.left, box.bottom, box.right, box.bottom],
      ['Left', box.left, box.top, box.left, box.bottom],
    ] as const;
    for (const [side, x1, y1, x2, y2] of sides) {
      const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0;
      const colour = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
      const line = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
      if (width === 0 || line === 'none' || line === 'hidden' || !visiblePaint(colour)) continue;
      // The line runs along the middle of the border, inside the box.
      const inset = side === 'Top' || side === 'Left' ? width / 2 : -width / 2;
      const vertical = side === 'Left' || side === 'Right';
      into.append(
        this.element('line', {
          x1: this.#x(x1 + (vertical ? inset : 0)),
          y1: this.#y(y1 + (vertical ? 0 : inset)),
          x2: this.#x(x2 + (vertical ? inset : 0)),
          y2: this.#y(y2 + (vertical ? 0 : inset)),
          stroke: colour,
          'stroke-width': width,
          ...(line === 'dashed' ? { 'stroke-dasharray': `${width * 3} ${width * 2}` } : {}),
        }),
      );
    }
  }

  /** A text node's rendered lines, each at the place the browser laid it out. */
  #text(node: Text, into: SVGElement): void {
    const data = node.data;
    const first = data.search(/\S/);
    if (first < 0) return;
    const parent = node.parentElement;
    if (parent === null) return;
    const style = getComputedStyle(parent);
    if (style.visibility === 'hidden') return;
    const end = data.trimEnd().length;
    const range = this.#document.createRange();
    range.setStart(node, first);
    range.setEnd(node, end);
    const rects = range.getClientRects();
    if (rects.length === 0) return;
    const lines =
      rects.length === 1 ? [{ text: data.slice(first, end), rect: rects[0]! }] : this.#wrapped(node, first, end, range);
    const size = parseFloat(style.fontSize);
    for (const { text, rect } of lines) {
      const line = this.element('text', {
        x: this.#x(rect.left),
        // The baseline: the line box's middle plus about a third of the em (the fonts' x-height centre).
        y: this.#y(rect.top + rect.height / 2 + size * 0.35),
        fill: style.color,
        'font-size': size,
        'font-family': this.font(style.fontFamily),
      });
      if (style.fontWeight !== '400') line.setAttribute('font-weight', style.fontWeight);
      if (style.fontStyle !== 'normal') line.setAttribute('font-style', style.fontStyle);
      line.textContent = text.replace(/\s+/g, ' ');
      into.append(line);
    }
  }

  /** A text node that wraps: each character goes to the line whose box holds it (one pass, linear). */
  #wrapped(node: Text, first: number, end: number, range: Range): { text: string; rect: DOMRect }[] {
    const lines: { text: string; rect: DOMRect }[] = [];
    let top = Number.NaN;
    for (let index = first; index < end;) {
      const code = node.data.charCodeAt(index);
      const next = index + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
      range.setStart(node, index);
      range.setEnd(node, Math.min(next, end));
      const rect = range.getBoundingClientRect();
      const character = node.data.slice(index, next);
      index = next;
      if (rect.width === 0 && rect.height === 0) continue;
      if (Number.isNaN(top) || Math.abs(rect.top - top) > rect.height / 2) {
        lines.push({ text: character.trimStart(), rect });
        top = rect.top;
      } else lines[lines.length - 1]!.text += character;
    }
    return lines.filter((line) => line.text.trim() !== '');
  }

  /** A chart's SVG, copied at its place and size with its paint resolved. */
  #chart(svg: SVGSVGElement, into: SVGElement): void {
    const box = svg.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    const copy = this.#copy(svg);
    if (copy === null) return;
    copy.setAttribute('x', String(this.#x(box.left)));
    copy.setAttribute('y', String(this.#y(box.top)));
    copy.setAttribute('width', String(box.width));
    copy.setAttribute('height', String(box.height));
    const view = svg.viewBox.baseVal;
    if (svg.getAttribute('preserveAspectRatio') === 'none' && view !== null && view.width > 0 && view.height > 0) {
      const stretch = { x: box.width / view.width, y: box.height / view.height };
      for (const mark of Array.from(copy.querySelectorAll('*'))) {
        const attributes = Object.fromEntries(Array.from(mark.attributes, ({ name, value }) => [name, value]));
        for (const [name, value] of Object.entries(unstretched(attributes, stretch))) mark.setAttribute(name, value);
      }
      copy.setAttribute('viewBox', `0 0 ${box.width} ${box.height}`);
      copy.removeAttribute('preserveAspectRatio');
    }
    into.append(copy);
  }

  #copy(original: SVGElement): SVGElement | null {
    const style = getComputedStyle(original);
    if (style.display === 'none' || style.visibility === 'hidden') return null;
    const copy = this.#document.createElementNS(SVG_NS, original.localName) as SVGElement;
    for (const { name, value } of Array.from(original.attributes))
      if (!DROPPED_ATTRIBUTE.test(name)) copy.setAttribute(name, value);
    for (const property of SVG_PAINT) {
      const value = style.getPropertyValue(property);
      if (value !== '' && value !== 'none' && value !== 'normal' && value !== 'auto')
        copy.setAttribute(property, value);
      else if (value === 'none' && (property === 'fill' || property === 'stroke')) copy.setAttribute(property, 'none');
    }
    if (original.localName === 'text' || original.localName === 'tspan')
      copy.setAttribute('font-family', this.font(style.fontFamily));
    for (const child of Array.from(original.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) copy.append(child.textContent ?? '');
      else if (child instanceof SVGElement && !isControl(child)) {
        const inner = this.#copy(child);
        if (inner !== null) copy.append(inner);
      }
    }
    return copy;
  }
}
