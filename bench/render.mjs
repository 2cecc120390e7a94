// `npm run bench:render`: cold render times of the widgets in headless Chromium, from the IIFE.
// 100 <indicator-card>s with sparklines, and one <indicator-trend> of 16 groups × 120 periods.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../scripts/find-chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
const server = createServer(async (request, response) => {
  try {
    const path = request.url === '/' ? '/bench/render.html' : decodeURIComponent(request.url.split('?')[0]);
    const body = await readFile(join(root, path));
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(`http://127.0.0.1:${port}/`);
  // Runs in the page, where render-page.js defined it.
  const results = await page.evaluate(() => globalThis.runRenderBench());
  const line = (name, values, goal) => {
    const sorted = [...values].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(`${name.padEnd(44)} median ${median.toFixed(1).padStart(6)} ms  (runs: ${values.map((v) => v.toFixed(1)).join(', ')})  goal ≤ ${goal} ms  ${median <= goal ? 'ok' : 'OVER'}`);
  };
  console.log(`lawgauge render benchmark, Chromium ${await browser.version()}, dist/lawgauge.iife.min.js`);
  line('100 <indicator-card> with sparklines, cold', results.cards, 50);
  line('<indicator-trend> 16 groups × 120 periods', results.trend, 30);
} finally {
  await browser.close();
  server.close();
}
