// `npm run bench:render`: render times of the widgets in headless Chromium, from the IIFE.
// 100 <indicator-card>s with sparklines, one <indicator-trend> of 16 groups × 120 periods, and
// <indicator-bars> and <indicator-table> of 10,000 and 200,000 rows, with the table's page turns,
// and <indicator-map> with 300 street polygons (render-map.js).
// `npm run bench:render -- bars-200k paging` runs only those (keys as in WIDGETS, and `paging`).
// Each widget is timed in its own freshly loaded page: the first batch is its cold render (first
// template preparation, code not yet compiled, Intl set up on first use); the later batches create
// new elements from new Report objects in the same page. Each figure is printed beside the same
// content written by hand with DOM calls (render-baseline.js) and the ratio of the two; the trend
// and the bars also beside ECharts 6 with its SVG renderer (render-echarts.js), the chart library
// a Chinese portal would use instead, and the ratio lawgauge / ECharts. `sorting` times the
// 200,000-row table's column sorts and the longest task each makes.
import puppeteer from 'puppeteer-core';
import { findChromium } from '../scripts/find-chromium.mjs';
import { CHROMIUM_ARGS, serveRepository } from '../scripts/static-server.mjs';

const RUNS = 7;
// Fresh pages per widget: a cold render happens once per page, and on a small machine one sample
// of it varies by ±20 ms, so the cold figure is the median over several pages.
const PAGES = 9;
// How long the second set of pages waits before giving data, like a portal's own fetch.
const PORTAL_FETCH_MS = 100;
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * q)];
const median = (values) => quantile(values, 0.5);
// `peer`: the same content written by hand with DOM calls (render-baseline.js), timed the same way;
// the ratio says what the widget adds over the browser's own cost for that content.
// `pages` and `runs` (default PAGES and RUNS) are fewer for 200,000 rows, which take a while to build.
const WIDGETS = [
  { key: 'cards', peer: 'cards-dom', name: '100 <indicator-card> with sparklines', goal: 50 },
  {
    key: 'trend',
    peer: 'trend-dom',
    echarts: 'trend-echarts',
    name: '<indicator-trend> 16 groups × 120 periods',
    goal: 30,
  },
  // Large Reports (issue 22): one month of 10,000 and 200,000 rows. The bars draw the best 20 and
  // "others (k)"; the table its first page of 100 of all the rows. Both check the whole Report.
  // Goal: the first paint of 200,000 rows, 200 ms, for every size.
  {
    key: 'bars-10k',
    peer: 'bars-10k-dom',
    echarts: 'bars-10k-echarts',
    name: '<indicator-bars> 10,000 rows',
    goal: 200,
  },
  {
    key: 'bars-200k',
    peer: 'bars-200k-dom',
    echarts: 'bars-200k-echarts',
    name: '<indicator-bars> 200,000 rows',
    goal: 200,
    pages: 5,
    runs: 3,
  },
  { key: 'table-10k', peer: 'table-10k-dom', name: '<indicator-table> 10,000 rows', goal: 200 },
  { key: 'table-200k', peer: 'table-200k-dom', name: '<indicator-table> 200,000 rows', goal: 200, pages: 5, runs: 3 },
  // Issue 24: 300 street polygons of about 200,000 coordinates, host geometry given as a property
  // (the geometry script loads beside the bundle on the first map of a page, counted in "cold").
  {
    key: 'map-300',
    peer: 'map-300-dom',
    name: '<indicator-map> 300 street polygons, ≈ 200,000 coordinates',
    goal: 100,
    pages: 5,
  },
];
// Turning a page of the 200,000-row table: no turn may be a long task (> 50 ms).
const PAGE_TURNS = { key: 'table-200k', peer: 'table-200k-dom', turns: 10, pages: 3, goal: 50 };
// Sorting the 200,000-row table by its column headers: no task over 50 ms while it sorts.
const SORTS = { key: 'table-200k', peer: 'table-200k-dom', pages: 3, goal: 50 };

const server = await serveRepository('/bench/render.html');
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  console.log(
    `lawgauge render benchmark, Chromium ${await browser.version()}, dist/lawgauge.iife.min.js, medians of ${PAGES} fresh pages (cold: first batch) and of the later ${RUNS - 1} batches of each page`,
  );
  const only = process.argv.slice(2);
  for (const widget of WIDGETS.filter(({ key }) => only.length === 0 || only.includes(key))) {
    const pages = widget.pages ?? PAGES;
    const runs = widget.runs ?? RUNS;
    // Cold figures per page, and all later batches, for each key and a delay before the data. The
    // keys take turns page by page, so the widget and its peer meet the same machine: on a shared
    // 2-core machine, speed drifts over a run by more than the differences measured.
    const measure = async (keys, delayMs) => {
      const results = keys.map(() => ({ cold: [], sinceNavigation: [], later: [], renderedAgain: 0 }));
      for (let run = 0; run < pages; run++) {
        for (const [index, key] of keys.entries()) {
          const page = await browser.newPage();
          await page.setViewport({ width: 1200, height: 900 });
          await page.goto(`${server.url}/`);
          // runRenderBench is defined in the page by render-page.js.
          const [first, ...rest] = await page.evaluate(
            (k, batches, delay) => globalThis.runRenderBench(k, batches, delay),
            key,
            runs,
            delayMs,
          );
          await page.close();
          const result = results[index];
          result.cold.push(first.elapsed);
          result.sinceNavigation.push(first.sinceNavigation);
          result.later.push(...rest.map((batch) => batch.elapsed));
          for (const batch of [first, ...rest]) result.renderedAgain += batch.renderedAgain;
        }
      }
      return results;
    };
    const verdict = (value) => (value <= widget.goal ? 'ok' : 'OVER');
    const line = (label, values, peerValues, echartsValues) => {
      const value = median(values);
      const shown =
        values.length <= pages
          ? values.map((v) => v.toFixed(1)).join(', ')
          : `${values.length} batches, quartiles ${quantile(values, 0.25).toFixed(1)}–${quantile(values, 0.75).toFixed(1)}`;
      const peer = median(peerValues);
      const echarts =
        echartsValues === undefined
          ? ''
          : `; ECharts ${median(echartsValues).toFixed(1).padStart(5)} ms, lawgauge/ECharts ${(value / median(echartsValues)).toFixed(2)}`;
      console.log(
        `  ${label.padEnd(50)} ${value.toFixed(1).padStart(6)} ms  ${verdict(value).padEnd(4)}  hand-written DOM ${peer.toFixed(1).padStart(5)} ms, ratio ${(value / peer).toFixed(2)}${echarts}  (${shown})`,
      );
    };
    console.log(`${widget.name}, goal ≤ ${widget.goal} ms`);
    const keys = [widget.key, widget.peer, ...(widget.echarts === undefined ? [] : [widget.echarts])];
    const [atLoad, peerAtLoad, echartsAtLoad] = await measure(keys, 0);
    line('cold, data given as soon as the page has loaded', atLoad.cold, peerAtLoad.cold, echartsAtLoad?.cold);
    // The bundles carry V8's compile hint (rollup.config.mjs), so Chrome compiles them while the
    // page loads, and they set ICU up in a task of their own (warm-intl.ts): two costs moved out of
    // the first render. This line counts from navigation start to the first batch laid out, script
    // loading included, so moved costs still show here (the peer's page loads the same scripts).
    console.log(
      `  ${'  same, from navigation start'.padEnd(50)} ${median(atLoad.sinceNavigation).toFixed(1).padStart(6)} ms        hand-written DOM ${median(peerAtLoad.sinceNavigation).toFixed(1).padStart(5)} ms`,
    );
    // A portal fetching its data first: compiling and ICU's set-up are done by then.
    const [afterFetch, peerAfterFetch, echartsAfterFetch] = await measure(keys, PORTAL_FETCH_MS);
    line(
      `cold, data given ${PORTAL_FETCH_MS} ms after load`,
      afterFetch.cold,
      peerAfterFetch.cold,
      echartsAfterFetch?.cold,
    );
    line(
      'later batches (new elements, new Report)',
      [...atLoad.later, ...afterFetch.later],
      [...peerAtLoad.later, ...peerAfterFetch.later],
      echartsAtLoad === undefined ? undefined : [...echartsAtLoad.later, ...echartsAfterFetch.later],
    );
    // The figures stop at the first layout; an element that renders again once on screen (to its
    // measured width, say) would cost more than they show.
    const again = atLoad.renderedAgain + afterFetch.renderedAgain;
    console.log(
      again === 0
        ? '  no element rendered again in the two frames after its first layout'
        : `  WARNING: ${again} elements rendered again after their first layout; the figures above leave that render out`,
    );
  }
  if (only.length === 0 || only.includes('paging')) {
    const { key, peer, turns, pages, goal } = PAGE_TURNS;
    const times = { [key]: [], [peer]: [] };
    for (let run = 0; run < pages; run++) {
      for (const which of [key, peer]) {
        const page = await browser.newPage();
        await page.setViewport({ width: 1200, height: 900 });
        await page.goto(`${server.url}/`);
        times[which] = times[which].concat(
          await page.evaluate((k, n) => globalThis.runPagingBench(k, n), which, turns),
        );
        await page.close();
      }
    }
    const longest = quantile(times[key], 1);
    console.log(
      `<indicator-table> 200,000 rows, turning a page (${pages} pages × ${turns} turns), goal: no turn over ${goal} ms`,
    );
    console.log(
      `  median ${median(times[key]).toFixed(1)} ms, 90th percentile ${quantile(times[key], 0.9).toFixed(1)} ms, longest ${longest.toFixed(1)} ms  ${longest <= goal ? 'ok' : 'OVER'}  hand-written DOM median ${median(times[peer]).toFixed(1)} ms (longest ${quantile(times[peer], 1).toFixed(1)}), ratio ${(median(times[key]) / median(times[peer])).toFixed(2)}`,
    );
  }
  if (only.length === 0 || only.includes('sorting')) {
    const { key, peer, pages, goal } = SORTS;
    const results = { [key]: [], [peer]: [] };
    for (let run = 0; run < pages; run++) {
      for (const which of [key, peer]) {
        const page = await browser.newPage();
        await page.setViewport({ width: 1200, height: 900 });
        await page.goto(`${server.url}/`);
        results[which].push(await page.evaluate((k) => globalThis.runSortingBench(k), which));
        await page.close();
      }
    }
    console.log(
      `<indicator-table> 200,000 rows, sorting by a column header (${pages} pages), goal: no task over ${goal} ms while it sorts`,
    );
    console.log('  click until the new first page is shown; longest task in that time (PerformanceObserver longtask)');
    for (const [step, { name }] of results[key][0].entries()) {
      const times = (which) => results[which].map((sorts) => sorts[step].elapsed);
      const longest = (which) => Math.max(...results[which].map((sorts) => sorts[step].longest));
      const ours = longest(key);
      console.log(
        `  ${name.padEnd(30)} ${median(times(key)).toFixed(0).padStart(6)} ms, longest task ${ours.toFixed(0).padStart(4)} ms  ${ours <= goal ? 'ok  ' : 'OVER'}  hand-written DOM (Array.sort in the click) ${median(times(peer)).toFixed(0).padStart(5)} ms, longest task ${longest(peer).toFixed(0)} ms`,
      );
    }
  }
} finally {
  await browser.close();
  server.close();
}
