import { describe, expect, it } from 'vitest';
import { WidgetStyles } from '../../widgets/ssr/css-rules.js';
import { decodeEntities, findElement, parseHtmlTree, textOf, type TreeElement } from '../../widgets/ssr/html-tree.js';

const CSS = `
  :host { --lg-fg: #111111; --lg-accent: #0969da; color: var(--lg-fg); font-size: 16px; }
  :host([theme='dark']) { --lg-fg: #eeeeee; }
  @media (prefers-color-scheme: dark) { :host(:not([theme='light'])) { --lg-fg: #999999; } }
  /* A comment { with braces } */
  svg text { fill: var(--lg-fg); font-size: 12px; }
  text.muted { fill: var(--lg-accent); }
  .legend > li { font-size: 0.5em; }
  [part~='chart'] path { stroke: currentColor; }
  button:hover { color: red; }
  rect.good { fill: var(--lg-good, #1a7f37); }
`;

function element(tree: TreeElement, name: string): TreeElement {
  return findElement(tree, (candidate) => candidate.name === name)!;
}

/** The computed style of `target`, its ancestors' computed on the way down from the root. */
function styleOf(styles: WidgetStyles, target: TreeElement): ReadonlyMap<string, string> {
  const path: TreeElement[] = [];
  for (let at: TreeElement | undefined = target; at !== undefined && at.name !== '#root'; at = at.parent)
    path.unshift(at);
  return path.reduce((parent, node) => styles.computed(node, parent), styles.host);
}

describe('the widgets’ styles applied in Node (lawgauge/ssr)', () => {
  const tree = parseHtmlTree(
    `<div><svg part="chart plot"><text class="muted" x="1">a &amp; b</text><text>c</text><path d="M0,0"></path><rect class="good"/></svg><ul class="legend"><li><span>x</span></li></ul><ol><li>y</li></ol><button>z</button></div>`,
  );

  it('resolves var() from the host, the dark theme over the light, and leaves @media blocks out', () => {
    expect(new WidgetStyles(CSS, 'light').host.get('color')).toBe('#111111');
    expect(new WidgetStyles(CSS, 'dark').host.get('color')).toBe('#eeeeee');
    expect(new WidgetStyles(CSS, 'dark').host.get('--lg-accent')).toBe('#0969da');
  });

  it('matches descendant and child combinators, classes and attributes, the more specific rule winning', () => {
    const styles = new WidgetStyles(CSS, 'light');
    const [muted, plain] = element(tree, 'svg').children.filter(
      (child): child is TreeElement => child.kind === 'element' && child.name === 'text',
    );
    expect(styleOf(styles, muted!).get('fill')).toBe('#0969da');
    expect(styleOf(styles, plain!).get('fill')).toBe('#111111');
    expect(styleOf(styles, plain!).get('font-size')).toBe('12px');
    // `[part~='chart'] path`: currentColor is the inherited colour.
    expect(styleOf(styles, element(tree, 'path')).get('stroke')).toBe('#111111');
    // A var() with a fallback the host does not define.
    expect(styleOf(styles, element(tree, 'rect')).get('fill')).toBe('#1a7f37');
    // `.legend > li` in em of the parent: a <li> under .legend, not one under <ol>.
    const items = [...tree.children]
      .flatMap(function all(node): TreeElement[] {
        return node.kind === 'element' ? [node, ...node.children.flatMap(all)] : [];
      })
      .filter((node) => node.name === 'li');
    expect(items.map((item) => styleOf(styles, item).get('font-size'))).toEqual(['8px', '16px']);
    // A rule for an interactive state (:hover) is not applied.
    expect(styleOf(styles, element(tree, 'button')).get('color')).toBe('#111111');
  });

  it('reads the rendered HTML back: entities, void and self-closed elements, raw text', () => {
    expect(textOf(element(tree, 'svg'))).toBe('a & bc');
    expect(element(tree, 'rect').children).toEqual([]);
    expect(decodeEntities('&lt;&#x4e2d;&#25991;&gt; &unknown;')).toBe('<中文> &unknown;');
    const page = parseHtmlTree('<p>a<br>b</p><style>p > a { color: red }</style><!-- lit-part --><?>c');
    expect(textOf(element(page, 'p'))).toBe('ab');
    expect(textOf(element(page, 'style'))).toBe('p > a { color: red }');
    expect(textOf(page)).toBe('abp > a { color: red }c');
  });
});
