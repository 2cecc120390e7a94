import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { builtInCatalog, evaluate, formatValue, ingest } from '../src/index.js';
import '../widgets/lawgauge-dashboard/define.js';
import type { LawgaugeDashboard } from '../widgets/lawgauge-dashboard/lawgauge-dashboard.js';
import type { IndicatorCard } from '../widgets/indicator-card/indicator-card.js';
import { districtGeometry, shanghaiReport, streetGeometry, streetReport } from './support/map-data.js';
import { sharedParts, sharedStates, type WidgetUnderTest } from './support/shared-suites.js';
import { waitFor } from './support/wait-for.js';

const config = () => ({
  title: { 'zh-CN': '平安上海', en: 'Safe Shanghai' },
  asOf: '2019-06-30',
  filter: 'district',
  sections: [
    {
      id: 'police',
      title: { 'zh-CN': '见警率', en: 'Police presence' },
      panels: [
        { widget: 'indicator-card', src: '/examples/html/reports/street-visibility-monthly.json' },
        { widget: 'indicator-bars', src: '/examples/html/reports/street-visibility-2019.json', span: 2 },
      ],
    },
    {
      id: 'trend',
      title: { 'zh-CN': '走势', en: 'Trend' },
      panels: [
        {
          widget: 'indicator-trend',
          src: '/examples/html/reports/street-visibility-monthly.json',
          span: 3,
          annotations: [{ date: '2019-11-05', label: { 'zh-CN': '进博会', en: 'Import expo' } }],
        },
      ],
    },
  ],
});
const underTest: WidgetUnderTest = {
  tag: 'lawgauge-dashboard',
  data: config,
  invalid: () => ({ ...config(), sections: [] }),
  parts: ['header', 'section'],
};

const shadow = (element: Element): ShadowRoot => element.shadowRoot!;
const panel = <T extends Element>(dashboard: LawgaugeDashboard, tag: string): T =>
  shadow(dashboard).querySelector<T>(tag)!;

async function dashboard(lang = 'zh-CN'): Promise<LawgaugeDashboard> {
  const element = await fixture<LawgaugeDashboard>(
    html`<lawgauge-dashboard lang=${lang} .report=${config()}></lawgauge-dashboard>`,
  );
  await waitFor(
    () =>
      panel(element, 'indicator-card')?.shadowRoot?.querySelector('[part="value"]') &&
      panel(element, 'indicator-bars')?.shadowRoot?.querySelector('g[role="button"]'),
    'the panels did not load',
  );
  return element;
}

describe('<lawgauge-dashboard>', () => {
  /** The test page's URL without a filter (its own query parameters kept: the runner's session id). */
  const unfiltered = (): string => {
    const url = new URL(location.href);
    url.searchParams.delete('district');
    url.hash = '';
    return url.href;
  };
  const district = (): string | null => new URL(location.href).searchParams.get('district');
  beforeEach(() => history.replaceState(null, '', unfiltered()));

  describe('properties', () => {
    it("renders the title, a heading and region per section, and each panel as its widget in the dashboard's language", async () => {
      const element = await dashboard('en');
      expect(shadow(element).querySelector('h1')!.textContent).to.equal('Safe Shanghai');
      expect([...shadow(element).querySelectorAll('section h2')].map((h) => h.textContent)).to.deep.equal([
        'Police presence',
        'Trend',
      ]);
      expect(
        [...shadow(element).querySelectorAll('section')].map((s) => s.getAttribute('aria-labelledby')),
      ).to.deep.equal(['s-police', 's-trend']);
      expect(
        [...shadow(element).querySelectorAll('.panel > *')].map((p) => `${p.localName} ${p.getAttribute('lang')}`),
      ).to.deep.equal(['indicator-card en', 'indicator-bars en', 'indicator-trend en']);
      expect(shadow(panel(element, 'indicator-card')).querySelector('[part="label"]')!.textContent).to.equal(
        'Street police visibility',
      );
    });

    it("marks a trend panel's annotations, in the dashboard's language", async () => {
      const element = await dashboard('en');
      const trend = panel(element, 'indicator-trend');
      await waitFor(() => shadow(trend).querySelector('line.event'), 'the annotation was not drawn');
      expect(shadow(trend).textContent).to.contain('Import expo');
    });

    it('gives each panel its own download menu, and no-export hides them all', async () => {
      const element = await dashboard('en');
      const panels = [...shadow(element).querySelectorAll('.panel > *')];
      const menus = (): number => panels.filter((p) => shadow(p).querySelector('[part~="export-menu"]')).length;
      expect(shadow(element).querySelector('[part~="export-menu"]')).to.equal(null);
      // A panel shows its menu once its data has loaded; `dashboard()` waits for two panels only.
      await waitFor(() => menus() === panels.length, 'a panel has no download menu');
      element.toggleAttribute('no-export', true);
      await element.updateComplete;
      await Promise.all(panels.map((p) => (p as LawgaugeDashboard).updateComplete));
      expect(panels.every((p) => p.hasAttribute('no-export'))).to.equal(true);
      expect(menus()).to.equal(0);
    });

    it('switches the language of every panel when its lang changes', async () => {
      const element = await dashboard();
      element.setAttribute('lang', 'en');
      await element.updateComplete;
      await panel<HTMLElement & { updateComplete: Promise<boolean> }>(element, 'indicator-card').updateComplete;
      expect(shadow(element).querySelector('h1')!.textContent).to.equal('Safe Shanghai');
      expect(shadow(panel(element, 'indicator-card')).querySelector('[part="label"]')!.textContent).to.equal(
        'Street police visibility',
      );
    });
  });

  describe('events', () => {
    it('cross-filters: a bar selected in one panel filters the others by district, into the URL query; "clear filter" undoes it', async () => {
      const element = await dashboard();
      const bars = panel(element, 'indicator-bars');
      shadow(bars)
        .querySelector<SVGGElement>('g[role="button"]')!
        .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await element.updateComplete;
      // The best district first: 黄浦区 (2019 seed data: 91.7%).
      expect(panel(element, 'indicator-card').getAttribute('group')).to.equal('黄浦区');
      expect(panel(element, 'indicator-trend').getAttribute('groups')).to.equal('黄浦区');
      expect(bars.getAttribute('selected')).to.equal('黄浦区');
      expect(district()).to.equal('黄浦区');
      expect(new URL(location.href).searchParams.has('wtr-session-id'), "the page's own parameters are kept").to.equal(
        new URL(unfiltered()).searchParams.has('wtr-session-id'),
      );
      expect(shadow(element).querySelector('.filter')!.textContent).to.contain('已按“黄浦区”筛选');
      shadow(element).querySelector<HTMLButtonElement>('.filter button')!.click();
      await element.updateComplete;
      expect(panel(element, 'indicator-card').hasAttribute('group')).to.equal(false);
      expect(district()).to.equal(null);
    });

    it('a map panel: districts on the tile grid; a region selected filters the others, and a filter set elsewhere outlines its region', async () => {
      const withMap = {
        ...config(),
        sections: [
          {
            id: 'map',
            title: { 'zh-CN': '地图', en: 'Map' },
            panels: [
              { widget: 'indicator-card', src: '/examples/html/reports/street-visibility-monthly.json' },
              {
                widget: 'indicator-map',
                src: '/examples/html/reports/street-visibility-2019.json',
                options: { color: 'quantile' },
              },
            ],
          },
        ],
      };
      const element = await fixture<LawgaugeDashboard>(
        html`<lawgauge-dashboard .report=${withMap}></lawgauge-dashboard>`,
      );
      const map = (): HTMLElement => panel(element, 'indicator-map');
      const tile = (name: string): SVGGElement | undefined =>
        [...(map()?.shadowRoot?.querySelectorAll<SVGGElement>('.region') ?? [])].find((region) =>
          region.getAttribute('aria-label')!.startsWith(`${name} `),
        );
      await waitFor(() => tile('黄浦区'), 'the map did not draw');
      expect(map().shadowRoot!.querySelectorAll('.region')).to.have.length(16);
      expect(map().getAttribute('color')).to.equal('quantile');
      tile('徐汇区')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await element.updateComplete;
      expect(panel(element, 'indicator-card').getAttribute('group')).to.equal('徐汇区');
      expect(map().getAttribute('selected')).to.equal('徐汇区');
      expect(district()).to.equal('徐汇区');
      // Enter on a focused region selects it too, as the keyboard reaches every region.
      tile('黄浦区')!.focus();
      tile('黄浦区')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      await element.updateComplete;
      await (map() as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(panel(element, 'indicator-card').getAttribute('group')).to.equal('黄浦区');
      expect(tile('黄浦区')!.classList.contains('selected')).to.equal(true);
      expect(tile('徐汇区')!.classList.contains('selected')).to.equal(false);
      shadow(element).querySelector<HTMLButtonElement>('.filter button')!.click();
      await element.updateComplete;
      expect(map().hasAttribute('selected')).to.equal(false);
      // A filter from the URL (a shared link) reaches the map as its selection.
      const url = new URL(unfiltered());
      url.searchParams.set('district', '静安区');
      history.replaceState(null, '', url.href);
      const shared = await fixture<LawgaugeDashboard>(
        html`<lawgauge-dashboard .report=${withMap}></lawgauge-dashboard>`,
      );
      await waitFor(
        () => panel(shared, 'indicator-map')?.shadowRoot?.querySelector('.region.selected'),
        'no region outlined',
      );
      expect(
        panel(shared, 'indicator-map').shadowRoot!.querySelector('.region.selected')!.getAttribute('aria-label'),
      ).to.match(/^静安区 /);
    });

    describe("a map panel on the host's own geometry (synthetic polygons, not real boundaries)", () => {
      /** The config's folder: every URL in it is relative, so the test sees them resolved against the config. */
      const BOARD = '/fake-board/';
      /**
       * `fetch` answering the files of a dashboard at BOARD (its config, Reports and geometry, by
       * path; a number is an HTTP status), recording each path asked for.
       */
      function serveBoard(files: Record<string, unknown>): { asked: string[]; restore: () => void } {
        const real = window.fetch;
        const asked: string[] = [];
        window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
          const path = decodeURIComponent(new URL(String(input), location.href).pathname);
          if (!path.startsWith(BOARD)) return real(input, init);
          asked.push(path.slice(BOARD.length));
          const body = files[path.slice(BOARD.length)];
          return body === undefined || typeof body === 'number'
            ? new Response('missing', { status: typeof body === 'number' ? body : 404 })
            : new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
        };
        return { asked, restore: () => (window.fetch = real) };
      }
      /** A board of a map panel (with `options`) beside a bars panel, both on the districts' Report keyed by GB/T 2260 code. */
      const board = (options: Record<string, string>): object => ({
        title: { 'zh-CN': '地图', en: 'Map' },
        filter: 'district',
        sections: [
          {
            id: 'map',
            title: { 'zh-CN': '分区', en: 'Districts' },
            panels: [
              { widget: 'indicator-map', src: 'reports/districts.json', options },
              { widget: 'indicator-bars', src: 'reports/districts.json' },
            ],
          },
        ],
      });
      const files = (options: Record<string, string>): Record<string, unknown> => ({
        'dashboard.json': board(options),
        'reports/districts.json': shanghaiReport(1),
        'geo/districts.json': districtGeometry(),
        'drill/310101.json': streetReport('310101'),
        // The join property holds for the level below too: the streets carry theirs.
        'drill/310101.geo.json': (() => {
          const streets = streetGeometry('310101');
          for (const street of streets.features) street.properties['adcode'] = street.properties['name']!;
          return streets;
        })(),
      });
      const mapOf = (element: LawgaugeDashboard): HTMLElement & { updateComplete: Promise<boolean> } =>
        panel(element, 'indicator-map');
      const mapRoot = (element: LawgaugeDashboard): ShadowRoot | null | undefined => mapOf(element)?.shadowRoot;
      const regionsOf = (element: LawgaugeDashboard): SVGGElement[] => [
        ...(mapRoot(element)?.querySelectorAll<SVGGElement>('.region') ?? []),
      ];

      it('draws the GeoJSON of geometry-src joined by join-property, filters the others on a region selected, and drills down from drill-src', async () => {
        const served = serveBoard(
          files({
            'geometry-src': 'geo/districts.json',
            'join-property': 'adcode',
            'label-property': 'name',
            'drill-src': 'drill/{group}.json',
            'drill-geometry-src': 'drill/{group}.geo.json',
          }),
        );
        try {
          const element = await fixture<LawgaugeDashboard>(
            html`<lawgauge-dashboard src=${`${BOARD}dashboard.json`}></lawgauge-dashboard>`,
          );
          await waitFor(() => regionsOf(element).length === 16, 'the map did not draw its 16 shapes');
          // Shapes, not tiles; joined by code (the Report's groups), named by the label property.
          expect(mapRoot(element)!.querySelector('svg.tiles')).to.equal(null);
          const huangpu = regionsOf(element).find((region) => region.getAttribute('aria-label')!.startsWith('黄浦区 '));
          expect(huangpu!.getAttribute('aria-label')).to.equal('黄浦区 95.0% 良好，2019年3月');
          expect(mapRoot(element)!.querySelector('[part="notes"]')!.textContent).not.to.contain('地图上没有这些分组');
          expect(served.asked).to.include.members(['geo/districts.json']);
          huangpu!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          await element.updateComplete;
          // The selection filters the dashboard: the URL, the status line and the bars panel.
          expect(district()).to.equal('310101');
          expect(shadow(element).querySelector('.filter')!.textContent).to.contain('已按“310101”筛选');
          expect(panel(element, 'indicator-bars').getAttribute('selected')).to.equal('310101');
          expect(mapOf(element).getAttribute('selected')).to.equal('310101');
          // …and opens the district's level below, from the templates resolved against the config.
          await waitFor(() => regionsOf(element).length === 6, "the district's streets were not drawn");
          expect(served.asked).to.include.members(['drill/310101.json', 'drill/310101.geo.json']);
          expect(mapRoot(element)!.querySelector('svg.tiles')).to.equal(null);
          expect(mapRoot(element)!.querySelector('nav li[aria-current="location"]')!.textContent).to.equal('黄浦区');
          await expect(element).to.be.accessible();
        } finally {
          served.restore();
        }
      });

      for (const lang of ['zh-CN', 'en'] as const)
        it(`a geometry URL that fails and a join property the features lack are errors inside their panels (${lang})`, async () => {
          const failing = serveBoard(files({ 'geometry-src': 'geo/missing.json' }));
          const words = {
            'zh-CN': { http: '数据请求失败', geometry: '地图的地区数据无效', join: '缺少关联属性，现有属性：' },
            en: {
              http: 'The data request failed',
              geometry: 'The map regions are not valid',
              join: 'no join property; it has: ',
            },
          }[lang];
          const alertOf = (element: LawgaugeDashboard): string =>
            mapRoot(element)?.querySelector('[role="alert"]')?.textContent ?? '';
          try {
            const element = await fixture<LawgaugeDashboard>(
              html`<lawgauge-dashboard lang=${lang} src=${`${BOARD}dashboard.json`}></lawgauge-dashboard>`,
            );
            await waitFor(() => alertOf(element) !== '', 'no alert for the missing geometry');
            expect(alertOf(element)).to.contain(words.http);
            expect(alertOf(element)).to.contain('HTTP 404');
            // The other panel draws: the error stays in its panel.
            await waitFor(
              () => panel(element, 'indicator-bars').shadowRoot?.querySelector('g[role="button"]'),
              'the bars panel did not draw',
            );
            await expect(element).to.be.accessible();
          } finally {
            failing.restore();
          }
          const badJoin = serveBoard(files({ 'geometry-src': 'geo/districts.json', 'join-property': 'code' }));
          try {
            const element = await fixture<LawgaugeDashboard>(
              html`<lawgauge-dashboard lang=${lang} src=${`${BOARD}dashboard.json`}></lawgauge-dashboard>`,
            );
            await waitFor(() => alertOf(element) !== '', 'no alert for the join property');
            expect(alertOf(element)).to.contain(words.geometry);
            expect(mapRoot(element)!.querySelector('[role="alert"] small')!.textContent).to.contain(
              `features[0].properties: ${words.join}"code"; name, adcode`,
            );
            await expect(element).to.be.accessible();
          } finally {
            badJoin.restore();
          }
        });
    });

    it('spc and funnel panels: a unit selected on the funnel filters the others, and the spc panel charts that district', async () => {
      const withComparisons = {
        ...config(),
        sections: [
          {
            id: 'compare',
            title: { 'zh-CN': '比较', en: 'Compare' },
            panels: [
              { widget: 'indicator-card', src: '/examples/html/reports/street-visibility-monthly.json' },
              {
                widget: 'indicator-spc',
                src: '/examples/html/reports/street-visibility-monthly.json',
                options: { chart: 'pprime', phases: '2019-04' },
              },
              { widget: 'indicator-funnel', src: '/examples/html/reports/street-visibility-2019.json' },
            ],
          },
        ],
      };
      const element = await fixture<LawgaugeDashboard>(
        html`<lawgauge-dashboard .report=${withComparisons}></lawgauge-dashboard>`,
      );
      const funnel = (): HTMLElement => panel(element, 'indicator-funnel');
      const spcChart = (): HTMLElement => panel(element, 'indicator-spc');
      const point = (name: string): SVGGElement | undefined =>
        [...(funnel()?.shadowRoot?.querySelectorAll<SVGGElement>('g[role="button"][data-index]') ?? [])].find((unit) =>
          unit.getAttribute('aria-label')!.startsWith(`${name} `),
        );
      await waitFor(
        () => point('徐汇区') && spcChart()?.shadowRoot?.querySelector('[part="summary"]'),
        'the comparison panels did not draw',
      );
      expect(spcChart().getAttribute('chart')).to.equal('pprime');
      expect(spcChart().getAttribute('phases')).to.equal('2019-04');
      expect(spcChart().hasAttribute('group')).to.equal(false);
      const totalSummary = spcChart().shadowRoot!.querySelector('[part="summary"]')!.textContent;
      point('徐汇区')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await element.updateComplete;
      expect(district()).to.equal('徐汇区');
      expect(panel(element, 'indicator-card').getAttribute('group')).to.equal('徐汇区');
      expect(funnel().getAttribute('selected')).to.equal('徐汇区');
      expect(spcChart().getAttribute('group')).to.equal('徐汇区');
      await (spcChart() as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(spcChart().shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(spcChart().shadowRoot!.querySelector('[part="chart"]')).to.not.equal(null);
      expect(spcChart().shadowRoot!.querySelector('[part="summary"]')!.textContent).to.not.equal(totalSummary);
      shadow(element).querySelector<HTMLButtonElement>('.filter button')!.click();
      await element.updateComplete;
      expect(funnel().hasAttribute('selected')).to.equal(false);
      expect(spcChart().hasAttribute('group')).to.equal(false);
    });

    it('reads the filter from the URL query (?district=…), so a shared link opens filtered', async () => {
      const url = new URL(unfiltered());
      url.searchParams.set('district', '徐汇区');
      history.replaceState(null, '', url.href);
      const element = await dashboard();
      expect(panel(element, 'indicator-card').getAttribute('group')).to.equal('徐汇区');
      expect(shadow(element).querySelector('.filter')!.textContent).to.contain('已按“徐汇区”筛选');
    });

    it("reads an older link's hash (#district=…) and moves it to the query", async () => {
      history.replaceState(null, '', `${unfiltered()}#district=${encodeURIComponent('徐汇区')}`);
      const element = await dashboard();
      expect(panel(element, 'indicator-card').getAttribute('group')).to.equal('徐汇区');
      history.replaceState(null, '', `${unfiltered()}#district=${encodeURIComponent('黄浦区')}`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await element.updateComplete;
      expect(panel(element, 'indicator-card').getAttribute('group')).to.equal('黄浦区');
      expect([district(), location.hash]).to.deep.equal(['黄浦区', '']);
    });

    it('a district the Reports lack is shown as asked, and each card names the groups it has', async () => {
      const url = new URL(unfiltered());
      url.searchParams.set('district', '不存在区');
      history.replaceState(null, '', url.href);
      const element = await fixture<LawgaugeDashboard>(
        html`<lawgauge-dashboard .report=${config()}></lawgauge-dashboard>`,
      );
      const card = panel(element, 'indicator-card');
      await waitFor(() => card.shadowRoot?.querySelector('[role="status"]:not([aria-live])'), 'the card did not say');
      expect(card.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(
        /^没有分组“不存在区”。现有分组：/,
      );
      expect(shadow(element).querySelector('.filter')!.textContent).to.contain('已按“不存在区”筛选');
    });
  });

  describe('group labels', () => {
    it("names the districts in the dashboard's language from the config's groupLabels: panels and the filter", async () => {
      const labelled = {
        ...config(),
        groupLabels: {
          district: {
            黄浦区: { 'zh-CN': '黄浦区', en: 'Huangpu' },
            徐汇区: { 'zh-CN': '徐汇区', en: 'Xuhui' },
          },
        },
      };
      const url = new URL(unfiltered());
      url.searchParams.set('district', '黄浦区');
      history.replaceState(null, '', url.href);
      const element = await fixture<LawgaugeDashboard>(
        html`<lawgauge-dashboard lang="en" .report=${labelled}></lawgauge-dashboard>`,
      );
      await waitFor(
        () =>
          panel(element, 'indicator-card')?.shadowRoot?.querySelector('.meta') &&
          panel(element, 'indicator-bars')?.shadowRoot?.querySelector('g[role="button"]'),
        'the panels did not load',
      );
      expect(shadow(element).querySelector('.filter')!.textContent).to.contain('Filtered to “Huangpu”');
      expect(shadow(panel(element, 'indicator-card')).querySelector('.meta')!.textContent).to.match(/^Huangpu · /);
      const bars = shadow(panel(element, 'indicator-bars')).textContent!;
      expect(bars).to.contain('Huangpu');
      expect(bars).to.contain('Xuhui');
      expect(bars).not.to.contain('黄浦区');
      // The value itself stays the filter, whatever the language.
      expect(panel(element, 'indicator-card').getAttribute('group')).to.equal('黄浦区');
      element.setAttribute('lang', 'zh-CN');
      await element.updateComplete;
      expect(shadow(element).querySelector('.filter')!.textContent).to.contain('已按“黄浦区”筛选');
    });

    it("refuses an option the panel's widget does not take, pointing to the list", async () => {
      const element = document.createElement('lawgauge-dashboard');
      const error = oneEvent(element, 'lg-error');
      element.report = {
        ...config(),
        sections: [
          {
            id: 'x',
            title: { 'zh-CN': 'x', en: 'x' },
            panels: [{ widget: 'indicator-card', src: 'a.json', options: { view: 'areas' } }],
          },
        ],
      } as never;
      document.body.append(element);
      expect((await error).detail.message).to.contain(
        'dashboard.sections[0].panels[0]: 设置了其组件不接受的选项（各组件接受哪些选项，见 docs/dashboard.md）',
      );
      element.remove();
    });
  });

  describe('layout', () => {
    /** Rows of a section's grid that end before its right edge, but the last. */
    const holes = (grid: Element): string[] => {
      const right = grid.getBoundingClientRect().right;
      const rows = new Map<number, number>();
      for (const cell of grid.children) {
        const box = cell.getBoundingClientRect();
        rows.set(Math.round(box.top), Math.max(rows.get(Math.round(box.top)) ?? 0, box.right));
      }
      return [...rows]
        .sort(([a], [b]) => a - b)
        .slice(0, -1)
        .filter(([, end]) => right - end > 1)
        .map(([top, end]) => `row at ${top} ends ${Math.round(right - end)} px short`);
    };

    it('leaves no empty column in a row when a wide panel does not fit the rest of it', async () => {
      const card = { widget: 'indicator-card', src: '/examples/html/reports/street-visibility-monthly.json' };
      const wide = { widget: 'indicator-bars', src: '/examples/html/reports/street-visibility-2019.json', span: 2 };
      const layout = {
        title: { 'zh-CN': '布局', en: 'Layout' },
        sections: [
          { id: 'grid', title: { 'zh-CN': '布局', en: 'Layout' }, panels: [card, card, card, wide, card, card] },
        ],
      };
      for (const width of [1100, 850, 560]) {
        const element = await fixture<LawgaugeDashboard>(
          html`<lawgauge-dashboard style=${`width: ${width}px`} .report=${layout}></lawgauge-dashboard>`,
        );
        await element.updateComplete;
        expect(holes(shadow(element).querySelector('.grid')!), `${width} px`).to.deep.equal([]);
        element.remove();
      }
    });
  });

  describe('accessibility', () => {
    it('passes axe with its panels, in both languages; the skip button moves focus to the first section heading', async () => {
      for (const lang of ['zh-CN', 'en']) await expect(await dashboard(lang)).to.be.accessible();
      const element = await dashboard();
      shadow(element).querySelector<HTMLButtonElement>('button.skip')!.click();
      expect(shadow(element).activeElement?.textContent).to.equal('见警率');
    });
  });

  describe('computing in a worker', () => {
    it('computes a panel from a catalog and a CSV in a Web Worker, showing progress, equal to evaluate() on the same data', async () => {
      const computeConfig = {
        title: { 'zh-CN': '法院', en: 'Courts' },
        sections: [
          {
            id: 'courts',
            title: { 'zh-CN': '结案率', en: 'Clearance' },
            panels: [
              {
                widget: 'indicator-card',
                compute: {
                  catalog: 'court-case-quality',
                  indicator: 'clearance_rate',
                  data: { cases: '/seeds/cases.csv' },
                  mapping: '/seeds/mapping.json',
                  period: 'quarter',
                  from: '2019-01-01',
                  to: '2019-12-31',
                },
              },
              {
                widget: 'indicator-card',
                compute: {
                  catalog: 'court-case-quality',
                  indicator: 'clearance_rate',
                  data: { cases: '/no/such.csv' },
                },
              },
              {
                widget: 'indicator-card',
                compute: {
                  catalog: '/src/catalogs/procuratorate.json',
                  indicator: 'case_proceeding_ratio',
                  data: { procuratorate_cases: '/seeds/procuratorate_cases.json' },
                  period: 'year',
                  from: '2019-01-01',
                  to: '2019-12-31',
                },
              },
            ],
          },
        ],
      };
      const element = await fixture<LawgaugeDashboard>(
        html`<lawgauge-dashboard lang="en" worker="/dist/lawgauge-compute.worker.js" .report=${computeConfig}></lawgauge-dashboard>`,
      );
      expect(shadow(element).querySelector('.computing[role="status"]')!.textContent).to.match(
        /^Computing… [\d,]+ rows read$/,
      );
      // Panels finish in any order and a card appears only once computed: wait for both cards, then
      // take them in panel order (the 404 panel shows an alert instead).
      const cards = (): NodeListOf<Element> => shadow(element).querySelectorAll('indicator-card');
      await waitFor(
        () => cards().length === 2 && [...cards()].every((card) => card.shadowRoot?.querySelector('[part="value"]')),
        'the computed cards did not show',
        15_000,
      );
      const catalog = builtInCatalog('court-case-quality');
      const cases = ingest(catalog.datasets[0]!, (await (await fetch('/seeds/cases.json')).json()) as unknown[]);
      const [expected] = evaluate(
        catalog,
        { cases },
        { indicators: ['clearance_rate'], period: 'quarter', from: '2019-01-01', to: '2019-12-31' },
      );
      const latest = expected!.rows.filter((row) => row.period === '2019-Q4')[0]!;
      expect(cards()[0]!.shadowRoot!.querySelector('[part="value"]')!.textContent).to.equal(
        formatValue(latest.value!, expected!.indicator, 'en'),
      );
      await waitFor(
        () => shadow(element).querySelector('.computing[role="alert"]'),
        'the failing panel did not say so',
      );
      expect(shadow(element).querySelector('.computing[role="alert"]')!.textContent).to.contain(
        'Cannot compute this chart',
      );
      expect(shadow(element).querySelector('.computing[role="alert"]')!.textContent).to.contain('HTTP 404');
      // A catalog file and a JSON-array data file work the same way.
      const ratio = cards()[1]!;
      expect(ratio.shadowRoot!.querySelector('[part="value"]')!.textContent).to.match(/^1:\d\.\d\d$/);
    });
  });

  describe('computing from an Excel workbook in the worker', () => {
    it('reads an .xlsx data URL (date cells, numbers, text) into the same Report as the CSV of the same cases', async () => {
      const panel = (data: string) => ({
        widget: 'indicator-card',
        compute: {
          catalog: 'court-case-quality',
          indicator: 'clearance_rate',
          data: { cases: data },
          mapping: '/seeds/mapping.json',
          period: 'quarter',
          from: '2019-01-01',
          to: '2019-12-31',
        },
      });
      const config = {
        title: { 'zh-CN': '法院', en: 'Courts' },
        sections: [
          {
            id: 'courts',
            title: { 'zh-CN': '结案率', en: 'Clearance' },
            panels: [panel('/test-browser/pages/cases.xlsx'), panel('/seeds/cases.csv')],
          },
        ],
      };
      const element = await fixture<LawgaugeDashboard>(
        html`<lawgauge-dashboard lang="en" worker="/dist/lawgauge-compute.worker.js" .report=${config}></lawgauge-dashboard>`,
      );
      const cards = (): IndicatorCard[] => [...shadow(element).querySelectorAll<IndicatorCard>('indicator-card')];
      await waitFor(
        () => cards().length === 2 && cards().every((card) => card.shadowRoot?.querySelector('[part="value"]')),
        'the computed cards did not show',
        15_000,
      );
      expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);
      const [fromXlsx, fromCsv] = cards();
      expect(fromXlsx!.report).to.deep.equal(fromCsv!.report);
      expect(fromXlsx!.shadowRoot!.querySelector('[part="value"]')!.textContent).to.match(/%$/);
    });
  });

  describe('parts', () => {
    sharedParts(underTest);
  });

  describe('states', () => {
    sharedStates(underTest);

    it('names the problem in a broken config', async () => {
      const element = document.createElement('lawgauge-dashboard');
      const error = oneEvent(element, 'lg-error');
      element.report = {
        ...config(),
        sections: [{ id: 'x', title: { 'zh-CN': 'x', en: 'x' }, panels: [{ widget: 'pie-chart', src: 'a.json' }] }],
      } as never;
      document.body.append(element);
      expect((await error).detail.message).to.contain(
        'dashboard.sections[0].panels[0].widget: 应为 "indicator-card"、"indicator-trend"、"indicator-bars"、"indicator-table"、"reform-progress"、"indicator-map"、"indicator-spc"、"indicator-funnel" 之一，实为 "pie-chart"',
      );
      element.setAttribute('lang', 'en');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
        'dashboard.sections[0].panels[0].widget: expected one of "indicator-card", "indicator-trend", "indicator-bars", "indicator-table", "reform-progress", "indicator-map", "indicator-spc", "indicator-funnel", got "pie-chart"',
      );
      element.remove();
    });
  });
});
