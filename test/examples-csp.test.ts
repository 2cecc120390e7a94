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

describe('the framework and ES-module examples hold nothing the policy blocks but what they say', () => {
  // Served under the policy by test-browser/pages.test.ts; here, what a reader copies.
  for (const page of ['examples/react/index.html', 'examples/vue/index.html', 'examples/esm/index.html']) {
    it(page, () => {
      const html = readFileSync(page, 'utf8');
      expect(html).not.toMatch(/\sstyle="|\son[a-z]+="|<style\b/);
      // Scripts come from files; the ES-module page's import map is its one inline script, which a
      // page adds by its hash to script-src (README, "Embedding under a strict CSP").
      const inline = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => !/\ssrc="/.test(tag));
      expect(inline).toEqual(page.includes('/esm/') ? ['<script type="importmap">'] : []);
    });
  }

  it('examples/vue/app.js draws with a render function: no template compiled in the browser (code from strings)', () => {
    const app = readFileSync('examples/vue/app.js', 'utf8');
    expect(app).not.toMatch(/\btemplate\s*:/);
    expect(app).toContain("import { createApp, h, ref } from 'vue';");
    expect(readFileSync('scripts/build-examples.mjs', 'utf8')).toContain("vue: 'vue/dist/vue.runtime.esm-bundler.js'");
  });
});
