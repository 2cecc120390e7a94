// `npm run screenshots`: pictures of each widget for the README and docs/ (docs/screenshots/), from examples/html/widgets.html,
// and of the Safe Shanghai dashboard (examples/dashboard/) in zh-CN / en, light / dark
// (needs `npm run build` and `npm run examples`; a CJK font such as Debian's fonts-noto-cjk).
// `npm run screenshots -- indicator-spc` takes only the pictures named.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

/** The 16 districts' checks and police seen, {district, seen, checks}: the June the funnel's browser tests judge. */
const FUNNEL_CHECKS = JSON.parse(
  readFileSync(new URL('../test-browser/support/funnel-outliers.json', import.meta.url), 'utf8'),
);

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

  // <indicator-funnel> for docs/comparing.md (docs/screenshots/, which the package ships): the 2019 street-visibility Report's
  // indicator and districts, with sizes as unequal as real districts' (the seed checks every
  // district equally often, which would stack every point at one n), from FUNNEL_CHECKS.
  const funnelShots = [
    ['zh-CN', 'indicator-funnel'],
    ['en', 'indicator-funnel-en'],
  ];
  for (const [lang, name] of funnelShots) {
    if (only.length > 0 && !only.includes(name)) continue;
    await page.evaluate(
      async (lang, checks) => {
        const template = await (await globalThis.fetch('reports/street-visibility-2019.json')).json();
        const [total] = template.rows.filter((row) => row.group.district === '*');
        const row = (district, seen, count) => ({
          ...total,
          group: { district },
          value: seen / count,
          numerator: seen,
          denominator: count,
          n: count,
          ci: null,
          status: null,
        });
        const seen = checks.reduce((sum, entry) => sum + entry.seen, 0);
        const count = checks.reduce((sum, entry) => sum + entry.checks, 0);
        const report = {
          ...template,
          rows: [...checks.map((entry) => row(entry.district, entry.seen, entry.checks)), row('*', seen, count)],
        };
        globalThis.document.querySelector('indicator-funnel.shot')?.remove();
        const element = globalThis.document.createElement('indicator-funnel');
        element.className = 'wide shot';
        element.lang = lang;
        element.report = report;
        globalThis.document.querySelector('main').append(element);
        await element.updateComplete;
      },
      lang,
      FUNNEL_CHECKS,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await (await page.$('indicator-funnel.shot')).screenshot({ path: `docs/screenshots/${name}.png` });
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
      const panels = root ? [...root.querySelectorAll('.panel > :not([part="quality"])')] : [];
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
