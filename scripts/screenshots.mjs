// `npm run screenshots`: pictures of each widget for the README and docs/ (docs/screenshots/), from examples/html/widgets.html,
// and of the Safe Shanghai dashboard (examples/dashboard/) in zh-CN / en, light / dark
// (needs `npm run build` and `npm run examples`; a CJK font such as Debian's fonts-noto-cjk).
// `npm run screenshots -- indicator-spc` takes only the pictures named.
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { findChromium } from './find-chromium.mjs';
import { CHROMIUM_ARGS, serveRepository } from './static-server.mjs';

// Without a CJK font the Chinese pictures would show empty boxes: refuse rather than draw them.
let cjkFonts = '';
try {
  cjkFonts = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim();
} catch {
  // No fontconfig: the check below says what to install.
}
if (cjkFonts === '') {
  console.error('no CJK font found (fc-list :lang=zh): install one, e.g. apt-get install fonts-noto-cjk');
  process.exit(1);
}
console.log(`CJK font: ${cjkFonts.split('\n')[0]}`);

const server = await serveRepository('/examples/html/widgets.html');
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 960, height: 2200, deviceScaleFactor: 1 });
  await page.goto(`${server.url}/examples/html/widgets.html`, { waitUntil: 'networkidle0' });
  // Runs in the page.
  await page.waitForFunction(() =>
    [
      ...globalThis.document.querySelectorAll(
        'indicator-card, indicator-trend, indicator-bars, indicator-table, indicator-spc',
      ),
    ].every((el) => el.shadowRoot && !el.shadowRoot.querySelector('[role="status"][aria-live]')),
  );
  const shots = [
    ['.grid', 'indicator-card'],
    ['indicator-trend', 'indicator-trend'],
    ['indicator-bars', 'indicator-bars'],
    ['indicator-table', 'indicator-table'],
    ['indicator-spc', 'indicator-spc'],
  ];
  const only = process.argv.slice(2);
  for (const [selector, name] of shots) {
    if (only.length > 0 && !only.includes(name)) continue;
    await (await page.$(selector)).screenshot({ path: `docs/screenshots/${name}.png` });
    console.log(`wrote docs/screenshots/${name}.png`);
  }

  // The Safe Shanghai dashboard (examples/dashboard/), in both languages and themes (unless only some pictures were asked for).
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  const dashboards = [
    ['zh-CN', 'light'],
    ['en', 'light'],
    ['zh-CN', 'dark'],
    ['en', 'dark'],
  ];
  for (const [lang, theme] of only.length > 0 ? [] : dashboards) {
    // The view as a shared link gives it (?lang=en&theme=dark), as the page's switches write it.
    const query = new URLSearchParams({ ...(lang === 'en' ? { lang } : {}), theme });
    await page.goto(`${server.url}/examples/dashboard/index.html?${query}`, { waitUntil: 'networkidle0' });
    // Every panel has its data (no loading status) before the picture.
    await page.waitForFunction(() => {
      const root = globalThis.document.querySelector('lawgauge-dashboard')?.shadowRoot;
      const panels = root ? [...root.querySelectorAll('.panel > *')] : [];
      return (
        panels.length > 0 &&
        panels.every((el) => el.shadowRoot && !el.shadowRoot.querySelector('[role="status"][aria-live]'))
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const name = `dashboard-${lang === 'en' ? 'en' : 'zh'}-${theme}`;
    await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: false });
    console.log(`wrote docs/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  server.close();
}
