// The consumer acceptance suite: the packed tarball installed into fresh projects and used the
// ways the README says — strict TypeScript without the optional drivers, plain Node (import and
// require) without a DOM, React 19 and Vue 3 apps built with Vite, and a plain page with the IIFE
// under the README's strict CSP with Trusted Types — each as its user would meet it.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../scripts/find-chromium.mjs';
import { CHROMIUM_ARGS, serveRepository } from '../scripts/static-server.mjs';
import { installConsumer, packPackage, removeConsumers, run } from './support/install-consumer.js';
import { README_CSP } from './support/readme-csp.mjs';


const DISTRICTS = ['黄浦区', '徐汇区'];

let tarball: string;
let nodeProject: string;
let browser: Browser;

beforeAll(async () => {
  tarball = packPackage();
  nodeProject = installConsumer('node-ts', tarball);
  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  removeConsumers();
});

/** Opens `url`, collecting page errors and failed requests; the caller checks them at the end. */
async function open(url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${String(error)}`));
  page.on('console', (message) => {
    // The browser asks for /favicon.ico on its own; the pages do not reference one.
    if (message.type() === 'error' && !(message.location().url ?? '').endsWith('/favicon.ico')) problems.push(`console.error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

/** Waits until the page's expression holds (a string, evaluated in the page). */
async function until(page: Page, expression: string, what: string, timeout = 20_000): Promise<void> {
  try {
    await page.waitForFunction(expression, { timeout, polling: 50 });
  } catch (error) {
    throw new Error(`${what} (waited ${timeout} ms for ${expression})`, { cause: error });
  }
}

const shadowValue = (tag: string): string => `document.querySelector('${tag}')?.shadowRoot?.querySelector('[part="value"]')?.textContent`;

/** Clicks the first bar of the page's `<indicator-bars>` and returns its label and what the page's handler wrote. */
async function selectFirstBar(page: Page): Promise<{ bar: string; selected: string }> {
  const bar = await page.evaluate(`(() => {
    const bar = document.querySelector('indicator-bars').shadowRoot.querySelector('g[role="button"]');
    bar.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    return bar.getAttribute('aria-label');
  })()`);
  await until(page, `document.getElementById('selected').textContent !== ''`, 'the lg-select handler did not run');
  return { bar: String(bar), selected: String(await page.evaluate(`document.getElementById('selected').textContent`)) };
}

describe('the packed package', () => {
  it('installs without a build step: no prepare or install scripts, a prepack build, and no optional driver pulled in', () => {
    const project = nodeProject;
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/lawgauge/package.json'), 'utf8')) as { scripts: Record<string, string>; exports: Record<string, unknown> };
    expect(Object.keys(installed.scripts).filter((name) => /^(pre|post)?(install|prepare)$/.test(name))).toEqual([]);
    expect(installed.scripts['prepack']).toBe('npm run build');
    // Not installed, and not reachable from the project either (it sits outside the repository).
    const resolveFromProject = createRequire(join(project, 'package.json')).resolve;
    expect(() => resolveFromProject('@duckdb/node-api')).toThrow(/Cannot find module/);
    expect(() => resolveFromProject('pg')).toThrow(/Cannot find module/);
    // Every JavaScript entry has types, import and default (so Node's require finds it too).
    for (const [key, entry] of Object.entries(installed.exports)) {
      if (typeof entry === 'object' && entry !== null && 'import' in entry) expect(Object.keys(entry), key).toEqual(['types', 'import', 'default']);
    }
  });
});

describe('strict TypeScript and plain Node (node-ts)', () => {
  const project = (): string => nodeProject;

  it.each(['nodenext', 'bundler'])('compiles with skipLibCheck: false and %s resolution: lawgauge, lawgauge/node, lawgauge/widgets, lawgauge/react, lawgauge/vue', (resolution) => {
    expect(run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', `tsconfig.${resolution}.json`], { cwd: project() })).toBe('');
  }, 60_000);

  it('import() of every export entry works in Node without a DOM, and registering widgets there does nothing', () => {
    const output = JSON.parse(run(process.execPath, ['check-import.mjs'], { cwd: project() })) as { results: Record<string, string>; document: string };
    expect(Object.entries(output.results).filter(([, result]) => result !== 'ok')).toEqual([]);
    expect(Object.keys(output.results)).toEqual(expect.arrayContaining(['lawgauge', 'lawgauge/node', 'lawgauge/widgets', 'lawgauge/widgets/indicator-card', 'lawgauge/widgets/lawgauge-dashboard', 'lawgauge/lawgauge.iife.min.js', 'lawgauge/react', 'lawgauge/vue']));
    expect(output.document).toBe('undefined');
  }, 60_000);

  it("require('lawgauge') and require() of every JavaScript entry work (Node >= 20.19 loads ES modules)", () => {
    const output = JSON.parse(run(process.execPath, ['check-require.cjs'], { cwd: project() })) as { results: Record<string, string>; catalog: string };
    expect(Object.entries(output.results).filter(([, result]) => result !== 'ok')).toEqual([]);
    expect(Object.keys(output.results)).toEqual(expect.arrayContaining(['lawgauge', 'lawgauge/node', 'lawgauge/widgets/indicator-card']));
    expect(output.catalog).toBe('procuratorate');
  }, 60_000);

  it('the installed `lawgauge` command runs (npx lawgauge catalogs)', () => {
    expect(run('npx', ['--no-install', 'lawgauge', 'catalogs'], { cwd: project() })).toContain('court-case-quality');
  });

  it('a plain page with the IIFE under the README\'s CSP: every widget and a dashboard panel computed in the worker, with no violation and no error', async () => {
    const server = await serveRepository('/public/index.html', { root: project(), headers: { 'content-security-policy': README_CSP } });
    try {
      const { page, problems } = await open(`${server.url}/public/index.html`);
      for (const tag of ['indicator-card', 'indicator-trend', 'indicator-bars', 'indicator-table']) {
        await until(page, `document.querySelector('${tag}')?.shadowRoot?.querySelector('[part="value"], [part="chart"], [part="table"]') != null`, `<${tag}> did not render its data`);
      }
      await until(page, `[...document.querySelectorAll('reform-progress')].every((element) => element.shadowRoot?.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow'))`, '<reform-progress> did not render');
      // The dashboard's first panel is computed from the seed CSV in the compute worker; a panel
      // that cannot start the worker says so at once, and the test shows why.
      const dashboard = `document.querySelector('lawgauge-dashboard')?.shadowRoot`;
      await until(page, `${dashboard}?.querySelector('indicator-card')?.shadowRoot?.querySelector('[part="value"]')?.textContent?.endsWith('%') || ${dashboard}?.querySelector('[role="alert"]')`, 'the dashboard panel was neither computed nor failed', 30_000);
      expect(await page.evaluate(`[${dashboard}.querySelector('[role="alert"]')?.textContent ?? '', window.cspViolations]`)).toEqual(['', []]);
      // The as-of view is recomputed in the page (the full bundle carries it).
      expect(await page.evaluate(`document.querySelectorAll('reform-progress')[1].shadowRoot.textContent`)).toContain('2019年6月30日');
      const { bar, selected } = await selectFirstBar(page);
      expect(bar.startsWith(selected)).toBe(true);
      expect(await page.evaluate('[window.cspViolations, window.pageErrors]')).toEqual([[], []]);
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      server.close();
    }
  }, 90_000);
});

describe('server-side rendering (node-ts)', () => {
  it('a page rendered in Node with a computed Report as inline JSON shows it under the README\'s CSP', async () => {
    const html = run(process.execPath, ['server-side.mjs'], { cwd: nodeProject });
    writeFileSync(join(nodeProject, 'public/server-rendered.html'), `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>SSR</title><script src="csp-watch.js"></script><script src="/node_modules/lawgauge/dist/lawgauge.iife.min.js"></script></head><body><main>${html}</main></body></html>`);
    const server = await serveRepository('/public/server-rendered.html', { root: nodeProject, headers: { 'content-security-policy': README_CSP } });
    try {
      const { page, problems } = await open(`${server.url}/public/server-rendered.html`);
      await until(page, `/^1:\\d\\.\\d\\d$/.test(${shadowValue('indicator-card')} ?? '')`, 'the server-rendered card did not show its Report');
      expect(await page.evaluate('[window.cspViolations, window.pageErrors]')).toEqual([[], []]);
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      server.close();
    }
  });
});

describe.each([
  ['react-vite', 'React 19 + Vite'],
  ['vue-vite', 'Vue 3 + Vite (vue-tsc)'],
])('%s', (name, what) => {
  it(`a ${what} app builds from the tarball (strict types, skipLibCheck: false), renders widgets with data, and its typed lg-select handler runs`, async () => {
    const project = installConsumer(name, tarball);
    run('npm', ['run', 'build'], { cwd: project });
    const server = await serveRepository('/index.html', { root: join(project, 'dist') });
    try {
      const { page, problems } = await open(`${server.url}/index.html`);
      await until(page, `${shadowValue('indicator-card')}?.endsWith('%')`, 'the card did not render the Report computed in the app');
      await until(page, `document.querySelector('indicator-bars')?.shadowRoot?.querySelectorAll('g[role="button"]').length === 2`, 'the bars did not render');
      const { bar, selected } = await selectFirstBar(page);
      expect(DISTRICTS).toContain(selected);
      expect(bar.startsWith(selected)).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      server.close();
    }
  }, 180_000);
});
