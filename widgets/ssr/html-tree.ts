/*
 * The HTML lawgauge/ssr renders, read back as a tree for the SVG export in Node. Only that HTML:
 * Lit writes every attribute quoted and every text escaped, so a tokenizer of tags, comments and
 * text is enough (no browser DOM, no HTML parser dependency).
 */

/** An element of the tree. */
export interface TreeElement {
  readonly kind: 'element';
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: TreeNode[];
  readonly parent: TreeElement | undefined;
}

/** A text of the tree, entities decoded. */
export interface TreeText {
  readonly kind: 'text';
  readonly text: string;
  readonly parent: TreeElement;
}

export type TreeNode = TreeElement | TreeText;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const RAW_TEXT = new Set(['style', 'script']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text with its character references decoded. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, double, single, bare] of text.matchAll(
    /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
  ))
    attributes.set(name!.toLowerCase(), decodeEntities(double ?? single ?? bare ?? ''));
  return attributes;
}

/** The tree of `html` under a root element named `#root`; comments and processing instructions dropped. */
export function parseHtmlTree(html: string): TreeElement {
  const root: TreeElement = { kind: 'element', name: '#root', attributes: new Map(), children: [], parent: undefined };
  let open = root;
  const token =
    /<!--[^]*?-->|<\?[^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>|[^<]+|</g;
  let match: RegExpExecArray | null;
  while ((match = token.exec(html)) !== null) {
    const [whole, closing, opening, attributeText, selfClosing] = match;
    if (whole.startsWith('<!--') || whole.startsWith('<?')) continue;
    if (closing !== undefined) {
      const name = closing.toLowerCase();
      // Close up to the matching element; a stray end tag closes nothing.
      for (
        let element: TreeElement | undefined = open;
        element !== undefined && element !== root;
        element = element.parent
      )
        if (element.name === name) {
          open = element.parent!;
          break;
        }
    } else if (opening !== undefined) {
      const name = opening.toLowerCase();
      const element: TreeElement = {
        kind: 'element',
        name,
        attributes: attributesOf(attributeText ?? ''),
        children: [],
        parent: open,
      };
      open.children.push(element);
      if (RAW_TEXT.has(name)) {
        const end = html.toLowerCase().indexOf(`</${name}`, token.lastIndex);
        const stop = end < 0 ? html.length : end;
        element.children.push({ kind: 'text', text: html.slice(token.lastIndex, stop), parent: element });
        token.lastIndex = stop;
      } else if (selfClosing !== '/' && !VOID.has(name)) open = element;
    } else open.children.push({ kind: 'text', text: decodeEntities(whole), parent: open });
  }
  return root;
}

/** The first element under `from` (itself included) that `test` accepts, depth first. */
export function findElement(from: TreeElement, test: (element: TreeElement) => boolean): TreeElement | undefined {
  if (test(from)) return from;
  for (const child of from.children)
    if (child.kind === 'element') {
      const found = findElement(child, test);
      if (found !== undefined) return found;
    }
  return undefined;
}

/** The text under `element`, as `textContent` gives it. */
export function textOf(element: TreeElement): string {
  return element.children.map((child) => (child.kind === 'text' ? child.text : textOf(child))).join('');
}
