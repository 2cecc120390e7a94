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
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const WIDGETS = [
  { key: 'cards', name: '100 <indicator-card> with sparklines', goal: 50 },
  { key: 'trend', name: '<indicator-trend> 16 groups × 120 periods', goal: 30 },
];

const server = await serveRepository('/bench/render.html');
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  console.log(`lawgauge render benchmark, Chromium ${await browser.version()}, dist/lawgauge.iife.min.js, medians: cold = first batch of ${PAGES} fresh pages, later = the other ${RUNS - 1} batches of each page`);
  for (const widget of WIDGETS) {
    const cold = [];
    const later = [];
    for (let run = 0; run < PAGES; run++) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      await page.goto(`${server.url}/`);
      // runRenderBench is defined in the page by render-page.js.
      const [first, ...rest] = await page.evaluate((key, runs) => globalThis.runRenderBench(key, runs), widget.key, RUNS);
      await page.close();
      cold.push(first);
      later.push(...rest);
    }
    const verdict = (value) => (value <= widget.goal ? 'ok' : 'OVER');
    const coldMedian = median(cold);
    const laterMedian = median(later);
    console.log(
      `${widget.name.padEnd(42)} cold ${coldMedian.toFixed(1).padStart(6)} ms ${verdict(coldMedian).padEnd(4)} ` +
        `later ${laterMedian.toFixed(1).padStart(5)} ms ${verdict(laterMedian).padEnd(4)} goal ≤ ${widget.goal} ms  (cold in ${PAGES} fresh pages: ${cold.map((v) => v.toFixed(1)).join(', ')})`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
