// `npm run screenshots`: pictures of each widget for the README, from examples/html/widgets.html
// (needs `npm run build` and `npm run examples`; a CJK font such as Debian's fonts-noto-cjk).
import puppeteer from 'puppeteer-core';
import { findChromium } from './find-chromium.mjs';
import { CHROMIUM_ARGS, serveRepository } from './static-server.mjs';

const server = await serveRepository('/examples/html/widgets.html');
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 960, height: 2200, deviceScaleFactor: 1 });
  await page.goto(`${server.url}/examples/html/widgets.html`, { waitUntil: 'networkidle0' });
  // Runs in the page.
  await page.waitForFunction(() => [...globalThis.document.querySelectorAll('indicator-card, indicator-trend, indicator-bars, indicator-table')].every((el) => el.shadowRoot && !el.shadowRoot.querySelector('[role="status"][aria-live]')));
  const shots = [
    ['.grid', 'indicator-card'],
    ['indicator-trend', 'indicator-trend'],
    ['indicator-bars', 'indicator-bars'],
    ['indicator-table', 'indicator-table'],
  ];
  for (const [selector, name] of shots) {
    await (await page.$(selector)).screenshot({ path: `docs/screenshots/${name}.png` });
    console.log(`wrote docs/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  server.close();
}
