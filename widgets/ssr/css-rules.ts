import type { TreeElement } from './html-tree.js';

/*
 * The widgets' own styles applied to the tree lawgauge/ssr renders, for the SVG export in Node:
 * what a browser's computed style gives the client export (svg-snapshot.ts), for the selectors
 * the widgets write (tags, classes, attributes, descendant, child and sibling combinators, :host). A rule
 * with anything else (:hover, :focus-visible, ::before) is for an interactive state and is left out, as are
 * @media blocks (print, forced colours, reduced motion; the dark theme is chosen by `theme`).
 */

/** A computed style: property → value, custom properties (`--lg-*`) included. */
export type ComputedStyle = ReadonlyMap<string, string>;

interface Compound {
  readonly tag: string | undefined;
  readonly classes: readonly string[];
  readonly attributes: readonly { name: string; operator: string | undefined; value: string }[];
}

interface Rule {
  /** Compounds right to left, each with the combinator between it and the one to its right (`' '`, `'>'`, `'~'` or `'+'`). */
  readonly compounds: readonly { compound: Compound; combinator: string }[];
  readonly specificity: number;
  readonly order: number;
  readonly declarations: readonly [string, string][];
}

/** Properties a child takes from its parent when no rule sets them. */
const INHERITED = new Set([
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'white-space',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'text-align',
]);
const ROOT_FONT_SIZE = 16;

function parseCompound(text: string): Compound | undefined {
  const match = /^(\*|[a-z][\w-]*)?((?:\.[\w-]+|\[[^\]]+\])*)$/i.exec(text);
  if (match === null) return undefined;
  const classes: string[] = [];
  const attributes: { name: string; operator: string | undefined; value: string }[] = [];
  for (const [, className, attribute] of match[2]!.matchAll(/\.([\w-]+)|\[([^\]]+)\]/g)) {
    if (className !== undefined) classes.push(className);
    else {
      const parts = /^\s*([\w-]+)\s*(?:([~|^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]*)))?\s*$/.exec(attribute!);
      if (parts === null) return undefined;
      attributes.push({ name: parts[1]!, operator: parts[2], value: parts[3] ?? parts[4] ?? parts[5] ?? '' });
    }
  }
  return { tag: match[1] === '*' ? undefined : match[1]?.toLowerCase(), classes, attributes };
}

function parseSelector(text: string, order: number, declarations: [string, string][]): Rule | undefined {
  const tokens = text
    // Not the `~` of an attribute's `~=`.
    .replace(/\s*(>|~(?!=)|\+)\s*/g, ' $1 ')
    .trim()
    .split(/\s+/);
  const compounds: { compound: Compound; combinator: string }[] = [];
  let combinator = ' ';
  let specificity = 0;
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index]!;
    if (token === '>' || token === '~' || token === '+') {
      combinator = token;
      continue;
    }
    const compound = parseCompound(token);
    if (compound === undefined) return undefined;
    specificity += (compound.classes.length + compound.attributes.length) * 100 + (compound.tag === undefined ? 0 : 1);
    compounds.push({ compound, combinator });
    combinator = ' ';
  }
  return { compounds, specificity, order, declarations };
}

function matchesCompound(element: TreeElement, compound: Compound): boolean {
  if (compound.tag !== undefined && element.name !== compound.tag) return false;
  const classes = (element.attributes.get('class') ?? '').split(/\s+/);
  if (!compound.classes.every((name) => classes.includes(name))) return false;
  return compound.attributes.every(({ name, operator, value }) => {
    const actual = element.attributes.get(name);
    if (actual === undefined) return false;
    if (operator === undefined) return true;
    if (operator === '~=') return actual.split(/\s+/).includes(value);
    return operator === '=' && actual === value;
  });
}

/** The elements before `element` among its parent's children, nearest first. */
function previousSiblings(element: TreeElement): TreeElement[] {
  const siblings = element.parent?.children ?? [];
  return siblings
    .slice(0, siblings.indexOf(element))
    .filter((node): node is TreeElement => node.kind === 'element')
    .reverse();
}

/**
 * Whether `rule` selects `element`: its last compound the element, the others its ancestors or
 * earlier siblings as the combinators say.
 */
function matches(element: TreeElement, rule: Rule, index = 0): boolean {
  const step = rule.compounds[index]!;
  if (!matchesCompound(element, step.compound)) return false;
  if (index === rule.compounds.length - 1) return true;
  // Each compound records the combinator between it and the compound to its right.
  const { combinator } = rule.compounds[index + 1]!;
  if (combinator === '~' || combinator === '+') {
    const before = previousSiblings(element);
    return (combinator === '+' ? before.slice(0, 1) : before).some((sibling) => matches(sibling, rule, index + 1));
  }
  const child = combinator === '>';
  for (let ancestor = element.parent; ancestor !== undefined && ancestor.name !== '#root'; ancestor = ancestor.parent) {
    if (matches(ancestor, rule, index + 1)) return true;
    if (child) return false;
  }
  return false;
}

/** `text` without its comments, split into top-level rules (`@` blocks skipped whole). */
function topLevelRules(text: string): { selector: string; body: string }[] {
  const source = text.replace(/\/\*[^]*?\*\//g, '');
  const rules: { selector: string; body: string }[] = [];
  let index = 0;
  while (index < source.length) {
    const open = source.indexOf('{', index);
    if (open < 0) break;
    let depth = 1;
    let close = open + 1;
    for (; close < source.length && depth > 0; close++) {
      if (source[close] === '{') depth++;
      else if (source[close] === '}') depth--;
    }
    const selector = source.slice(index, open).trim();
    if (!selector.startsWith('@')) rules.push({ selector, body: source.slice(open + 1, close - 1) });
    index = close;
  }
  return rules;
}

function declarationsOf(body: string): [string, string][] {
  return body
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item.includes(':'))
    .map((item) => {
      const colon = item.indexOf(':');
      return [
        item.slice(0, colon).trim().toLowerCase(),
        item
          .slice(colon + 1)
          .replace(/!important/, '')
          .trim(),
      ];
    });
}

/** A length in CSS pixels, for `em` against `base`; NaN when it is none. */
export function pixels(value: string | undefined, base: number): number {
  const match = /^(-?[\d.]+)(px|rem|em)?$/.exec(value?.trim() ?? '');
  if (match === null) return Number.NaN;
  const number = Number(match[1]);
  return match[2] === 'rem' ? number * ROOT_FONT_SIZE : match[2] === 'em' ? number * base : number;
}

/** The widgets' styles, ready to compute the style of each element of a rendered widget. */
export class WidgetStyles {
  readonly #rules: Rule[] = [];
  /** The host's own declarations (`:host`, and `:host([theme='dark'])` in the dark theme). */
  readonly host: ComputedStyle;

  constructor(cssText: string, theme: 'light' | 'dark') {
    const host = new Map<string, string>([['font-size', `${ROOT_FONT_SIZE}px`]]);
    const hostRules: [string, string][][] = [];
    const darkRules: [string, string][][] = [];
    topLevelRules(cssText).forEach(({ selector, body }, order) => {
      const declarations = declarationsOf(body);
      for (const one of selector.split(',').map((item) => item.trim())) {
        if (one === ':host') hostRules.push(declarations);
        else if (one === ":host([theme='dark'])" || one === ':host([theme="dark"])') darkRules.push(declarations);
        else if (!one.startsWith(':host')) {
          const rule = parseSelector(one, order, declarations);
          if (rule !== undefined) this.#rules.push(rule);
        }
      }
    });
    for (const declarations of [...hostRules, ...(theme === 'dark' ? darkRules : [])])
      for (const [name, value] of declarations) host.set(name, value);
    this.host = this.#resolve(host, host);
    this.#rules.sort((a, b) => a.specificity - b.specificity || a.order - b.order);
  }

  /** The style of `element`, whose parent's style is `parent`. */
  computed(element: TreeElement, parent: ComputedStyle): ComputedStyle {
    const own = new Map<string, string>();
    for (const rule of this.#rules)
      if (matches(element, rule)) for (const [name, value] of rule.declarations) own.set(name, value);
    const style = new Map<string, string>();
    for (const [name, value] of parent) if (INHERITED.has(name) || name.startsWith('--')) style.set(name, value);
    for (const [name, value] of own) style.set(name, value);
    return this.#resolve(style, parent);
  }

  /** `var()` replaced by the custom properties in scope, `em`/`rem` font sizes by pixels, `currentColor` by the colour. */
  #resolve(style: Map<string, string>, parent: ComputedStyle): Map<string, string> {
    const lookup = (value: string, depth = 0): string =>
      depth > 8
        ? value
        : value.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^)]*))?\)/g, (_, name: string, fallback: string | undefined) =>
            lookup(style.get(name) ?? fallback ?? '', depth + 1),
          );
    for (const [name, value] of style) if (value.includes('var(')) style.set(name, lookup(value));
    const size = style.get('font-size');
    if (size !== undefined) {
      const parentSize = pixels(parent.get('font-size'), ROOT_FONT_SIZE);
      const px = pixels(size, Number.isNaN(parentSize) ? ROOT_FONT_SIZE : parentSize);
      if (!Number.isNaN(px)) style.set('font-size', `${px}px`);
    }
    const colour = style.get('color') ?? '';
    for (const name of ['fill', 'stroke'])
      if (style.get(name)?.toLowerCase() === 'currentcolor') style.set(name, colour);
    return style;
  }
}
