import { CONTROL_PARTS } from '../base/svg-snapshot.js';

/** A start or end tag of the HTML lawgauge/ssr renders (attribute values escaped: no `>` in them). */
const TAG = /<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
const PART = /\spart="([^"]*)"/;

/**
 * A widget's server-rendered HTML for a page with no script: its controls left out (the elements
 * whose `part` is one of CONTROL_PARTS, the list the image export drops: view toggles, tabs, the
 * CSV and download buttons, pagers), and every other `<button>` (a sortable table header, a
 * selectable row or region) unwrapped to its content, which stays as text. Nothing is left that
 * looks as if it could be pressed and does nothing.
 */
export function withoutControls(html: string): string {
  let result = '';
  let last = 0;
  /** The control being left out: its tag name and how deep in it the scan is. */
  let skipping: { name: string; depth: number } | undefined;
  for (const match of html.matchAll(TAG)) {
    const [tag, closing, rawName, attributes, selfClosing] = match;
    const name = rawName!.toLowerCase();
    const at = match.index;
    if (skipping !== undefined) {
      if (name === skipping.name && selfClosing === '') skipping.depth += closing === '/' ? -1 : 1;
      if (skipping.depth === 0) {
        skipping = undefined;
        last = at + tag.length;
      }
      continue;
    }
    const part = closing === '' ? PART.exec(attributes!)?.[1] : undefined;
    const control = part !== undefined && part.split(/\s+/).some((word) => CONTROL_PARTS.includes(word));
    if (control || name === 'button') {
      result += html.slice(last, at);
      last = at + tag.length;
      if (control && selfClosing === '') skipping = { name, depth: 1 };
    }
  }
  return result + html.slice(last);
}
