// `npm run bench:render`: cold render times of the widgets in headless Chromium, from the IIFE.
// 100 <indicator-card>s with sparklines, and one <indicator-trend> of 16 groups × 120 periods.
import puppeteer from 'puppeteer-core';
import { findChromium } from '../scripts/find-chromium.mjs';
import { CHROMIUM_ARGS, serveRepository } from '../scripts/static-server.mjs';

const server = await serveRepository('/bench/render.html');
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(`${server.url}/`);
  // Runs in the page, where render-page.js defined it.
  const results = await page.evaluate(() => globalThis.runRenderBench());
  // The first batch in a fresh page also pays one-time costs (template preparation, JIT, font
  // fallback); it is printed apart from the median of the later batches.
  const line = (name, values, goal) => {
    const [first, ...rest] = values;
    const sorted = [...rest].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(`${name.padEnd(44)} median ${median.toFixed(1).padStart(6)} ms  first batch ${first.toFixed(1)} ms  (later runs: ${rest.map((v) => v.toFixed(1)).join(', ')})  goal ≤ ${goal} ms  ${median <= goal ? 'ok' : 'OVER'}`);
  };
  console.log(`lawgauge render benchmark, Chromium ${await browser.version()}, dist/lawgauge.iife.min.js`);
  line('100 <indicator-card> with sparklines, cold', results.cards, 50);
  line('<indicator-trend> 16 groups × 120 periods', results.trend, 30);
} finally {
  await browser.close();
  server.close();
}
