// lawgauge/ssr in Debian's Chromium (puppeteer-core): the HTML shows the chart with JavaScript off,
// the element takes it over when its script loads without drawing anything different, and the
// SVG made in Node matches the one the element's exportSvg() makes in the browser. Runs the built
// <script> bundle (dist/lawgauge.iife.min.js), served as `npm start` serves it: build first.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../scripts/find-chromium.mjs';
import { CHROMIUM_ARGS, serveRepository } from '../scripts/static-server.mjs';
import type { Report } from '../src/index.js';
import { runCli } from '../src/cli/main.js';
import { parseHtmlTree, type TreeElement } from '../widgets/ssr/html-tree.js';

/** lawgauge/ssr as the tests use it; imported through a variable so the core's typecheck (no DOM) does not follow it into the widgets. */
interface SsrEntry {
  renderWidgetHtml(widget: string, data: Report, options: Record<string, unknown>): Promise<string>;
  renderWidgetSvg(widget: string, data: Report, options: object): Promise<string>;
}
const SSR_ENTRY = '../widgets/ssr/index.js';
const { renderWidgetHtml, renderWidgetSvg } = (await import(SSR_ENTRY)) as SsrEntry;

const root = new URL('..', import.meta.url).pathname;
const REPORT = JSON.parse(
  readFileSync(`${root}examples/dashboard/reports/clearance-rate-quarterly.json`, 'utf8'),
) as Report;

const WIDTH = 800;
mkdirSync(join(root, 'test/.tmp'), { recursive: true });
const folder = mkdtempSync(join(root, 'test/.tmp/ssr-'));

let browser: Browser;
let server: { url: string; close: () => void } | undefined;
/** The <script> bundle, served over http as a page loads it (it loads its export code beside it). */
let bundle = '';
beforeAll(async () => {
  server = await serveRepository('/');
  bundle = `${server.url}/dist/lawgauge.iife.min.js`;
  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** A page (served, so the parser reads the declarative shadow root) holding `element`, WIDTH wide. */
async function open(element: string, javascript: boolean): Promise<Page> {
  const file = join(folder, `page-${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(
    file,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>body{margin:0} body>*{width:${WIDTH}px}</style></head><body>${element}</body></html>`,
  );
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(javascript);
  await page.setViewport({ width: 1000, height: 900 });
  await page.goto(`${server!.url}/${relative(root, file)}`);
  return page;
}

/**
 * What the element shows: its shadow root's elements (attributes sorted: Lit's client sets bound
 * attributes after the template's, the server writes them in place) and texts, Lit's markers left out.
 */
const shown = (page: Page, tag: string): Promise<string> =>
  inPage(
    page,
    `const write = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (!(node instanceof Element) || node.localName === 'style') return '';
      const attributes = Array.from(node.attributes, ({ name, value }) => name + '="' + value + '"').sort();
      return '<' + node.localName + ' ' + attributes.join(' ') + '>' + Array.from(node.childNodes, write).join('') + '</' + node.localName + '>';
    };
    return Array.from(document.querySelector(${JSON.stringify(tag)}).shadowRoot.childNodes, write).join('');`,
  );

/**
 * Runs `body` (a function body, awaited) in the page. Given as text: this suite is typechecked
 * with the core, which has no DOM types.
 */
function inPage<T>(page: Page, body: string): Promise<T> {
  return page.evaluate(`(async () => { ${body} })()`) as Promise<T>;
}

describe('lawgauge/ssr HTML in Chromium', () => {
  it('shows the chart, its marks and its text summary with JavaScript off', async () => {
    const page = await open(await renderWidgetHtml('indicator-trend', REPORT, { lang: 'en', width: WIDTH }), false);
    const seen = await inPage<{ defined: boolean; summary: string; lines: number; axisText: string[]; width: number }>(
      page,
      `const shadow = document.querySelector('indicator-trend').shadowRoot;
      const chart = shadow.querySelector('svg[part="chart"]');
      return {
        defined: customElements.get('indicator-trend') !== undefined,
        summary: shadow.querySelector('[part="summary"]')?.textContent,
        lines: chart.querySelectorAll('path').length,
        axisText: Array.from(chart.querySelectorAll('text'), (text) => text.textContent),
        width: chart.getBoundingClientRect().width,
      };`,
    );
    expect(seen.defined).toBe(false);
    expect(seen.summary).toBe('Clearance rate (Total) trend: 55.5% in Q1 2019, 54.4% in Q4 2019');
    expect(seen.lines).toBeGreaterThan(0);
    expect(seen.axisText).toEqual(expect.arrayContaining(['Q1 2019', 'Q4 2019', '60%']));
    expect(seen.width).toBe(WIDTH - 26);
    await page.close();
  });

  it("is styled under the README's strict CSP when given the page's nonce, and only then", async () => {
    const nonce = 'r4nd0mN0nce';
    const strict = await serveRepository('/', {
      headers: {
        'content-security-policy': `default-src 'self'; script-src 'self'; style-src 'self' 'nonce-${nonce}'`,
      },
    });
    const heights: number[] = [];
    for (const given of [nonce, undefined]) {
      const element = await renderWidgetHtml('indicator-trend', REPORT, {
        lang: 'en',
        width: WIDTH,
        ...(given === undefined ? {} : { nonce: given }),
      });
      const file = join(folder, `strict-${given ?? 'none'}.html`);
      writeFileSync(
        file,
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><style nonce="${nonce}">body{margin:0} body>*{width:${WIDTH}px}</style></head><body>${element}</body></html>`,
      );
      const page = await browser.newPage();
      await page.setJavaScriptEnabled(false);
      await page.goto(`${strict.url}/${relative(root, file)}`);
      heights.push(
        await inPage<number>(
          page,
          `return document.querySelector('indicator-trend').shadowRoot.querySelector('[part="summary"]').getBoundingClientRect().height;`,
        ),
      );
      await page.close();
    }
    strict.close();
    // The text summary is visually hidden (1 px) by the widget's own styles, which apply only
    // when their <style> carries the nonce; refused, the summary shows as a line of text.
    expect(heights[0]).toBe(1);
    expect(heights[1]).toBeGreaterThan(10);
  });

  it.each(['indicator-trend', 'indicator-card', 'indicator-bars'] as const)(
    '<%s> takes the view over when its script loads, drawing the same content, fetching nothing',
    async (tag) => {
      const page = await open(await renderWidgetHtml(tag, REPORT, { lang: 'en', width: WIDTH }), true);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const before = await shown(page, tag);
      await inPage(page, `window.root = document.querySelector(${JSON.stringify(tag)}).shadowRoot;`);
      await page.addScriptTag({ url: bundle });
      const after = await inPage<{ sameRoot: boolean; styles: number; adopted: number }>(
        page,
        `await customElements.whenDefined(${JSON.stringify(tag)});
        const element = document.querySelector(${JSON.stringify(tag)});
        await element.updateComplete;
        return {
          sameRoot: element.shadowRoot === window.root,
          styles: element.shadowRoot.querySelectorAll('style').length,
          adopted: element.shadowRoot.adoptedStyleSheets.length,
        };`,
      );
      expect(after.sameRoot).toBe(true);
      // The server's <style> gave way to the element's adopted styles: the view is drawn once, not twice.
      expect(after.styles).toBe(0);
      expect(after.adopted).toBeGreaterThan(0);
      expect(await shown(page, tag)).toBe(before);
      expect(requests.filter((url) => !/lawgauge\.iife\.min\.js$|favicon\.ico$/.test(url))).toEqual([]);
      await page.close();
    },
  );
});

describe('lawgauge render --dashboard in Chromium', () => {
  it('shows every panel, its chart and its numbers with JavaScript off', async () => {
    let html = '';
    const code = await runCli(
      ['render', '--dashboard', 'examples/dashboard/dashboard.json', '--format', 'html', '--lang', 'en'],
      {
        out: (text) => (html += text),
        err: () => undefined,
        errIsTTY: false,
      },
    );
    expect(code).toBe(0);
    const file = join(folder, 'dashboard.html');
    writeFileSync(file, html);
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setViewport({ width: 1300, height: 900 });
    await page.goto(`${server!.url}/${relative(root, file)}`);
    const seen = await inPage<{ panels: number; drawn: number; firstValue: string; columns: number[] }>(
      page,
      `const panels = Array.from(document.querySelectorAll('.panel > *'));
      return {
        panels: panels.length,
        drawn: panels.filter((panel) => panel.shadowRoot !== null && panel.shadowRoot.textContent.trim().length > 20 && panel.shadowRoot.querySelector('[role="alert"], [role="status"]') === null).length,
        firstValue: panels[0].shadowRoot.querySelector('[part="value"]').textContent,
        columns: panels.slice(0, 4).map((panel) => Math.round(panel.getBoundingClientRect().left)),
      };`,
    );
    expect(seen.panels).toBe(27);
    expect(seen.drawn).toBe(27);
    expect(seen.firstValue).toMatch(/^\d+\.\d%$/);
    // Four cards side by side in the first row.
    expect(new Set(seen.columns).size).toBe(4);
    await page.close();
  });
});

/** Elements of an SVG document in order, each with its name, geometry (rounded) and colours. */
function marks(svg: TreeElement): { name: string; geometry: string; paint: string }[] {
  const list: { name: string; geometry: string; paint: string }[] = [];
  const walk = (element: TreeElement): void => {
    for (const child of element.children)
      if (child.kind === 'element') {
        const geometry = ['d', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'points', 'viewbox']
          .map((name) => child.attributes.get(name))
          .filter((value) => value !== undefined)
          .join(' ')
          .replace(/-?\d+\.?\d*/g, (number) => String(Math.round(Number(number))));
        const paint = ['fill', 'stroke'].map((name) => colour(child.attributes.get(name))).join('|');
        list.push({ name: child.name, geometry, paint });
        walk(child);
      }
  };
  walk(svg);
  return list;
}

/** A colour as `r,g,b`, from `#rrggbb` or `rgb(r, g, b)`; anything else as it is. */
function colour(value: string | undefined): string {
  if (value === undefined) return '';
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value);
  if (hex !== null)
    return hex
      .slice(1)
      .map((part) => parseInt(part, 16))
      .join(',');
  if (value === 'transparent' || /^rgba\(\d+,\s*\d+,\s*\d+,\s*0\)$/.test(value)) return 'transparent';
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(value);
  return rgb === null ? value : rgb.slice(1).join(',');
}

function charts(document: TreeElement): TreeElement[] {
  const svg = document.children.find((child): child is TreeElement => child.kind === 'element')!;
  return svg.children.filter((child): child is TreeElement => child.kind === 'element' && child.name === 'svg');
}

/** The text of a document without its title and description, whitespace left out (lines break where each side measured). */
const words = (document: TreeElement): string => {
  const text = (element: TreeElement): string =>
    element.children
      .map((child) =>
        child.kind === 'text' ? child.text : ['title', 'desc'].includes(child.name) ? '' : ` ${text(child)} `,
      )
      .join('');
  return text(document).replace(/\s+/g, '');
};

describe('the SVG from Node and from exportSvg() in the browser', () => {
  it.each([
    ['indicator-trend', 'en', 'light'],
    ['indicator-card', 'zh-CN', 'dark'],
  ] as const)('<%s> (%s, %s): the same title, description, text and chart marks', async (tag, lang, theme) => {
    const node = parseHtmlTree(await renderWidgetSvg(tag, REPORT, { lang, theme, width: WIDTH }));
    const page = await open(await renderWidgetHtml(tag, REPORT, { lang, theme, width: WIDTH }), true);
    await page.addScriptTag({ url: bundle });
    const exported = await inPage<string>(
      page,
      `await customElements.whenDefined(${JSON.stringify(tag)});
      return document.querySelector(${JSON.stringify(tag)}).exportSvg();`,
    );
    await page.close();
    const browserSvg = parseHtmlTree(exported);
    const [nodeRoot, browserRoot] = [node, browserSvg].map((document) =>
      document.children.find((child): child is TreeElement => child.kind === 'element')!,
    );
    expect(nodeRoot!.attributes.get('width')).toBe(browserRoot!.attributes.get('width'));
    expect(nodeRoot!.attributes.get('lang')).toBe(lang);
    const head = (root: TreeElement): string[] =>
      root.children
        .filter((child): child is TreeElement => child.kind === 'element' && ['title', 'desc'].includes(child.name))
        .map((child) => child.children.map((text) => (text.kind === 'text' ? text.text : '')).join(''));
    expect(head(nodeRoot!)).toEqual(head(browserRoot!));
    // The same text in the same order (lines may break elsewhere: Node estimates text widths).
    expect(words(node)).toEqual(words(browserSvg));
    const [nodeCharts, browserCharts] = [charts(node), charts(browserSvg)];
    expect(nodeCharts.length).toBeGreaterThan(0);
    expect(nodeCharts.length).toBe(browserCharts.length);
    nodeCharts.forEach((chart, index) => {
      const other = browserCharts[index]!;
      expect(Math.round(Number(chart.attributes.get('width')))).toBe(Math.round(Number(other.attributes.get('width'))));
      expect(Math.round(Number(chart.attributes.get('height')))).toBe(
        Math.round(Number(other.attributes.get('height'))),
      );
      const [ours, theirs] = [marks(chart), marks(other)];
      expect(ours.map(({ name, geometry }) => ({ name, geometry }))).toEqual(
        theirs.map(({ name, geometry }) => ({ name, geometry })),
      );
      // Where Node resolved a colour from the styles, the browser computed the same one.
      ours.forEach((mark, at) => {
        for (const [position, value] of mark.paint.split('|').entries())
          if (value !== '') expect(theirs[at]!.paint.split('|')[position]).toBe(value);
      });
    });
  });
});
