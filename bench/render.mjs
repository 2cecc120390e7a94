// `npm run bench:render`: render times of the widgets in headless Chromium, from the IIFE.
// 100 <indicator-card>s with sparklines, and one <indicator-trend> of 16 groups × 120 periods.
// Each widget is timed in its own freshly loaded page: the first batch is its cold render (first
// template preparation, code not yet compiled, Intl set up on first use); the later batches create
// new elements from new Report objects in the same page.
import puppeteer from 'puppeteer-core';
import { findChromium } from '../scripts/find-chromium.mjs';
import { CHROMIUM_ARGS, serveRepository } from '../scripts/static-server.mjs';

const RUNS = 7;
// Fresh pages per widget: a cold render happens once per page, and on a small machine one sample
// of it varies by ±20 ms, so the cold figure is the median over several pages.
const PAGES = 5;
// How long the second set of pages waits before giving data, like a portal's own fetch.
const PORTAL_FETCH_MS = 100;
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * q)];
const median = (values) => quantile(values, 0.5);
const WIDGETS = [
  { key: 'cards', name: '100 <indicator-card> with sparklines', goal: 50 },
  { key: 'trend', name: '<indicator-trend> 16 groups × 120 periods', goal: 30 },
];

const server = await serveRepository('/bench/render.html');
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  console.log(`lawgauge render benchmark, Chromium ${await browser.version()}, dist/lawgauge.iife.min.js, medians of ${PAGES} fresh pages (cold: first batch) and of the later ${RUNS - 1} batches of each page`);
  for (const widget of WIDGETS) {
    const later = [];
    const coldAfter = async (delayMs) => {
      const cold = [];
      for (let run = 0; run < PAGES; run++) {
        const page = await browser.newPage();
        await page.setViewport({ width: 1200, height: 900 });
        await page.goto(`${server.url}/`);
        // runRenderBench is defined in the page by render-page.js.
        const [first, ...rest] = await page.evaluate((key, runs, delay) => globalThis.runRenderBench(key, runs, delay), widget.key, RUNS, delayMs);
        await page.close();
        cold.push(first);
        later.push(...rest);
      }
      return cold;
    };
    const verdict = (value) => (value <= widget.goal ? 'ok' : 'OVER');
    const line = (label, values) => {
      const value = median(values);
      const shown = values.length <= PAGES ? values.map((v) => v.toFixed(1)).join(', ') : `${values.length} batches, quartiles ${quantile(values, 0.25).toFixed(1)}–${quantile(values, 0.75).toFixed(1)}`;
      console.log(`  ${label.padEnd(50)} ${value.toFixed(1).padStart(6)} ms  ${verdict(value).padEnd(4)}  (${shown})`);
    };
    console.log(`${widget.name}, goal ≤ ${widget.goal} ms`);
    line('cold, data given as soon as the page has loaded', await coldAfter(0));
    // A portal fetching its data first: the widgets set up Intl while idle (warm-intl.ts).
    line(`cold, data given ${PORTAL_FETCH_MS} ms after load`, await coldAfter(PORTAL_FETCH_MS));
    line('later batches (new elements, new Report)', later);
  }
} finally {
  await browser.close();
  server.close();
}
