import { exportNotes } from '../base/export-notes.js';
import { LawGaugeElement } from '../base/lawgauge-element.js';
import { periodNames } from '../base/period-label.js';
import { imageRootAttributes, NOTE_LINE, NOTE_SIZE } from '../base/export-kit.js';
import { CONTROL_PARTS, DROPPED_ATTRIBUTE, SVG_PAINT, unstretched, withCjkFallbacks } from '../base/svg-snapshot.js';
import { pixels, WidgetStyles, type ComputedStyle } from './css-rules.js';
import { findElement, parseHtmlTree, textOf, type TreeElement } from './html-tree.js';
import { renderWidgetElement } from './render-widget-html.js';
import {
  DEFAULT_SSR_WIDTH,
  HOST_BORDER,
  HOST_PADDING,
  RENDER_WIDGET_OPTION_KEYS,
  type RenderWidgetOptions,
  type SsrData,
  type SsrWidget,
} from './ssr-widgets.js';
import { escapeMarkup } from './escape-markup.js';
import { checkOptionKeys } from '../../src/internal.js';
import { CLOSE, OPEN, WIDE_OPENING, wrap, type TextMeasure } from '../base/line-breaks.js';
import { estimatedWidth, WIDE } from '../base/text-width.js';

/*
 * A widget as a self-contained SVG document, in Node: the image exportSvg() gives in a browser
 * (export-kit.ts), made from the same server-side render of the same templates. The charts' own
 * SVG marks are copied as drawn, their paint resolved from the widget's styles in the theme asked
 * for; the HTML text around them (title, value, legend, table cells) is set in lines from top to
 * bottom, as a browser's block layout would place it, its widths estimated (Node has no layout
 * engine: CJK characters one em wide, others about half). The frame, the notes under the chart
 * (period, unit, source, method, suppression), `<title>` and `<desc>` are those of the browser's.
 */

const BLOCK = new Set([
  'div',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'caption',
  'section',
  'header',
  'footer',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'details',
  'nav',
  'form',
  'fieldset',
]);
/** Browsers' default sizes and weights of headings (the widgets set only some). */
const HEADING: Record<string, { size: string; weight: string }> = {
  h3: { size: '1.17em', weight: '700' },
  h4: { size: '1em', weight: '700' },
};
const LINE_HEIGHT = 1.35;
/** The space kept between a table's columns (the cells' padding). */
const CELL_GAP = 8;
/**
 * The pieces a line may break between, as a browser breaks text: a Latin word with the spaces
 * after it (or up to a hyphen), each CJK character; each with the closing punctuation after it and
 * the opening punctuation before it (kinsoku, line-breaks.ts, as the notes' wrap does).
 */
const WIDE_CHARACTERS = WIDE.source.slice(1, -1) + WIDE_OPENING;
const PIECES = new RegExp(
  `${OPEN}*(?:(?!${OPEN})${WIDE.source}${CLOSE}*|[^\\s${WIDE_CHARACTERS}-]*-+\\s*|[^\\s${WIDE_CHARACTERS}]+${CLOSE}*\\s*)|\\s+|${OPEN}+|\\S`,
  'g',
);

/** The width of a run of text in `style`, bold text a little wider. */
function runWidth(text: string, style: ComputedStyle): number {
  const weight = Number(style.get('font-weight') === 'bold' ? 700 : (style.get('font-weight') ?? 400));
  return estimatedWidth(text, pixels(style.get('font-size'), 16)) * (weight >= 600 ? 1.04 : 1);
}

/** `text` in the pieces a line may break between. */
export function breakPieces(text: string): string[] {
  return text.match(PIECES) ?? [];
}

/**
 * SVG's mixed-case element and attribute names, which the HTML parser (Lit's server render read
 * back) lowercases: SVG is case-sensitive, so `clippath` clips nothing and `patternunits` leaves
 * a pattern in bounding-box units (one mark per tile instead of a repeated one).
 */
const SVG_NAMES = new Map(
  [
    'clipPath',
    'clipPathUnits',
    'linearGradient',
    'radialGradient',
    'gradientUnits',
    'gradientTransform',
    'patternUnits',
    'patternContentUnits',
    'patternTransform',
    'textPath',
    'textLength',
    'lengthAdjust',
    'startOffset',
    'markerWidth',
    'markerHeight',
    'markerUnits',
    'refX',
    'refY',
    'maskUnits',
    'maskContentUnits',
    'spreadMethod',
    'pathLength',
    'preserveAspectRatio',
    'viewBox',
    'foreignObject',
  ].map((name) => [name.toLowerCase(), name]),
);

/** `name` as SVG spells it. */
function svgName(name: string): string {
  return SVG_NAMES.get(name) ?? name;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function tag(name: string, attributes: Record<string, string | number | undefined>, content?: string): string {
  const text = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => ` ${key}="${escapeMarkup(String(value))}"`)
    .join('');
  return content === undefined ? `<${name}${text}/>` : `<${name}${text}>${content}</${name}>`;
}

function isControl(element: TreeElement): boolean {
  const part = element.attributes.get('part');
  const classes = (element.attributes.get('class') ?? '').split(/\s+/);
  return (
    (part !== undefined && part.split(/\s+/).some((name) => CONTROL_PARTS.includes(name))) ||
    classes.includes('visually-hidden') ||
    element.attributes.has('hidden') ||
    ['script', 'style', 'template'].includes(element.name)
  );
}

function visiblePaint(colour: string | undefined): colour is string {
  return colour !== undefined && colour !== '' && colour !== 'transparent' && colour !== 'none';
}

/**
 * The top and bottom margins of a box in `style` (`margin-top`/`margin-bottom`, or the `margin`
 * shorthand's), in pixels; 0 where none is set or the length is not one Node resolves.
 */
export function verticalMargins(style: ComputedStyle, size: number): { top: number; bottom: number } {
  const shorthand = (style.get('margin') ?? '').trim().split(/\s+/);
  const [top, bottom] = [shorthand[0], shorthand[2] ?? shorthand[0]];
  const length = (value: string | undefined): number => pixels(value, size) || 0;
  return {
    top: length(style.get('margin-top') ?? top),
    bottom: length(style.get('margin-bottom') ?? bottom),
  };
}

/** The properties a run's `<text>` is drawn with (see `flush`). */
const TEXT_PROPERTIES = ['color', 'font-size', 'font-family', 'font-weight', 'font-style'] as const;

/** Whether text in `a` and in `b` is drawn alike: one `<text>` can hold both. */
function drawnAlike(a: ComputedStyle, b: ComputedStyle): boolean {
  return a === b || TEXT_PROPERTIES.every((property) => a.get(property) === b.get(property));
}

/** Text set on one line in one style (continued by text drawn alike), or a swatch (`text` empty). */
interface Run {
  text: string;
  readonly style: ComputedStyle;
  readonly x: number;
  width: number;
}

/** Lays the rendered widget out top to bottom and writes its SVG elements. */
class NodeSnapshot {
  readonly #styles: WidgetStyles;
  #left: number;
  #width: number;
  readonly #fonts = new Map<string, string>();
  readonly out: string[] = [];
  top: number;
  #line: Run[] = [];
  /** The tallest picture in the line (a sparkline in a table row): the line is at least as tall. */
  #pictureHeight = 0;
  /**
   * The bottom margin of the block that ended last, nothing drawn since: not added (text blocks are
   * set without their margins), but a chart under it is at least that far below, as the browser
   * collapses the two margins into the larger.
   */
  #marginBelow = 0;
  #x: number;

  constructor(styles: WidgetStyles, left: number, top: number, width: number) {
    this.#styles = styles;
    this.#left = left;
    this.top = top;
    this.#width = width;
    this.#x = left;
  }

  font(family: string | undefined): string {
    const key = family ?? 'sans-serif';
    let font = this.#fonts.get(key);
    if (font === undefined) {
      font = withCjkFallbacks(key);
      this.#fonts.set(key, font);
    }
    return font;
  }

  style(element: TreeElement, parent: ComputedStyle): ComputedStyle {
    const style = this.#styles.computed(element, parent);
    const heading = HEADING[element.name];
    if (heading === undefined) return style;
    const withDefaults = new Map(style);
    if (!this.#styles.computed(element, new Map()).has('font-size'))
      withDefaults.set('font-size', `${pixels(heading.size, pixels(parent.get('font-size'), 16))}px`);
    if (!withDefaults.has('font-weight') || withDefaults.get('font-weight') === parent.get('font-weight'))
      withDefaults.set('font-weight', heading.weight);
    return withDefaults;
  }

  /** The children of `element` (style `style`) in document order. */
  content(element: TreeElement, style: ComputedStyle): void {
    // A flex row (a legend) sets its items side by side, `gap` apart.
    const row = style.get('display') === 'flex' && !(style.get('flex-direction') ?? '').startsWith('column');
    const size = pixels(style.get('font-size'), 16);
    const gap = row ? pixels((style.get('column-gap') ?? style.get('gap') ?? '').split(/\s+/).at(-1), size) || 0 : 0;
    if (element.name === 'tr') {
      this.#row(element, style);
      return;
    }
    const items = element.children.filter((child): child is TreeElement => child.kind === 'element');
    for (const child of element.children) {
      if (child.kind === 'text') {
        this.#text(child.text, style);
        continue;
      }
      if (isControl(child)) continue;
      const own = this.style(child, style);
      if (own.get('display') === 'none' || own.get('visibility') === 'hidden') continue;
      if (child.name === 'svg') this.#svg(child, own);
      else if (row) {
        // A flex item that does not fit beside the ones before it goes to the next line whole
        // (items never overlap); the last one, in a `space-between` row, at the line's end.
        const width = this.#naturalWidth(child, own);
        if (this.#x > this.#left && this.#x + width > this.#left + this.#width) this.flush();
        if (style.get('justify-content') === 'space-between' && child === items.at(-1) && this.#x > this.#left)
          this.#x = Math.max(this.#x, this.#left + this.#width - width);
        this.#inline(child, own);
        this.#x += gap;
      } else if (BLOCK.has(child.name) || own.get('display') === 'block' || own.get('display') === 'flex') {
        this.flush();
        this.content(child, own);
        this.flush();
        this.#rule(child, own);
        this.#marginBelow = verticalMargins(own, pixels(own.get('font-size'), 16)).bottom;
      } else this.#inline(child, own);
    }
  }

  /** A table row: its cells side by side, the row's width shared equally, each wrapped in its column. */
  #row(row: TreeElement, style: ComputedStyle): void {
    const cells = row.children.filter((child): child is TreeElement => child.kind === 'element');
    this.flush();
    const [left, width, top] = [this.#left, this.#width, this.top];
    let bottom = top;
    cells.forEach((cell, column) => {
      const own = this.style(cell, style);
      if (isControl(cell) || own.get('display') === 'none') return;
      this.top = top;
      this.#left = left + (column * width) / cells.length;
      this.#width = width / cells.length - CELL_GAP;
      this.#x = this.#left;
      this.content(cell, own);
      this.flush();
      bottom = Math.max(bottom, this.top);
    });
    this.#left = left;
    this.#width = width;
    this.#x = left;
    this.top = bottom;
  }

  /** The width `element` takes in one line, estimated: its text, its icons and swatches. */
  #naturalWidth(element: TreeElement, style: ComputedStyle): number {
    let width = 0;
    for (const child of element.children) {
      if (child.kind === 'text') width += runWidth(child.text.replace(/\s+/g, ' '), style);
      else if (!isControl(child)) {
        const own = this.style(child, style);
        if (own.get('display') === 'none') continue;
        const size = pixels(own.get('font-size'), 16);
        const box = pixels(own.get('width'), size);
        width += child.name === 'svg' ? (Number.isNaN(box) ? size : box) + 4 : this.#naturalWidth(child, own);
        if (
          child.name !== 'svg' &&
          !Number.isNaN(box) &&
          visiblePaint(own.get('background') ?? own.get('background-color'))
        )
          width += box + 4;
      }
    }
    return width;
  }

  /** An inline element: a box of its own size (a legend's swatch) or its content in the line. */
  #inline(element: TreeElement, style: ComputedStyle): void {
    const size = pixels(style.get('font-size'), 16);
    const width = pixels(style.get('width'), size);
    const height = pixels(style.get('height'), size);
    const background = style.get('background') ?? style.get('background-color');
    if (!Number.isNaN(width) && !Number.isNaN(height) && visiblePaint(background)) {
      this.#line.push({ text: '', style: new Map([...style, ['fill', background]]), x: this.#x, width });
      this.#x += width + 4;
    }
    this.content(element, style);
  }

  /** A border under a block (table cells' rules) drawn across the content width. */
  #rule(element: TreeElement, style: ComputedStyle): void {
    const cell = element.name === 'tr' ? element.children.find((child) => child.kind === 'element') : undefined;
    const ruled = cell === undefined ? style : this.style(cell, style);
    const border = /^([\d.]+)px\s+(solid|dashed)\s+(.+)$/.exec(ruled.get('border-bottom') ?? '');
    if (border === null) return;
    const y = round(this.top + Number(border[1]) / 2);
    this.out.push(
      tag('line', {
        x1: this.#left,
        y1: y,
        x2: this.#left + this.#width,
        y2: y,
        stroke: border[3],
        'stroke-width': border[1],
      }),
    );
    this.top += Number(border[1]);
  }

  #text(data: string, style: ComputedStyle): void {
    const text = data.replace(/\s+/g, ' ');
    const trimmed = this.#line.length === 0 ? text.trimStart() : text;
    if (trimmed === '' || (trimmed === ' ' && this.#line.length === 0)) return;
    // `white-space: nowrap` (a card's status: sign and word) is never broken inside: a flex row
    // moves the whole item to the next line when it does not fit (content, above).
    if (style.get('white-space') === 'nowrap') {
      this.#push(trimmed, style);
      return;
    }
    // Wrapped between words (CJK between characters) where the line is full, as the browser's
    // layout would (widths estimated); a word is broken only when it alone is wider than the line.
    let piece = '';
    let used = this.#x - this.#left;
    for (const word of breakPieces(trimmed)) {
      const width = runWidth(word.trimEnd(), style);
      if (used + width > this.#width && (piece.trim() !== '' || this.#x > this.#left)) {
        if (piece !== '') this.#push(piece, style);
        this.flush();
        piece = '';
        used = 0;
        if (word.trim() === '') continue;
      }
      if (width > this.#width) {
        // Longer than a whole line: broken where the line is full.
        for (const character of word) {
          const size = runWidth(character, style);
          if (used + size > this.#width && piece.trim() !== '') {
            this.#push(piece, style);
            this.flush();
            piece = '';
            used = 0;
          }
          piece += character;
          used += size;
        }
        continue;
      }
      piece += word;
      used += runWidth(word, style);
    }
    if (piece !== '') this.#push(piece, style);
  }

  #push(text: string, style: ComputedStyle): void {
    const width = runWidth(text, style);
    const last = this.#line.at(-1);
    // Text drawn as the run before it (the text nodes of one element, or of inline elements
    // styled alike: "Clearance rate", " · ", "2019") continues that run's <text>: placed at its
    // own estimated x, it would stand apart from or run into the real glyphs before it. Not across
    // anything set between them (an icon, a flex gap).
    if (
      last !== undefined &&
      last.text !== '' &&
      Math.abs(last.x + last.width - this.#x) < 0.01 &&
      drawnAlike(last.style, style)
    ) {
      last.text += text;
      last.width += width;
    } else this.#line.push({ text, style, x: this.#x, width });
    this.#x += width;
  }

  /** Ends the line: its runs written at its baseline, the next line under it. */
  flush(): void {
    const runs = this.#line.filter((run) => run.text.trim() !== '' || run.text === '');
    const pictureHeight = this.#pictureHeight;
    this.#line = [];
    this.#pictureHeight = 0;
    this.#x = this.#left;
    if (runs.length === 0 && pictureHeight === 0) return;
    this.#marginBelow = 0;
    const size = Math.max(0, ...runs.map((run) => pixels(run.style.get('font-size'), 16)));
    const height = Math.max(size * LINE_HEIGHT, pictureHeight);
    const baseline = round(this.top + height / 2 + size * 0.35);
    for (const run of runs) {
      const runSize = pixels(run.style.get('font-size'), 16);
      if (run.text === '') {
        this.out.push(
          tag('rect', {
            x: round(run.x),
            y: round(this.top + (height - runSize * 0.7) / 2),
            width: round(run.width),
            height: round(runSize * 0.7),
            fill: run.style.get('fill'),
          }),
        );
        continue;
      }
      const weight = run.style.get('font-weight');
      const slant = run.style.get('font-style');
      this.out.push(
        tag(
          'text',
          {
            // Spaces before the text are not drawn: the text starts after them.
            x: round(run.x + runWidth(/^\s*/.exec(run.text)![0], run.style)),
            y: baseline,
            fill: run.style.get('color'),
            'font-size': runSize,
            'font-family': this.font(run.style.get('font-family')),
            'font-weight': weight !== undefined && weight !== '400' && weight !== 'normal' ? weight : undefined,
            'font-style': slant !== undefined && slant !== 'normal' ? slant : undefined,
          },
          escapeMarkup(run.text.trim()),
        ),
      );
    }
    this.top += height;
  }

  /** An SVG: a chart (a block across the content width) or an icon in the line. */
  #svg(svg: TreeElement, style: ComputedStyle): void {
    const size = pixels(style.get('font-size'), 16);
    const viewBox = (svg.attributes.get('viewbox') ?? '').split(/[\s,]+/).map(Number);
    const attributeWidth = Number(svg.attributes.get('width'));
    const cssWidth = style.get('width') === '100%' ? this.#width : pixels(style.get('width'), size);
    const width = Math.min(
      this.#width,
      !Number.isNaN(cssWidth) ? cssWidth : attributeWidth > 0 ? attributeWidth : this.#width,
    );
    const attributeHeight = Number(svg.attributes.get('height'));
    const cssHeight = pixels(style.get('height'), size);
    const height = !Number.isNaN(cssHeight)
      ? cssHeight
      : attributeHeight > 0
        ? attributeHeight
        : viewBox.length === 4 && viewBox[2]! > 0
          ? (viewBox[3]! * width) / viewBox[2]!
          : width / 2;
    // A small picture (a table row's sparkline, a status icon) stays in its line, as it does in a cell.
    const inline = width < this.#width / 2;
    if (!inline) {
      this.flush();
      // Its top margin collapsed with the bottom margin of the block above, as in the browser (a
      // card's sparkline 0.4rem under the change lines).
      this.top += Math.max(this.#marginBelow, verticalMargins(style, size).top);
      this.#marginBelow = 0;
    }
    const x = inline ? this.#x : this.#left;
    const y = inline ? this.top + Math.max(0, (size * LINE_HEIGHT - height) / 2) : this.top;
    const place = { x: round(x), y: round(y), width: round(width), height: round(height) };
    // Stretched to its box (`preserveAspectRatio="none"`, a sparkline): the marks' coordinates are
    // scaled instead of the drawing, so the line keeps one thickness and the end dot stays round.
    const stretch =
      svg.attributes.get('preserveaspectratio') === 'none' && viewBox.length === 4 && viewBox[2]! > 0 && viewBox[3]! > 0
        ? { x: width / viewBox[2]!, y: height / viewBox[3]! }
        : undefined;
    const copy =
      stretch === undefined
        ? this.#copy(svg, style, place)
        : this.#copy(svg, style, { ...place, viewBox: `0 0 ${place.width} ${place.height}` }, stretch);
    this.out.push(copy);
    if (inline) {
      this.#x += width + 4;
      this.#pictureHeight = Math.max(this.#pictureHeight, height);
    } else this.top = y + height + verticalMargins(style, size).bottom;
  }

  #copy(
    element: TreeElement,
    style: ComputedStyle,
    place?: Record<string, number | string>,
    stretch?: { x: number; y: number },
  ): string {
    const attributes: Record<string, string | number> = {};
    for (const [name, value] of element.attributes)
      if (!DROPPED_ATTRIBUTE.test(name)) attributes[svgName(name)] = value;
    for (const property of SVG_PAINT) {
      const value = style.get(property);
      if (value !== undefined && value !== '' && value !== 'normal' && value !== 'auto') attributes[property] = value;
    }
    if (element.name === 'text' || element.name === 'tspan')
      attributes['font-family'] = this.font(style.get('font-family'));
    if (element.name === 'svg') attributes.xmlns = 'http://www.w3.org/2000/svg';
    if (stretch !== undefined) {
      if (place !== undefined) delete attributes.preserveAspectRatio;
      else Object.assign(attributes, unstretched(attributes, stretch));
    }
    Object.assign(attributes, place);
    const inner: string[] = [];
    for (const child of element.children) {
      if (child.kind === 'text') inner.push(escapeMarkup(child.text));
      else if (!isControl(child)) {
        const own = this.#styles.computed(child, style);
        if (own.get('display') !== 'none' && own.get('visibility') !== 'hidden')
          inner.push(this.#copy(child, own, undefined, stretch));
      }
    }
    const name = svgName(element.name);
    return tag(name, attributes, inner.join(''));
  }
}

/** An estimate standing in for the canvas's measure of the notes' text. */
function estimate(size: number): TextMeasure {
  return { measureText: (text: string) => ({ width: estimatedWidth(text, size) }) };
}

/**
 * `data` drawn by `widget` as a self-contained SVG document, in Node: the image `exportSvg()` gives
 * in a browser, from the same templates (see the top of this file for what differs: the text's
 * widths are estimates). Light unless `options.theme` is `dark`; laid out `options.width` wide.
 */
export async function renderWidgetSvg(
  widget: SsrWidget,
  data: SsrData,
  options: RenderWidgetOptions = {},
): Promise<string> {
  checkOptionKeys(options, RENDER_WIDGET_OPTION_KEYS);
  const lang = options.lang ?? 'zh-CN';
  const width = Math.ceil(options.width ?? DEFAULT_SSR_WIDTH);
  const rendered = await renderWidgetElement(widget, data, options);
  const tree = parseHtmlTree(rendered.html);
  const host = findElement(tree, (element) => element.name === widget)!;
  const shadow = findElement(host, (element) => element.name === 'template')!;
  const css = shadow.children
    .filter((child): child is TreeElement => child.kind === 'element' && child.name === 'style')
    .map(textOf)
    .join('\n');
  const styles = new WidgetStyles(css, options.theme ?? 'light');
  const hostStyle = styles.host;
  const edge = HOST_BORDER + HOST_PADDING;
  const snapshot = new NodeSnapshot(styles, edge, edge, width - 2 * edge);
  snapshot.content(shadow, hostStyle);
  snapshot.flush();

  // The periods the element drew, asked of it as the browser's export asks the element in the page.
  const { element } = rendered;
  const notes = exportNotes(
    data,
    lang,
    element instanceof LawGaugeElement ? periodNames(element.periodsShown(), lang) : undefined,
  );
  const font = snapshot.font(hostStyle.get('font-family'));
  const shown = textOf(shadow);
  const noteLines = (shown.includes(notes.title) ? notes.lines : [notes.title, ...notes.lines]).flatMap((line) =>
    wrap(line, width - 2 * edge, estimate(NOTE_SIZE)),
  );
  const notesTop = Math.ceil(snapshot.top + HOST_PADDING);
  const height = notesTop + noteLines.length * NOTE_LINE + edge;
  const summaries: string[] = [];
  const collect = (element: TreeElement): void => {
    for (const child of element.children)
      if (child.kind === 'element') {
        if ((child.attributes.get('part') ?? '').split(/\s+/).includes('summary')) {
          const text = textOf(child).trim();
          if (text !== '') summaries.push(text);
        } else collect(child);
      }
  };
  collect(shadow);
  const border = HOST_BORDER;
  const radius = pixels(hostStyle.get('border-radius'), 16);
  const borderColour = /solid\s+(.+)$/.exec(hostStyle.get('border') ?? '')?.[1];
  const frame = tag('rect', {
    x: border / 2,
    y: border / 2,
    width: width - border,
    height: height - border,
    rx: Number.isNaN(radius) ? 0 : radius,
    fill: hostStyle.get('background'),
    stroke: borderColour,
    'stroke-width': borderColour === undefined ? undefined : border,
  });
  const noteText = noteLines
    .map((text, index) => tag('text', { x: edge, y: notesTop + (index + 1) * NOTE_LINE - 4 }, escapeMarkup(text)))
    .join('');
  return tag(
    'svg',
    imageRootAttributes(width, height, lang, font),
    tag('title', { id: 'lg-title' }, escapeMarkup(notes.title)) +
      tag('desc', { id: 'lg-desc' }, escapeMarkup(summaries.join('\n') || notes.lines.join('\n'))) +
      frame +
      snapshot.out.join('') +
      tag('g', { fill: hostStyle.get('--lg-muted') ?? hostStyle.get('color'), 'font-size': NOTE_SIZE }, noteText),
  );
}
