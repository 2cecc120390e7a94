import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { progress } from '../src/index.js';
import seedProgramme from '../seeds/shanghai-2019/programme.json' with { type: 'json' };
import { visibilityReport } from './support/reports.js';

/** Loads a page in an iframe and waits until `ready` holds in it. */
async function page(
  url: string,
  ready: (win: Window & typeof globalThis) => boolean,
  timeoutMs = 10_000,
  width?: number,
): Promise<Window & typeof globalThis> {
  const frame = document.createElement('iframe');
  frame.src = url;
  // A page's own layout (a portal's width or a phone's) rather than the iframe's default 300 × 150.
  if (width !== undefined) frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  for (const start = Date.now(); Date.now() - start < timeoutMs && !ready(win);)
    await new Promise((resolve) => setTimeout(resolve, 20));
  return win;
}

/**
 * What every example page must pass, checked inside the page: axe finds no violation, and no
 * request failed (Resource Timing's responseStatus) except the deliberate ones listed.
 */
async function checkPage(win: Window & typeof globalThis, deliberate: readonly string[] = []): Promise<void> {
  const failed = win.performance
    .getEntriesByType('resource')
    .filter((entry) => ((entry as PerformanceResourceTiming).responseStatus ?? 0) >= 400)
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => !deliberate.includes(path));
  expect(failed).to.deep.equal([]);
  // axe in the page itself (the test's own axe cannot reach into the frame's document).
  const script = win.document.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  await new Promise((resolve) => {
    script.addEventListener('load', resolve, { once: true });
    win.document.head.append(script);
  });
  const axe = (
    win as unknown as {
      axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
    }
  ).axe;
  const { violations } = await axe.run(win.document);
  expect(violations.map((violation) => `${violation.id} (${violation.nodes.length})`)).to.deep.equal([]);
}

const shadowText = (element: Element | null): string => (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('pages', () => {
  it('dist/lawgauge.iife.min.js works in a plain HTML page with no build step', async () => {
    const win = await page('/test-browser/pages/iife.html', (w) =>
      (w.document.querySelector('indicator-card')?.shadowRoot?.textContent ?? '').includes('%'),
    );
    const card = win.document.querySelector('indicator-card');
    expect(shadowText(card)).to.contain('Clearance rate');
    expect(shadowText(card)).to.contain('72.7%');
    expect((win as unknown as { LawGauge: Record<string, unknown> }).LawGauge['defineWidgets']).to.be.a('function');
  });

  it('<indicator-map> in the <script> bundle asks for its geometry script when connected with geometry, not for the tile grid', async () => {
    const win = await page('/test-browser/pages/iife.html', (w) =>
      (w.document.querySelector('indicator-card')?.shadowRoot?.textContent ?? '').includes('%'),
    );
    const requested = (): number =>
      win.document.querySelectorAll('script[src$="/lawgauge-map-geometry.iife.min.js"]').length;
    const tiles = win.document.createElement('indicator-map') as HTMLElement & { report: unknown };
    tiles.report = visibilityReport();
    win.document.body.append(tiles);
    expect(requested()).to.equal(0);
    const shapes = win.document.createElement('indicator-map') as HTMLElement & {
      geometry: unknown;
      report: unknown;
      updateComplete: Promise<boolean>;
    };
    shapes.geometry = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'a' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [121, 31],
                [121.1, 31],
                [121.1, 31.1],
                [121, 31],
              ],
            ],
          },
        },
      ],
    };
    shapes.report = visibilityReport();
    win.document.body.append(shapes);
    // Asked for as the map connects, before its first update (a microtask later) reads the geometry.
    expect(requested()).to.equal(1);
    await shapes.updateComplete;
    expect(requested()).to.equal(1);
    win.frameElement!.remove();
  });

  it('a <script> page finds the full contract checks in lawgauge-explain.iife.min.js (LawGaugeExplain)', async () => {
    const win = await page('/test-browser/pages/iife.html', (w) =>
      (w.document.querySelector('indicator-card')?.shadowRoot?.textContent ?? '').includes('%'),
    );
    const script = win.document.createElement('script');
    script.src = '/dist/lawgauge-explain.iife.min.js';
    await new Promise((resolve) => {
      script.addEventListener('load', resolve, { once: true });
      win.document.head.append(script);
    });
    const { checkReportShape } = (
      win as unknown as { LawGaugeExplain: { checkReportShape: (input: unknown) => unknown } }
    ).LawGaugeExplain;
    const report = visibilityReport();
    expect(checkReportShape(report)).to.equal(report);
    expect(() => checkReportShape({ ...report, rows: 'none' })).to.throw(/report\.rows/);
  });

  it('<reform-progress src="…/shanghai-2019/report.json"> works in a plain page with the IIFE bundle', async () => {
    const win = await page('/test-browser/pages/reform.html', (w) =>
      [...w.document.querySelectorAll('reform-progress')].every(
        (el) => el.shadowRoot?.querySelector('[role="progressbar"]') !== null,
      ),
    );
    const [summary, tasks] = [...win.document.querySelectorAll('reform-progress')];
    // The seed report: 12 of 24 leaf tasks done on 2019-12-31; one overdue.
    expect(summary!.shadowRoot!.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).to.equal('50');
    expect(shadowText(summary!)).to.contain('示例数据（合成）');
    expect(shadowText(tasks!)).to.contain('Legal services for the STAR Market registration system');
  });

  it('the IIFE bundles recompute <reform-progress as-of> in the page, equal to progress() on that date', async () => {
    const asOf = progress(seedProgramme, { asOf: '2019-06-30' });
    const expected = String(Math.round(asOf.completionRate * 100));
    const win = await page(
      '/test-browser/pages/reform.html',
      (w) =>
        w.document
          .querySelectorAll('reform-progress')[2]
          ?.shadowRoot?.querySelector('[role="progressbar"]')
          ?.getAttribute('aria-valuenow') === expected,
    );
    const element = win.document.querySelectorAll('reform-progress')[2]!;
    expect(element.shadowRoot!.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).to.equal(expected);
    expect(shadowText(element)).to.contain('截至 2019年6月30日');
    // The all-widgets bundle loads the recomputation beside itself too, on that first use.
    expect(
      win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/dist/')),
    ).to.deep.equal(['/dist/lawgauge.iife.min.js', '/dist/lawgauge-reform-as-of.iife.min.js']);
    // The single-widget bundle loads the recomputation script beside itself, with the same result.
    const alone = await page(
      '/test-browser/pages/reform-alone.html',
      (w) =>
        w.document
          .querySelector('reform-progress')
          ?.shadowRoot?.querySelector('[role="progressbar"]')
          ?.getAttribute('aria-valuenow') === expected,
    );
    expect(
      alone.document
        .querySelector('reform-progress')!
        .shadowRoot!.querySelector('[role="progressbar"]')!
        .getAttribute('aria-valuenow'),
    ).to.equal(expected);
    expect(
      [...alone.document.scripts]
        .map((script) => new URL(script.src, alone.location.href).pathname)
        .filter((path) => path.startsWith('/dist/')),
    ).to.deep.equal(['/dist/lawgauge-reform-progress.iife.min.js', '/dist/lawgauge-reform-as-of.iife.min.js']);
  });

  it('examples/dashboard: the Safe Shanghai dashboard loads every panel, switches language, and passes axe', async () => {
    const panelsOf = (w: Window): Element[] => [
      ...(w.document
        .querySelector('lawgauge-dashboard')
        ?.shadowRoot?.querySelectorAll('.panel > :not([part="quality"])') ?? []),
    ];
    const loaded = (element: Element): boolean => {
      const root = element.shadowRoot;
      return (
        root !== null &&
        root.querySelector('[role="alert"]') === null &&
        root.querySelector('[part="value"], [part="chart"], [part="table"], [role="progressbar"]') !== null
      );
    };
    const win = await page(
      '/examples/dashboard/index.html',
      (w) => panelsOf(w).length === 27 && panelsOf(w).every(loaded),
    );
    const panels = panelsOf(win);
    expect(
      panels
        .map((panel) => panel.localName)
        .sort()
        .join(' '),
    ).to.equal(
      [
        'indicator-bars',
        'indicator-bars',
        'indicator-bars',
        'indicator-bars',
        'indicator-card',
        'indicator-card',
        'indicator-card',
        'indicator-card',
        'indicator-card',
        'indicator-card',
        'indicator-card',
        'indicator-card',
        'indicator-card',
        'indicator-card',
        'indicator-funnel',
        'indicator-funnel',
        'indicator-map',
        'indicator-spc',
        'indicator-table',
        'indicator-trend',
        'indicator-trend',
        'indicator-trend',
        'indicator-trend',
        'indicator-trend',
        'reform-progress',
        'reform-progress',
        'reform-progress',
      ].join(' '),
    );
    expect(panels.filter((panel) => !loaded(panel)).map((panel) => panel.getAttribute('src'))).to.deep.equal([]);
    const dashboard = win.document.querySelector('lawgauge-dashboard')!;
    expect(dashboard.shadowRoot!.querySelector('h1')!.textContent).to.equal('平安上海 · 政法工作指标');
    win.document.getElementById('lang')!.click();
    await (dashboard as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(dashboard.shadowRoot!.querySelector('h1')!.textContent).to.equal(
      'Safe Shanghai · Political-legal work indicators',
    );
    await checkPage(win);
  });

  describe('examples/dashboard as a portal ships it', () => {
    const dashboardOf = (w: Window): HTMLElement | null => w.document.querySelector('lawgauge-dashboard');
    const panelsOf = (w: Window): HTMLElement[] => [
      ...(dashboardOf(w)?.shadowRoot?.querySelectorAll<HTMLElement>('.panel > :not([part="quality"])') ?? []),
    ];
    const ready = (w: Window): boolean =>
      panelsOf(w).length > 0 &&
      panelsOf(w).every(
        (el) =>
          el.shadowRoot?.querySelector('[part="value"], [part="chart"], [part="table"], [role="progressbar"]') != null,
      );
    const cards = (w: Window): HTMLElement[] => panelsOf(w).filter((el) => el.localName === 'indicator-card');
    afterEach(() => executeServerCommand('emulate-media-features', []));

    it('fills every row of each section but the last, wide and on a phone', async () => {
      for (const width of [1280, 1024, 360]) {
        const win = await page('/examples/dashboard/index.html', ready, 15_000, width);
        const grids = [...dashboardOf(win)!.shadowRoot!.querySelectorAll('.grid')];
        for (const [index, grid] of grids.entries()) {
          const right = grid.getBoundingClientRect().right;
          const rows = new Map<number, number>();
          for (const cell of grid.children) {
            const box = cell.getBoundingClientRect();
            const top = Math.round(box.top);
            rows.set(top, Math.max(rows.get(top) ?? 0, box.right));
          }
          const short = [...rows]
            .sort(([a], [b]) => a - b)
            .slice(0, -1)
            .filter(([, end]) => right - end > 1);
          expect(short, `section ${index} at ${width} px`).to.deep.equal([]);
        }
        win.frameElement!.remove();
      }
    });

    it('opens as ?lang=en&theme=dark&district=… says, and the switches write the URL back', async () => {
      const win = await page(
        `/examples/dashboard/index.html?lang=en&theme=dark&district=${encodeURIComponent('黄浦区')}`,
        (w) => ready(w) && cards(w).every((card) => card.getAttribute('group') === '黄浦区'),
        15_000,
      );
      const dashboard = dashboardOf(win)!;
      expect(cards(win).map((card) => card.getAttribute('group'))).to.include('黄浦区');
      expect(cards(win).filter((card) => card.getAttribute('group') !== '黄浦区')).to.deep.equal([]);
      expect(win.document.documentElement.lang).to.equal('en');
      expect(dashboard.getAttribute('lang')).to.equal('en');
      expect(dashboard.shadowRoot!.querySelector('h1')!.textContent).to.equal(
        'Safe Shanghai · Political-legal work indicators',
      );
      expect(dashboard.getAttribute('theme')).to.equal('dark');
      expect(win.document.getElementById('theme')!.getAttribute('aria-pressed')).to.equal('true');
      expect(win.document.body.classList.contains('dark')).to.equal(true);
      const params = (): Record<string, string> => Object.fromEntries(new URLSearchParams(win.location.search));
      win.document.getElementById('lang')!.click();
      win.document.getElementById('theme')!.click();
      expect(params()).to.deep.equal({ theme: 'light', district: '黄浦区' });
      expect(win.document.documentElement.lang).to.equal('zh-CN');
      await checkPage(win);
      win.frameElement!.remove();
    });

    it('ignores values it does not know, and drops them from the URL', async () => {
      const win = await page('/examples/dashboard/index.html?lang=fr&theme=blue', ready, 15_000);
      const dashboard = dashboardOf(win)!;
      expect([win.document.documentElement.lang, dashboard.getAttribute('lang')]).to.deep.equal(['zh-CN', 'zh-CN']);
      expect(dashboard.hasAttribute('theme')).to.equal(false);
      expect(win.location.search).to.equal('');
      win.frameElement!.remove();
    });

    it('prints the charts without the switches, every card with its content', async () => {
      const win = await page('/examples/dashboard/index.html', ready, 15_000, 1280);
      await executeServerCommand('emulate-media-features', { media: 'print', features: [] });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(win.getComputedStyle(win.document.querySelector('.controls')!).display).to.equal('none');
      const dashboard = dashboardOf(win)!;
      const buttons = [...dashboard.shadowRoot!.querySelectorAll('button')].filter(
        (button) => win.getComputedStyle(button).display !== 'none',
      );
      expect(buttons.map((button) => button.textContent)).to.deep.equal([]);
      expect(cards(win).length).to.be.greaterThan(0);
      for (const card of cards(win)) {
        const value = card.shadowRoot!.querySelector('[part="value"]')!;
        expect(value.checkVisibility({ contentVisibilityAuto: true }), card.getAttribute('src') ?? 'computed').to.equal(
          true,
        );
      }
      win.frameElement!.remove();
    });
  });

  it('examples/html/widgets.html: every widget from one script tag shows its data', async () => {
    const widgets = (w: Window): Element[] => [
      ...w.document.querySelectorAll('indicator-card, indicator-trend, indicator-bars, indicator-table, indicator-map'),
    ];
    const win = await page(
      '/examples/html/widgets.html',
      (w) =>
        widgets(w).length > 0 &&
        widgets(w).every((el) => el.shadowRoot?.querySelector('[part="value"], [part="chart"], [part="table"]')),
    );
    expect(widgets(win).filter((el) => el.shadowRoot?.querySelector('[role="alert"]'))).to.have.length(0);
    // The English card names its district in English (the page gives it groupLabels).
    expect(shadowText(win.document.querySelector('indicator-card[lang="en"]'))).to.contain('Qingpu · Dec 2020');
    await checkPage(win);
  });

  it('examples/map: the tile grid and the synthetic GeoJSON map draw every district, drill down to streets and back', async () => {
    const maps = (w: Window): Element[] => [...w.document.querySelectorAll('indicator-map')];
    const regions = (element: Element): Element[] => [...(element.shadowRoot?.querySelectorAll('.region') ?? [])];
    const win = await page(
      '/examples/map/',
      (w) => maps(w).length === 2 && maps(w).every((element) => regions(element).length === 16),
    );
    const [tiles, shapes] = maps(win);
    expect(tiles!.shadowRoot!.querySelector('svg.tiles')).not.to.equal(null);
    expect(shapes!.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    regions(shapes!)
      .find((region) => region.getAttribute('aria-label')!.startsWith('黄浦区 '))!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    for (const start = Date.now(); Date.now() - start < 5000 && regions(shapes!).length !== 8;)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(regions(shapes!).map((region) => region.getAttribute('aria-label')!.split(' ')[0])).to.include(
      '黄浦第1街道',
    );
    expect(win.document.getElementById('selection')!.textContent).to.equal('已选择 / selected: 黄浦区');
    await checkPage(win);
    (shapes!.shadowRoot!.querySelector('[part="back"]') as HTMLButtonElement).click();
    for (const start = Date.now(); Date.now() - start < 5000 && regions(shapes!).length !== 16;)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(regions(shapes!)).to.have.length(16);
  });

  it('examples/esm: the ES modules resolve through an import map; a Report computed in the page shows in a card', async () => {
    const cards = (w: Window): Element[] => [...w.document.querySelectorAll('indicator-card')];
    const win = await page(
      '/examples/esm/index.html',
      (w) => cards(w).length === 2 && cards(w).every((card) => card.shadowRoot?.querySelector('[part="value"]')),
    );
    // 案-件比 in Q1: 3 cases, 3 + 1 + 2 extra steps → (3 + 3) / 3 = 2.00.
    expect(win.document.getElementById('computed')!.textContent).to.equal('在页面中计算：案-件比 1:2.00');
    expect(shadowText(cards(win)[1]!)).to.contain('1:2.00');
    expect(shadowText(cards(win)[0]!)).to.contain('结案率');
    await checkPage(win);
  });

  it('examples/src-loading: two cards load, the deliberately missing URL shows an error inside its card and an lg-error', async () => {
    const cards = (w: Window): Element[] => [...w.document.querySelectorAll('indicator-card')];
    const win = await page(
      '/examples/src-loading/index.html',
      (w) =>
        cards(w).length === 3 &&
        cards(w).every((card) => card.shadowRoot?.querySelector('[part="value"], [role="alert"]')),
    );
    expect(
      cards(win).map((card) => (card.shadowRoot!.querySelector('[role="alert"]') === null ? 'data' : 'error')),
    ).to.deep.equal(['data', 'data', 'error']);
    expect(shadowText(cards(win)[2]!)).to.contain('HTTP 404');
    expect(win.document.getElementById('log')!.textContent).to.match(/^lg-error http: .*no-such-report\.json$/);
    await checkPage(win, ['/examples/dashboard/reports/no-such-report.json']);
  });

  it("examples/theming: the host's custom properties and ::part rules restyle the card", async () => {
    const cards = (w: Window): Element[] => [...w.document.querySelectorAll('indicator-card')];
    const win = await page(
      '/examples/theming/index.html',
      (w) => cards(w).length === 2 && cards(w).every((card) => card.shadowRoot?.querySelector('[part="value"]')),
    );
    const [plain, themed] = cards(win).map((card) => win.getComputedStyle(card));
    expect(plain!.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(themed!.backgroundColor).to.equal('rgb(253, 246, 227)');
    const value = (card: Element): string =>
      win.getComputedStyle(card.shadowRoot!.querySelector('[part="value"]')!).fontSize;
    expect(value(cards(win)[1]!)).not.to.equal(value(cards(win)[0]!));
    await checkPage(win);
  });

  for (const [framework, url] of [
    ['React 19', '/examples/react/index.html'],
    ['Vue 3', '/examples/vue/index.html'],
  ] as const) {
    it(`examples/${framework}: the widgets render in the framework's page, and lg-select reaches its state`, async () => {
      const bars = (w: Window): Element | null => w.document.querySelector('indicator-bars');
      const win = await page(url, (w) => (bars(w)?.shadowRoot?.querySelectorAll('g[role="button"]').length ?? 0) > 0);
      const first = bars(win)!.shadowRoot!.querySelector('g[role="button"]')!;
      first.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      // The best district of 2019 in the seed data: 黄浦区.
      for (
        const start = Date.now();
        Date.now() - start < 5000 && !win.document.getElementById('selection')!.textContent!.includes('黄浦区');
      )
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(win.document.getElementById('selection')!.textContent).to.equal('已选择 / selected: 黄浦区');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(bars(win)!.getAttribute('selected')).to.equal('黄浦区');
      await checkPage(win);
    });
  }

  describe("the framework and ES-module examples served with the README's CSP (report-uri to the test server)", () => {
    /** The violations the page with `key` reported, after the browser has had time to send them. */
    async function reported(key: string): Promise<string[]> {
      await new Promise((resolve) => setTimeout(resolve, 500));
      return (await (await fetch(`/api/csp-reports?key=${key}`)).json()) as string[];
    }
    const bars = (w: Window): Element | null => w.document.querySelector('indicator-bars');
    const drawn = (w: Window): boolean => (bars(w)?.shadowRoot?.querySelectorAll('g[role="button"]').length ?? 0) > 0;

    for (const [framework, url] of [
      ['React 19', '/examples/react/index.html'],
      ['Vue 3', '/examples/vue/index.html'],
    ] as const)
      it(`examples/${framework}: draws and selects under the policy word for word`, async () => {
        const key = `${framework.replace(/\W/g, '')}-${Date.now()}`;
        const win = await page(`${url}?csp=readme&key=${key}`, drawn);
        expect(drawn(win), 'the bars did not draw').to.equal(true);
        bars(win)!
          .shadowRoot!.querySelector('g[role="button"]')!
          .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        for (
          const start = Date.now();
          Date.now() - start < 5000 && !win.document.getElementById('selection')!.textContent!.includes('黄浦区');
        )
          await new Promise((resolve) => setTimeout(resolve, 20));
        expect(win.document.getElementById('selection')!.textContent).to.equal('已选择 / selected: 黄浦区');
        // Nothing refused but, for Vue, Vue's own attempt at a Trusted Types policy named "vue", which
        // Vue catches (a page that lists `vue` in trusted-types has none): no template compiled from
        // a string (the runtime build, a render function), no inline script or style.
        const violations = await reported(key);
        expect(
          violations.filter((violation) => !(framework === 'Vue 3' && /^trusted-types\b.*\bvue\b/.test(violation))),
        ).to.deep.equal([]);
        win.frameElement!.remove();
      });

    it('examples/esm: its inline import map is the one thing the policy needs added, by its hash', async () => {
      const ready = (w: Window): boolean =>
        [...w.document.querySelectorAll('indicator-card')].every((card) =>
          card.shadowRoot?.querySelector('[part="value"]'),
        );
      const key = `esm-${Date.now()}`;
      const win = await page(`/examples/esm/index.html?csp=importmap&key=${key}`, ready);
      expect(win.document.getElementById('computed')!.textContent).to.equal('在页面中计算：案-件比 1:2.00');
      expect(ready(win), 'a card did not draw').to.equal(true);
      expect(await reported(key)).to.deep.equal([]);
      win.frameElement!.remove();
      // The policy word for word refuses the import map (an inline script): nothing resolves.
      const strictKey = `esm-strict-${Date.now()}`;
      const strict = await page(`/examples/esm/index.html?csp=readme&key=${strictKey}`, () => false, 1500);
      expect(strict.document.getElementById('computed')!.textContent).to.equal('');
      expect((await reported(strictKey)).some((violation) => violation.startsWith('script-src'))).to.equal(true);
      strict.frameElement!.remove();
    });
  });

  it('examples/index.html links every example page, and each link resolves', async () => {
    const win = await page('/examples/index.html', (w) => w.document.querySelectorAll('a').length > 0);
    const links = [...win.document.querySelectorAll('a')].map((a) => a.href);
    expect(links.map((href) => new URL(href).pathname)).to.deep.equal([
      '/examples/dashboard/',
      '/examples/html/widgets.html',
      '/examples/map/',
      '/examples/esm/',
      '/examples/react/',
      '/examples/vue/',
      '/examples/src-loading/',
      '/examples/theming/',
    ]);
    for (const href of links) expect((await fetch(href)).status, href).to.equal(200);
    await checkPage(win);
  });

  it('renders every widget under a strict CSP with Trusted Types: no violation, and an XSS corpus in every string stays text', async () => {
    const attack =
      '<img src=x onerror="window.xssRan=true"></script><script>window.xssRan=true</script>javascript:alert(1)';
    const report = visibilityReport();
    const asOfRate = String(Math.round(progress(seedProgramme, { asOf: '2019-06-30' }).completionRate * 100));
    const asOfShown = (w: Window): boolean =>
      w.document
        .getElementById('as-of')
        ?.shadowRoot?.querySelector('[role="progressbar"]')
        ?.getAttribute('aria-valuenow') === asOfRate;
    // The attack in every string a widget shows: labels, descriptions, methodology, source, group names.
    const district = (name: unknown): unknown => (name === '*' ? '*' : `${String(name)}${attack}`);
    const hostile = {
      ...report,
      indicator: {
        ...report.indicator,
        label: { 'zh-CN': `见警率${attack}`, en: `Visibility${attack}` },
        description: { 'zh-CN': attack, en: attack },
        methodology: { 'zh-CN': attack, en: attack },
        source: attack,
      },
      rows: report.rows.map((row) => ({ ...row, group: { district: district(row.group['district']) } })),
    };
    const win = await page(
      `/test-browser/pages/strict-csp.html?report=${encodeURIComponent(JSON.stringify(hostile))}`,
      (w) =>
        [
          ...w.document.querySelectorAll(
            'indicator-card, indicator-trend, indicator-bars, indicator-table, indicator-map, indicator-funnel, indicator-spc',
          ),
        ].every((element) => (element.shadowRoot?.textContent ?? '').includes('%')) && asOfShown(w),
    );
    const state = win as unknown as { cspViolations: string[]; xssRan: boolean };
    // <reform-progress as-of> recomputed the seed programme with the script the bundle loaded.
    expect(asOfShown(win)).to.equal(true);
    expect(
      win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/dist/'))
        .sort(),
    ).to.deep.equal([
      '/dist/lawgauge-map-geometry.iife.min.js',
      '/dist/lawgauge-reform-as-of.iife.min.js',
      '/dist/lawgauge.iife.min.js',
    ]);
    const widgets = [
      ...win.document.querySelectorAll(
        'indicator-card, indicator-trend, indicator-bars, indicator-table, indicator-map, indicator-funnel, indicator-spc',
      ),
    ];
    expect(widgets).to.have.length(8);
    // The map drew the host's regions, its geometry script loaded under Trusted Types.
    expect(win.document.querySelector('indicator-map')!.shadowRoot!.querySelectorAll('.region')).to.have.length(2);
    // The funnel drew both districts as points (the attack stays text in their names).
    expect(
      win.document.querySelector('indicator-funnel')!.shadowRoot!.querySelectorAll('g[role="button"]'),
    ).to.have.length(2);
    for (const widget of widgets) {
      expect(shadowText(widget), widget.localName).to.contain('<img src=x onerror=');
      expect(widget.shadowRoot!.querySelector('img, script, a'), widget.localName).to.equal(null);
    }
    expect(state.cspViolations).to.deep.equal([]);
    expect(state.xssRan).to.equal(false);
  });

  it('<indicator-map> whose geometry script a CSP refuses: an alert naming the file; the tile grid still draws', async () => {
    const shadow = (w: Window, id: string): ShadowRoot | null | undefined => w.document.getElementById(id)?.shadowRoot;
    const win = await page(
      '/test-browser/pages/map-blocked.html',
      (w) =>
        shadow(w, 'shapes')?.querySelector('[role="alert"]') != null &&
        shadow(w, 'tiles')?.querySelectorAll('.region').length === 16,
    );
    const geometryScript = `${location.origin}/dist/lawgauge-map-geometry.iife.min.js`;
    expect(shadowText(win.document.getElementById('shapes'))).to.contain(`${geometryScript} did not load`);
    const state = win as unknown as { mapErrors: { code: string; source: string }[]; cspViolations: string[] };
    expect(state.mapErrors.map(({ code, source }) => `${code} ${source}`)).to.deep.equal(['network property']);
    // Refused by the page's policy (as is the test server's own injected script, left aside).
    expect(state.cspViolations.filter((violation) => violation.includes('/dist/'))).to.deep.equal([
      `script-src-elem: ${geometryScript} `,
    ]);
    expect(shadow(win, 'tiles')!.querySelector('[role="alert"]')).to.equal(null);
    // No axe here: the page's policy refuses its script too (the map's states pass axe in indicator-map.test.ts).
    win.frameElement!.remove();
  });

  describe("a single-widget bundle given an invalid Report, under the README's CSP", () => {
    const alert = (w: Window, id: string): string =>
      shadowText(w.document.getElementById(id)).replace('数据不是有效的指标报告', '').trim();
    const loaded = (w: Window): string[] =>
      w.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/dist/'));

    it('loads the explanation beside itself through the lawgauge policy, and words the problems in each card’s language', async () => {
      const win = await page('/test-browser/pages/invalid-alone.html', (w) =>
        ['zh', 'en'].every(
          (id) => alert(w, id).includes('report.indicator') && !/此处的值无效|invalid value here/.test(alert(w, id)),
        ),
      );
      expect(alert(win, 'zh')).to.contain('report.indicator: 缺少此项');
      expect(alert(win, 'en')).to.contain('report.indicator: is required (expected object)');
      expect(loaded(win)).to.include('/dist/lawgauge-explain.iife.min.js');
      expect((win as unknown as { cspViolations: string[] }).cspViolations).to.deep.equal([]);
    });

    it('where the page does not allow the lawgauge policy, names the place of the first problem in each card’s language', async () => {
      const win = await page('/test-browser/pages/invalid-alone.html?policies=lit-html', (w) =>
        ['zh', 'en'].every((id) => alert(w, id).includes('report.indicator')),
      );
      // The script is refused; the short message stays.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(alert(win, 'zh')).to.contain('report.indicator: 此处的值无效');
      expect(alert(win, 'en')).to.contain('report.indicator: invalid value here');
    });
  });

  describe("the dashboard's compute worker under the README's CSP (require-trusted-types-for 'script')", () => {
    const dashboardOf = (w: Window): Element | null => w.document.querySelector('lawgauge-dashboard');
    const computedCard = (w: Window): Element | null | undefined =>
      dashboardOf(w)?.shadowRoot?.querySelector('indicator-card');

    it('starts through the lawgauge Trusted Types policy and computes its panel, with no violation', async () => {
      const win = await page(
        '/test-browser/pages/dashboard-csp.html',
        (w) => (computedCard(w)?.shadowRoot?.querySelector('[part="value"]')?.textContent ?? '').endsWith('%'),
        20_000,
      );
      expect(computedCard(win)!.shadowRoot!.querySelector('[part="value"]')!.textContent).to.match(/%$/);
      expect((win as unknown as { cspViolations: string[] }).cspViolations).to.deep.equal([]);
    });

    it("where the page does not allow the lawgauge policy, the computed panel says so in the page's language, framed like a widget, and the other panels render", async () => {
      const alertOf = (w: Window): HTMLElement | null | undefined =>
        dashboardOf(w)?.shadowRoot?.querySelector<HTMLElement>('.computing[role="alert"]');
      const win = await page(
        '/test-browser/pages/dashboard-csp.html?policies=lit-html',
        (w) =>
          alertOf(w) != null &&
          dashboardOf(w)?.shadowRoot?.querySelector('indicator-bars')?.shadowRoot?.querySelector('[part="chart"]') !=
            null,
        20_000,
      );
      const alert = alertOf(win)!;
      expect(alert.querySelector('strong')!.textContent).to.equal(
        '计算线程（Web Worker）未能启动。若页面设置了内容安全策略，请允许 worker-src 和 Trusted Types 策略 lawgauge。',
      );
      expect(alert.getAttribute('part')).to.equal('error');
      const frame = win.getComputedStyle(alert);
      expect([frame.borderTopStyle, frame.borderTopWidth]).to.deep.equal(['solid', '1px']);
      expect(
        (win as unknown as { cspViolations: string[] }).cspViolations.some((violation) =>
          violation.startsWith('require-trusted-types-for'),
        ),
      ).to.equal(true);
    });
  });

  describe("exporting images under the README's CSP", () => {
    type Exporting = HTMLElement & {
      report: unknown;
      exportSvg(): Promise<string>;
      exportPng(options?: { scale?: number }): Promise<Blob>;
    };
    const widgets = async (query: string): Promise<{ win: Window & typeof globalThis; all: Exporting[] }> => {
      const win = await page(
        `/test-browser/pages/export-csp.html${query}`,
        (w) => w.customElements.get('indicator-trend') !== undefined,
        10_000,
        600,
      );
      const all = [...win.document.querySelectorAll<Exporting>('indicator-card, indicator-trend')];
      // Objects of the page's own realm, as the page's script would give them.
      for (const element of all) element.report = win.JSON.parse(JSON.stringify(visibilityReport())) as unknown;
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { win, all };
    };
    const violations = (w: Window): string[] => (w as unknown as { cspViolations: string[] }).cspViolations;

    it('exportSvg needs nothing more: the export script loads beside the bundle through the lawgauge policy', async () => {
      const { win, all } = await widgets('');
      for (const element of all) expect(await element.exportSvg()).to.contain('<desc');
      expect(
        win.performance
          .getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname)
          .filter((path) => path.startsWith('/dist/')),
      ).to.include('/dist/lawgauge-export.iife.min.js');
      expect(violations(win)).to.deep.equal([]);
    });

    it('exportPng, where img-src does not allow blob:, rejects and says so in the widget, in its language', async () => {
      const { win, all } = await widgets('');
      const [card, trend] = all as [Exporting, Exporting];
      let zh = '';
      let en = '';
      await card.exportPng().catch((error: Error) => (zh = error.message));
      await trend.exportPng().catch((error: Error) => (en = error.message));
      expect(zh).to.contain('img-src blob:').and.contain('内容安全策略');
      expect(en).to.contain('img-src blob:').and.contain('Content Security Policy');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(card.shadowRoot!.querySelector('[part="export-error"]')!.textContent).to.equal(zh);
      expect(violations(win).some((violation) => violation.startsWith('img-src: blob'))).to.equal(true);
    });

    it("exportPng, with `img-src 'self' blob:` added, makes the PNG with no violation", async () => {
      const { win, all } = await widgets('?img=blob');
      for (const element of all) {
        const png = await element.exportPng({ scale: 1 });
        expect(png.type).to.equal('image/png');
        expect((await createImageBitmap(png)).width).to.be.greaterThan(100);
        expect(element.shadowRoot!.querySelector('[part="export-error"]')).to.equal(null);
      }
      expect(violations(win)).to.deep.equal([]);
    });
  });
});
