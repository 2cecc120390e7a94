// The demo pages that load lawgauge as a script must run under the README's Content-Security-Policy
// (`default-src 'self'`, no inline script or style): a page author copies them as they are. A
// `data:` icon (the demo's favicon once) is an image the policy blocks, logged on every load.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const PAGES = [
  'examples/dashboard/index.html',
  'examples/html/widgets.html',
  'examples/map/index.html',
  'examples/src-loading/index.html',
  'examples/theming/index.html',
];

describe("the script-tag demo pages hold nothing the README's CSP blocks", () => {
  for (const page of PAGES) {
    it(page, () => {
      const html = readFileSync(page, 'utf8');
      expect(html).not.toMatch(/\s(?:src|href)="(?:data|blob|https?):/);
      expect(html).not.toMatch(/\sstyle="/);
      expect(html).not.toMatch(/\son[a-z]+="/);
      // Scripts come from files; a JSON data block is not run.
      for (const [tag] of html.matchAll(/<script\b[^>]*>/g))
        expect(tag).toMatch(/\ssrc="|type="application\/(?:ld\+)?json"/);
      expect(html).not.toMatch(/<style\b/);
    });
  }
});
