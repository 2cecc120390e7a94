// End to end: every example page in Debian's Chromium (puppeteer-core), served from the built
// package: no console error, no uncaught exception, no failed request but the deliberate 404.
// The browser suite (test-browser/pages.test.ts) checks what each page shows, and axe.
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../scripts/find-chromium.mjs';
import { CHROMIUM_ARGS, serveRepository } from '../scripts/static-server.mjs';

const PAGES: readonly [string, readonly string[]][] = [
  ['/examples/index.html', []],
  ['/examples/dashboard/index.html', []],
  ['/examples/html/widgets.html', []],
  ['/examples/esm/index.html', []],
  ['/examples/react/index.html', []],
  ['/examples/vue/index.html', []],
  ['/examples/src-loading/index.html', ['/examples/dashboard/reports/no-such-report.json']],
  ['/examples/theming/index.html', []],
];

let browser: Browser;
let server: { url: string; close: () => void };

beforeAll(async () => {
  server = await serveRepository('/examples/index.html');
  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('example pages in Chromium', () => {
  it.each(PAGES)('%s: no console error, no uncaught exception, no failed request but the deliberate ones', async (path, deliberate) => {
    const page = await browser.newPage();
    const problems: string[] = [];
    // The browser asks for /favicon.ico on its own; the pages do not reference one.
    const isDeliberate = (url: string): boolean => url !== '' && [...deliberate, '/favicon.ico'].includes(new URL(url).pathname);
    page.on('console', (message) => {
      if (message.type() === 'error' && !isDeliberate(message.location().url ?? '')) problems.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${String(error)}`));
    page.on('requestfailed', (request) => {
      if (!isDeliberate(request.url())) problems.push(`failed: ${request.url()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !isDeliberate(response.url())) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' });
    // Panels computed in the worker and widgets loading their src settle after the network does.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.close();
    expect(problems).toEqual([]);
  }, 60_000);
});
