// End to end: every page examples/index.html links to, in Debian's Chromium (puppeteer-core),
// served by the server `npm start` runs (scripts/serve.mjs, started here as a user starts it): no
// console error, no uncaught exception, no failed request but the deliberate 404. The browser
// suite (test-browser/pages.test.ts) checks what each page shows, and axe.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../scripts/find-chromium.mjs';
import { CHROMIUM_ARGS } from '../scripts/static-server.mjs';

const root = new URL('..', import.meta.url).pathname;

/** The pages a visitor reaches from the examples' index, and the requests each fails on purpose. */
const linked = [...readFileSync(`${root}examples/index.html`, 'utf8').matchAll(/<a [^>]*href="([^"]+)"/g)].map(
  (match) => new URL(match[1]!, 'http://x/examples/index.html').pathname,
);
const DELIBERATE: Record<string, readonly string[]> = {
  '/examples/src-loading/': ['/examples/dashboard/reports/no-such-report.json'],
};
const PAGES: readonly [string, readonly string[]][] = ['/examples/index.html', ...linked].map((path) => [
  path,
  DELIBERATE[path] ?? [],
]);

let browser: Browser;
let server: { url: string; process: ChildProcess };

/** `npm start`'s script on a free port; resolves with the URL it prints. */
async function startServer(): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, [`${root}scripts/serve.mjs`], {
    cwd: root,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let printed = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/examples\/dashboard\//.exec(printed);
      if (match !== null) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`npm start's server exited (${code}): ${printed}`)));
  });
  return { url, process: child };
}

// npm start's script rebuilds dist/ first when a source is newer (as after an edit, outside `npm test`).
beforeAll(async () => {
  server = await startServer();
  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  server?.process.kill();
});

describe('the npm start server', () => {
  it('links every example from examples/index.html', () => {
    expect(linked).toEqual(
      expect.arrayContaining([
        '/examples/dashboard/',
        '/examples/html/widgets.html',
        '/examples/esm/',
        '/examples/react/',
        '/examples/vue/',
        '/examples/src-loading/',
        '/examples/theming/',
      ]),
    );
  });

  it.each([
    ['/examples/esm/main.js', 'text/javascript; charset=utf-8'],
    // examples/esm's import map loads d3-array's .mjs build.
    ['/node_modules/d3-array/dist/d3-array.mjs', 'text/javascript; charset=utf-8'],
    ['/examples/dashboard/dashboard.json', 'application/json; charset=utf-8'],
    ['/seeds/cases.csv', 'text/csv; charset=utf-8'],
    ['/dist/src/index.js.map', 'application/json; charset=utf-8'],
    ['/examples/index.html', 'text/html; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('redirects / to the demo dashboard', async () => {
    const response = await fetch(`${server.url}/`, { redirect: 'manual' });
    expect([response.status, response.headers.get('location')]).toEqual([302, '/examples/dashboard/']);
  });
});

describe('example pages in Chromium', () => {
  it.each(PAGES)(
    '%s: no console error, no uncaught exception, no failed request but the deliberate ones',
    async (path, deliberate) => {
      const page = await browser.newPage();
      const problems: string[] = [];
      // The browser asks for /favicon.ico on its own; the pages do not reference one.
      const isDeliberate = (url: string): boolean =>
        url !== '' && [...deliberate, '/favicon.ico'].includes(new URL(url).pathname);
      page.on('console', (message) => {
        if (message.type() === 'error' && !isDeliberate(message.location().url ?? ''))
          problems.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${String(error)}`));
      page.on('requestfailed', (request) => {
        if (!isDeliberate(request.url())) problems.push(`failed: ${request.url()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400 && !isDeliberate(response.url()))
          problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' });
      // A page whose scripts did not run (a module served with the wrong type) leaves its widgets undefined.
      expect(
        await page.evaluate('[...document.querySelectorAll(":not(:defined)")].map((element) => element.localName)'),
      ).toEqual([]);
      // Panels computed in the worker and widgets loading their src settle after the network does.
      await new Promise((resolve) => setTimeout(resolve, 500));
      await page.close();
      expect(problems).toEqual([]);
    },
    60_000,
  );
});
