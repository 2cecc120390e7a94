import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../widgets/indicator-map/define.js';
import type { IndicatorMap } from '../widgets/indicator-map/indicator-map.js';
import { districtReport } from './support/reports.js';
import {
  districtGeometry,
  DISTRICTS,
  shanghaiReport,
  streetGeometry,
  streetNames,
  streetReport,
} from './support/map-data.js';
import {
  apiUrl,
  inputFailures,
  pageErrors,
  sharedParts,
  sharedStates,
  type WidgetUnderTest,
} from './support/shared-suites.js';
import { waitFor } from './support/wait-for.js';

const underTest: WidgetUnderTest = {
  tag: 'indicator-map',
  data: () => shanghaiReport(),
  invalid: () => ({ schema: 'lawgauge/report@1', rows: [] }),
  parts: ['chart', 'summary', 'toggle', 'legend'],
};

const root = (element: IndicatorMap): ShadowRoot => element.shadowRoot!;
const regions = (element: IndicatorMap): SVGGElement[] => [...root(element).querySelectorAll<SVGGElement>('.region')];
const names = (element: IndicatorMap): string[] => regions(element).map((region) => region.getAttribute('aria-label')!);
const focused = (element: IndicatorMap): string | null | undefined =>
  root(element).activeElement?.getAttribute('aria-label');
const region = (element: IndicatorMap, name: string): SVGGElement =>
  regions(element).find((item) => item.getAttribute('aria-label')!.startsWith(`${name} `))!;
const alert = (element: IndicatorMap): string => root(element).querySelector('[role="alert"]')?.textContent ?? '';
const notes = (element: IndicatorMap): string[] =>
  [...root(element).querySelectorAll('[part="notes"] p')].map((note) => note.textContent!);

async function map(template: ReturnType<typeof html>): Promise<IndicatorMap> {
  const element = await fixture<IndicatorMap>(template);
  await waitFor(
    () => root(element).querySelector('.region, [role="alert"], .state[role="status"]:not([aria-live])'),
    'the map did not draw',
  );
  await element.updateComplete;
  return element;
}

/**
 * `fetch` answering the URLs in `answers` (JSON bodies, or a status) in place of the network,
 * for drill-down templates; `hold` keeps an answer back until released.
 */
function fakeFetch(answers: Record<string, unknown>): { restore: () => void; release: () => void; hold: boolean } {
  const real = window.fetch;
  const waiting: (() => void)[] = [];
  const control = {
    restore: () => (window.fetch = real),
    release: () => waiting.splice(0).forEach((resolve) => resolve()),
    hold: false,
  };
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = decodeURIComponent(String(input));
    if (!Object.hasOwn(answers, url)) return real(input, init);
    if (control.hold) await new Promise<void>((resolve) => waiting.push(resolve));
    const body = answers[url];
    return typeof body === 'number'
      ? new Response('missing', { status: body })
      : new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  };
  return control;
}

describe('<indicator-map>', () => {
  describe('the tile grid (no geometry)', () => {
    it("draws Shanghai's 16 districts as tiles in reading order, coloured by status, and summarises them", async () => {
      const element = await map(html`<indicator-map .report=${shanghaiReport()}></indicator-map>`);
      expect(names(element)).to.deep.equal([
        '嘉定区 90.0% 良好，2019年3月',
        '宝山区 87.0% 良好，2019年3月',
        '崇明区 数量过少，已隐去，2019年3月',
        '青浦区 81.0% 良好，2019年3月',
        '普陀区 78.0% 关注，2019年3月',
        '静安区 75.0% 关注，2019年3月',
        '虹口区 72.0% 关注，2019年3月',
        '杨浦区 69.0% 关注，2019年3月',
        '松江区 66.0% 关注，2019年3月',
        '长宁区 63.0% 关注，2019年3月',
        '徐汇区 60.0% 关注，2019年3月',
        '黄浦区 95.0% 良好，2019年3月',
        '浦东新区 54.0% 预警，2019年3月',
        '金山区 40.0% 预警，2019年3月',
        '闵行区 48.0% 预警，2019年3月',
        '奉贤区 45.0% 预警，2019年3月',
      ]);
      expect(root(element).querySelector('[part="summary"]')!.textContent).to.equal(
        '街面见警率，2019年3月，共 16 个地区。 良好 4 个，关注 7 个，预警 4 个，无数据或已隐去 1 个。 最高：黄浦区 95.0%；最低：金山区 40.0%。',
      );
      // Colour and a pattern: a warning tile is filled and dotted; a good one only filled.
      const paths = (name: string): string[] =>
        [...region(element, name).querySelectorAll('path')].map((path) => path.getAttribute('class') ?? '');
      expect(paths('普陀区')).to.deep.equal(['warning', 'mark']);
      expect(paths('黄浦区')).to.deep.equal(['good']);
      expect(paths('崇明区')).to.deep.equal(['none', 'mark']);
      expect(region(element, '崇明区').querySelector('.mark')!.getAttribute('fill')).to.equal('url(#map-none)');
      // Names and values with the status icon on the tiles (the icon hidden from the accessible tree).
      expect([...region(element, '浦东新区').querySelectorAll('text')].map((text) => text.textContent)).to.deep.equal([
        '浦东新区',
        '■ 54.0%',
      ]);
      expect(region(element, '浦东新区').querySelector('tspan')!.getAttribute('aria-hidden')).to.equal('true');
      expect(notes(element)).to.deep.equal(['数量过少，已隐去：崇明区']);
      expect(
        [...root(element).querySelectorAll('[part="legend"] li')].map((item) => item.textContent!.trim()),
      ).to.deep.equal(['● 良好', '▲ 关注', '■ 预警', '无数据或已隐去']);
    });

    it('marks values on a small sample on their tiles and regions, names them in a note and counts them', async () => {
      // 嘉定区 and 黄浦区 rest on 6 checks, below a minimum sample of 10.
      const small = (key: 0 | 1): ReturnType<typeof shanghaiReport> => {
        const report = shanghaiReport(key);
        const rows = report.rows.map((row, index) =>
          index === 0 || index === 11 ? { ...row, n: 6, flag: 'unstable' as const } : row,
        );
        return { ...report, indicator: { ...report.indicator, minSample: 10 }, rows };
      };
      const tileText = (element: IndicatorMap, name: string): string[] =>
        [...region(element, name).querySelectorAll('text')].map((text) => text.textContent!);
      const element = await map(html`<indicator-map .report=${small(0)}></indicator-map>`);
      expect(tileText(element, '嘉定区')).to.deep.equal(['嘉定区', '● 90.0%*']);
      expect(tileText(element, '宝山区')).to.deep.equal(['宝山区', '● 87.0%']);
      expect(names(element)[0]).to.equal('嘉定区 90.0%（样本小） 良好，2019年3月');
      expect(notes(element)).to.deep.equal(['* 样本较小，仅供参考：嘉定区、黄浦区', '数量过少，已隐去：崇明区']);
      expect(root(element).querySelector('[part="summary"]')!.textContent).to.equal(
        '街面见警率，2019年3月，共 16 个地区。 良好 4 个，关注 7 个，预警 4 个，无数据或已隐去 1 个。 最高：黄浦区 95.0%（样本小）；最低：金山区 40.0%。 15 个值中有 2 个样本小（不足 10 例），仅供参考。',
      );
      element.setAttribute('lang', 'en');
      await element.updateComplete;
      expect(notes(element)[0]).to.equal('* Small sample; indicative only: Jiading, Huangpu');
      expect(root(element).querySelector('[part="summary"]')!.textContent).to.match(
        / 2 of 15 values rest on a small sample \(fewer than 10 cases\): indicative only\.$/,
      );
      // On host geometry, the region's label carries the mark too.
      const shapes = await map(
        html`<indicator-map join-property="adcode" label-property="name" .geometry=${districtGeometry()} .report=${small(1)}></indicator-map>`,
      );
      await waitFor(() => regions(shapes).length === 16, 'the shapes were not drawn');
      expect([...regions(shapes)[0]!.querySelectorAll('text')].map((text) => text.textContent)).to.deep.equal([
        '嘉定区',
        '● 90.0%*',
      ]);
      expect(notes(shapes)[0]).to.equal('* 样本较小，仅供参考：嘉定区、黄浦区');
    });

    it('matches groups by GB/T 2260 code too, and names districts in English', async () => {
      const element = await map(html`<indicator-map lang="en" .report=${shanghaiReport(1)}></indicator-map>`);
      expect(names(element).slice(0, 3)).to.deep.equal([
        'Jiading 90.0% Good, Mar 2019',
        'Baoshan 87.0% Good, Mar 2019',
        'Chongming Too few records; withheld, Mar 2019',
      ]);
      expect([...region(element, 'Huangpu').querySelectorAll('text')].map((text) => text.textContent)).to.deep.equal([
        'Huangpu',
        '● 95.0%',
      ]);
      expect(notes(element)).to.deep.equal(['Too few records; withheld: Chongming']);
    });

    it('hatches and names regions without data, and names groups no region stands for', async () => {
      // 黄浦区, 徐汇区 and "=SUM(A1)" (no such district), 崇明区 and 静安区 withheld.
      const element = await map(html`<indicator-map .report=${districtReport()}></indicator-map>`);
      expect(notes(element)).to.deep.equal([
        '无数据：嘉定区、宝山区、青浦区、普陀区、虹口区、杨浦区、松江区、长宁区、浦东新区、金山区、闵行区、奉贤区',
        '数量过少，已隐去：崇明区、静安区',
        '地图上没有这些分组：=SUM(A1)',
      ]);
      expect(region(element, '嘉定区').getAttribute('aria-label')).to.equal('嘉定区 无数据，2019年3月');
      expect(region(element, '嘉定区').querySelector('.mark')!.getAttribute('fill')).to.equal('url(#map-none)');
    });

    it('a layout of its own (another city), and a layout that fails its check named in the widget', async () => {
      const layout = {
        label: { 'zh-CN': '某市', en: 'A city' },
        tiles: [
          { name: '黄浦区', x: 0, y: 0 },
          { name: '徐汇区', x: 1, y: 0 },
        ],
      };
      const element = await map(html`<indicator-map .layout=${layout} .report=${districtReport()}></indicator-map>`);
      expect(regions(element)).to.have.length(2);
      let detail: { code: string; message: string } | undefined;
      const errors = await pageErrors(async () => {
        const bad = document.createElement('indicator-map') as IndicatorMap;
        bad.addEventListener('lg-error', (event) => void (detail = event.detail));
        bad.layout = {
          tiles: [
            { name: 'a', x: 0, y: 0 },
            { name: 'b', x: 0, y: 0 },
            { name: 'a', x: 1.5, y: 0 },
          ],
        };
        bad.report = districtReport();
        document.body.append(bad);
        // A host's layout is checked by the geometry code, loaded on first use.
        await waitFor(() => alert(bad) !== '', 'the layout was not checked');
        expect(alert(bad)).to.equal(
          '地图的地区数据无效tiles[1]: 图块应有名称（name）和 0 至 63 的整数位置（x、y），且不与其他图块重叠：[0, 0]\ntiles[2]: 图块应有名称（name）和 0 至 63 的整数位置（x、y），且不与其他图块重叠：object',
        );
        bad.remove();
      });
      expect(errors).to.deep.equal([]);
      expect(detail?.code).to.equal('invalid_geometry');
    });
  });

  describe('tile labels at a narrow width', () => {
    /** Each label line's box against its tile's, in px: how far it runs past the tile (≤ 0 inside). */
    const overflows = (element: IndicatorMap): { label: string; past: number }[] =>
      regions(element).flatMap((region) => {
        const tile = region.querySelector('path')!.getBoundingClientRect();
        return [...region.querySelectorAll('text')].map((text) => {
          const box = text.getBoundingClientRect();
          const past = Math.max(
            tile.left - box.left,
            box.right - tile.right,
            tile.top - box.top,
            box.bottom - tile.bottom,
          );
          return { label: text.textContent!, past };
        });
      });

    it('at 300 px every name and value lies inside its tile, in zh-CN and en', async () => {
      for (const lang of ['zh-CN', 'en']) {
        for (const report of [shanghaiReport(), districtReport()]) {
          const element = await map(
            html`<indicator-map lang=${lang} style="width: 300px" .report=${report}></indicator-map>`,
          );
          const lines = overflows(element);
          expect(lines.length, lang).to.be.at.least(32);
          expect(
            lines.filter((line) => line.past > 0),
            lang,
          ).to.deep.equal([]);
        }
      }
    });
  });

  describe('tile labels with their halo', () => {
    it('keeps "● 100.0%*" and each name, halo included, clear of its tile\'s edges, in en and zh-CN', async () => {
      // Every district at 100% on a small sample: the widest value line a percentage gives.
      const full = shanghaiReport();
      const report = {
        ...full,
        indicator: { ...full.indicator, minSample: 10 },
        rows: full.rows.map((row) =>
          row.value === null
            ? row
            : {
                ...row,
                value: 1,
                numerator: 6,
                denominator: 6,
                status: 'good' as const,
                n: 6,
                flag: 'unstable' as const,
              },
        ),
      };
      for (const lang of ['en', 'zh-CN']) {
        const element = await map(html`<indicator-map lang=${lang} .report=${report}></indicator-map>`);
        // In tile units (the grid's viewBox): the glyphs as drawn in this browser's font, and the
        // halo around them (3, or 7 over a pattern: a withheld value's hatching).
        const lines = regions(element).flatMap((region) =>
          [...region.querySelectorAll('text')].map((text) => ({
            label: text.textContent!,
            width: text.getBBox().width + parseFloat(getComputedStyle(text).strokeWidth),
          })),
        );
        expect(lines.filter((line) => line.label === '● 100.0%*').length, lang).to.be.at.least(10);
        // A tile is 62 units wide. The widget steps a line down by an estimate (Noto Sans CJK's
        // widths) until it and a 7-unit halo take at most 58; a font up to 6 % wider still leaves 1
        // unit clear at each edge. ("● 100.0%*" took 58.1 at 10 px, Chongming's 64.3 overflowed.)
        expect(
          lines.filter((line) => line.width > 60).map((line) => `${line.label}: ${line.width.toFixed(1)}`),
          lang,
        ).to.deep.equal([]);
        expect(
          lines.filter((line) => line.label === '● 100.0%*' && line.width > 56).map((line) => line.width.toFixed(1)),
          lang,
        ).to.deep.equal([]);
      }
    });
  });

  describe('keyboard and selection', () => {
    it('one tab stop; arrow keys move to the neighbouring tile in that direction, Home and End to the first and last', async () => {
      const element = await map(html`<indicator-map .report=${shanghaiReport()}></indicator-map>`);
      expect(regions(element).filter((item) => item.getAttribute('tabindex') === '0')).to.have.length(1);
      regions(element)[0]!.focus();
      const moves: [string, string][] = [
        ['ArrowRight', '宝山区'],
        ['ArrowRight', '崇明区'],
        ['ArrowDown', '虹口区'],
        ['ArrowDown', '黄浦区'],
        ['ArrowRight', '浦东新区'],
        // Nothing further east: the focus stays.
        ['ArrowRight', '浦东新区'],
        ['ArrowLeft', '黄浦区'],
        ['ArrowLeft', '徐汇区'],
        ['ArrowDown', '闵行区'],
        ['ArrowRight', '奉贤区'],
        ['ArrowUp', '黄浦区'],
        ['Home', '嘉定区'],
        ['ArrowDown', '普陀区'],
        ['ArrowLeft', '青浦区'],
        ['ArrowDown', '松江区'],
        ['ArrowDown', '金山区'],
        ['End', '奉贤区'],
      ];
      for (const [key, name] of moves) {
        await sendKeys({ press: key });
        await element.updateComplete;
        expect(focused(element), `${key} → ${name}`).to.match(new RegExp(`^${name} `));
      }
      expect(regions(element).filter((item) => item.getAttribute('tabindex') === '0')).to.have.length(1);
    });

    it('Enter fires lg-select with the same detail as the bars, and outlines the selection; a click too', async () => {
      const element = await map(html`<indicator-map .report=${shanghaiReport()}></indicator-map>`);
      regions(element)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      const event = oneEvent(element, 'lg-select');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail).to.deep.equal({
        indicator: 'street_visibility_rate',
        period: '2019-03',
        group: { district: '宝山区' },
        label: '宝山区',
        value: 0.87,
      });
      await element.updateComplete;
      expect(element.getAttribute('selected')).to.equal('宝山区');
      expect(region(element, '宝山区').getAttribute('aria-pressed')).to.equal('true');
      expect(getComputedStyle(region(element, '宝山区').querySelector('path')!).strokeWidth).to.equal('2.5px');
      const clicked = oneEvent(element, 'lg-select');
      region(element, '崇明区').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect((await clicked).detail).to.deep.include({ group: { district: '崇明区' }, value: null });
    });

    it('selecting a district the Report has no row for still says which, with no value', async () => {
      const element = await map(html`<indicator-map .report=${districtReport()}></indicator-map>`);
      const event = oneEvent(element, 'lg-select');
      region(element, '嘉定区').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect((await event).detail).to.deep.equal({
        indicator: 'street_visibility_rate',
        period: '2019-03',
        group: { district: '嘉定区' },
        label: '嘉定区',
        value: null,
      });
    });
  });

  describe('host geometry', () => {
    it('draws GeoJSON features joined by a property, labelled by another, north up; arrows follow the shapes', async () => {
      const element = await map(
        html`<indicator-map join-property="adcode" label-property="name" .geometry=${districtGeometry()} .report=${shanghaiReport(1)}></indicator-map>`,
      );
      await waitFor(() => regions(element).length === 16, 'the shapes were not drawn');
      // The grid's cells row by row: 嘉定区 (north-west) first.
      expect(names(element)[0]).to.equal('嘉定区 90.0% 良好，2019年3月');
      for (const item of regions(element))
        expect(item.querySelector('path')!.getAttribute('d')).to.match(/^M[\d. LZM]+Z$/);
      regions(element)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(element)).to.match(/^宝山区 /);
      await sendKeys({ press: 'ArrowDown' });
      // The grid is 4 wide: 静安区 is below 宝山区.
      expect(focused(element)).to.match(/^静安区 /);
      const event = oneEvent(element, 'lg-select');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail.group).to.deep.equal({ district: '310106' });
    });

    it('loads geometry from geometry-src, and draws TopoJSON', async () => {
      const element = await map(
        html`<indicator-map geometry-src=${apiUrl(districtGeometry(2))} .report=${shanghaiReport()}></indicator-map>`,
      );
      await waitFor(() => regions(element).length === 16, 'the GeoJSON did not load');
      const topology = {
        type: 'Topology',
        arcs: [
          [
            [121.4, 31.2],
            [121.5, 31.2],
            [121.5, 31.3],
            [121.4, 31.3],
            [121.4, 31.2],
          ],
        ],
        objects: {
          d: {
            type: 'GeometryCollection',
            geometries: [{ type: 'Polygon', arcs: [[0]], properties: { name: '黄浦区' } }],
          },
        },
      };
      const topo = await map(html`<indicator-map .geometry=${topology} .report=${shanghaiReport()}></indicator-map>`);
      await waitFor(() => regions(topo).length === 1, 'the TopoJSON was not drawn');
      expect(names(topo)).to.deep.equal(['黄浦区 95.0% 良好，2019年3月']);
      expect(notes(topo)[0]).to.match(/^地图上没有这些分组：嘉定区、宝山区/);
    });

    it('color="quantile" and "equal": five classes of value with their ranges in the legend', async () => {
      const element = await map(html`<indicator-map color="quantile" .report=${shanghaiReport()}></indicator-map>`);
      const classes = (): string[] =>
        regions(element).map((item) => item.querySelector('path')!.getAttribute('class')!);
      const counts = (): Record<string, number> =>
        classes().reduce<Record<string, number>>((all, name) => ({ ...all, [name]: (all[name] ?? 0) + 1 }), {});
      // Quantiles of the 15 values at 1/5 … 4/5: 52.8%, 64.8%, 73.2%, 82.2%.
      expect(counts()).to.deep.equal({ c0: 3, c1: 3, c2: 3, c3: 3, c4: 3, none: 1 });
      const legend = (): string[] =>
        [...root(element).querySelectorAll('[part="legend"] li')].map((item) => item.textContent!.trim());
      expect(legend()).to.have.length(6);
      expect(legend()[0]).to.equal('40.0% – 52.8%');
      element.color = 'equal';
      await element.updateComplete;
      // 40% to 95% in five steps of 11 points.
      expect(legend().slice(0, 5)).to.deep.equal([
        '40.0% – 51.0%',
        '51.0% – 62.0%',
        '62.0% – 73.0%',
        '73.0% – 84.0%',
        '84.0% – 95.0%',
      ]);
      expect(counts()).to.deep.equal({ c0: 3, c1: 2, c2: 4, c3: 3, c4: 3, none: 1 });
    });
  });

  describe('drill-down', () => {
    const answers = (): Record<string, unknown> => ({
      '/drill/黄浦区.json': streetReport('黄浦区'),
      '/drill/黄浦区.geo.json': streetGeometry('黄浦区'),
      '/drill/徐汇区.json': 404,
    });

    it('Enter opens the district: breadcrumbs announced, its streets on their geometry, then back to the district', async () => {
      const fake = fakeFetch(answers());
      try {
        const element = await map(
          html`<indicator-map drill-src="/drill/{group}.json" drill-geometry-src="/drill/{group}.geo.json" .report=${shanghaiReport()}></indicator-map>`,
        );
        region(element, '黄浦区').focus();
        fake.hold = true;
        await sendKeys({ press: 'Enter' });
        await element.updateComplete;
        const live = (): string => root(element).querySelector('[aria-live="polite"]:not([role])')!.textContent!;
        expect(live()).to.equal('正在显示黄浦区');
        expect([...root(element).querySelectorAll('nav li')].map((item) => item.textContent!.trim())).to.deep.equal([
          '← 上海市',
          '黄浦区',
        ]);
        expect(root(element).querySelector('nav li[aria-current="location"]')!.textContent).to.equal('黄浦区');
        expect(root(element).querySelector('.state[role="status"]')!.textContent).to.equal('正在加载……');
        await expect(element).to.be.accessible();
        fake.hold = false;
        fake.release();
        await waitFor(() => regions(element).length === 6, 'the streets were not drawn');
        await waitFor(() => focused(element) !== undefined, 'the focus did not move to the streets');
        expect(focused(element)).to.equal(`${streetNames('黄浦区')[0]} 50.0% 预警，2019年3月`);
        const selected = oneEvent(element, 'lg-select');
        await sendKeys({ press: 'ArrowRight' });
        await sendKeys({ press: 'Enter' });
        expect((await selected).detail).to.deep.include({ group: { street: '黄浦区第2街道' }, value: 0.58 });
        await expect(element).to.be.accessible();
        (root(element).querySelector('[part="back"]') as HTMLButtonElement).click();
        await element.updateComplete;
        expect(root(element).querySelector('nav')).to.equal(null);
        expect(live()).to.equal('正在显示上海市');
        await waitFor(() => focused(element) !== undefined, 'the focus did not come back');
        expect(focused(element)).to.match(/^黄浦区 /);
        expect(regions(element)).to.have.length(16);
      } finally {
        fake.restore();
      }
    });

    it('without drill-geometry-src the streets are tiles; a level that fails to load is an alert with the way back', async () => {
      const fake = fakeFetch(answers());
      try {
        const element = await map(
          html`<indicator-map lang="en" drill-src="/drill/{group}.json" .report=${shanghaiReport()}></indicator-map>`,
        );
        region(element, 'Huangpu').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await waitFor(() => regions(element).length === 6, 'the streets were not drawn');
        expect(root(element).querySelector('svg.tiles')).not.to.equal(null);
        (root(element).querySelector('[part="back"]') as HTMLButtonElement).click();
        await element.updateComplete;
        const errors = await pageErrors(async () => {
          region(element, 'Xuhui').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          await waitFor(() => alert(element) !== '', 'no alert for the missing level');
        });
        expect(errors).to.deep.equal([]);
        expect(alert(element)).to.contain('HTTP 404');
        await waitFor(
          () => root(element).activeElement?.getAttribute('part') === 'back',
          'the way back was not focused',
        );
        await expect(element).to.be.accessible();
      } finally {
        fake.restore();
      }
    });
  });

  describe('bad geometry: an alert in the widget naming each place, lg-error, nothing on the page', () => {
    const cases: [string, () => unknown, string, string][] = [
      [
        'a LineString where a region should be',
        () => ({
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: { name: 'a' },
              geometry: {
                type: 'LineString',
                coordinates: [
                  [0, 0],
                  [1, 1],
                ],
              },
            },
          ],
        }),
        'zh-CN',
        'features[0].geometry: 不是面（应为 Polygon 或 MultiPolygon）：LineString',
      ],
      [
        'non-numeric and non-finite coordinates',
        () => {
          const geometry = districtGeometry(2);
          geometry.features[1]!.geometry.coordinates[0]![2] = ['121.5' as unknown as number, 31];
          geometry.features[3]!.geometry.coordinates[0]![1] = [NaN, 31];
          return geometry;
        },
        'en',
        'features[1].geometry.coordinates[0][2]: coordinates not finite numbers: [121.5, 31]\nfeatures[3].geometry.coordinates[0][1]: coordinates not finite numbers: [NaN, 31]',
      ],
      [
        'an unclosed ring',
        () => {
          const geometry = districtGeometry(2);
          geometry.features[2]!.geometry.coordinates[0]!.pop();
          return geometry;
        },
        'en',
        'features[2].geometry.coordinates[0]: ring not closed (its last position must be its first)',
      ],
      [
        'a join property the features lack',
        () => districtGeometry(2),
        'zh-CN',
        'features[0].properties: 缺少关联属性，现有属性："code"; name, adcode',
      ],
    ];
    for (const [name, geometry, lang, detail] of cases)
      it(name, async () => {
        let event: { code: string; message: string; source: string } | undefined;
        let element!: IndicatorMap;
        const errors = await pageErrors(async () => {
          element = document.createElement('indicator-map') as IndicatorMap;
          element.lang = lang;
          if (name.startsWith('a join')) element.setAttribute('join-property', 'code');
          element.addEventListener('lg-error', (error) => void (event = error.detail));
          element.geometry = geometry();
          element.report = shanghaiReport();
          document.body.append(element);
          await waitFor(() => alert(element) !== '', 'no alert');
        });
        expect(errors).to.deep.equal([]);
        const lines = detail.split('\n');
        expect(
          root(element).querySelector('[role="alert"] small')!.textContent!.split('\n').slice(0, lines.length),
        ).to.deep.equal(lines);
        expect(event?.code).to.equal('invalid_geometry');
        expect(event?.source).to.equal('property');
        expect(root(element).querySelector('[style]')).to.equal(null);
        await expect(element).to.be.accessible();
        element.remove();
      });

    it('geometry that throws when read, and geometry-src that fails, stay inside the widget', async () => {
      const trap = (): never => {
        throw new Error('trap sprung');
      };
      const errors = await pageErrors(async () => {
        const element = document.createElement('indicator-map') as IndicatorMap;
        element.geometry = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap });
        element.report = shanghaiReport();
        document.body.append(element);
        await waitFor(() => alert(element) !== '', 'no alert for the Proxy');
        expect(alert(element)).to.contain('trap sprung');
        const missing = document.createElement('indicator-map') as IndicatorMap;
        missing.geometrySrc = apiUrl('nope', { status: 404 });
        missing.report = shanghaiReport();
        document.body.append(missing);
        await waitFor(() => alert(missing) !== '', 'no alert for the 404');
        expect(alert(missing)).to.contain('HTTP 404');
        element.remove();
        missing.remove();
      });
      expect(errors).to.deep.equal([]);
    });
  });

  describe('accessibility', () => {
    it('passes axe as tiles, as a table, as shapes and as classes, in both languages and themes', async () => {
      for (const [lang, theme] of [
        ['zh-CN', 'light'],
        ['en', 'dark'],
      ]) {
        const element = await map(
          html`<indicator-map lang=${lang} theme=${theme} selected="黄浦区" .report=${shanghaiReport()}></indicator-map>`,
        );
        await expect(element).to.be.accessible();
        (root(element).querySelector('[part="toggle"]') as HTMLButtonElement).click();
        await element.updateComplete;
        expect(root(element).querySelector('table')).not.to.equal(null);
        await expect(element).to.be.accessible();
        const shapes = await map(
          html`<indicator-map lang=${lang} theme=${theme} color="quantile" .geometry=${districtGeometry()} .report=${shanghaiReport()}></indicator-map>`,
        );
        await waitFor(() => regions(shapes).length === 16, 'no shapes');
        await expect(shapes).to.be.accessible();
      }
    });

    /** WCAG contrast of two computed colours, `rgb(r, g, b)`. */
    const contrast = (a: string, b: string): number => {
      const luminance = (colour: string): number => {
        const [r, g, b] = colour
          .match(/[\d.]+/g)!
          .slice(0, 3)
          .map((channel) => Number(channel) / 255)
          .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (high! + 0.05) / (low! + 0.05);
    };

    /**
     * Each label over a pattern (hatching for no value, dots, cross-hatching) stands on a halo of the
     * background: painted under the text, in the background colour (Canvas in forced colours), at
     * least 3 units (half the 6-unit pattern tile) and 2 CSS px on screen beyond each glyph, with the
     * text at 4.5:1 or more against it. A 3-unit-wide stroke (1.5 beyond each glyph) let the
     * hatching run up to the letters and through the dash of a region without a value.
     */
    const checkBackdrops = async (element: IndicatorMap, background: string): Promise<number> => {
      let labels = 0;
      for (const item of regions(element)) {
        if (item.querySelector('.mark') === null) continue;
        for (const text of item.querySelectorAll('text')) {
          const style = getComputedStyle(text);
          const label = `${text.textContent} (${item.getAttribute('aria-label')})`;
          expect(style.paintOrder.split(' ')[0], label).to.equal('stroke');
          expect(style.stroke, label).to.equal(background);
          const reach = parseFloat(style.strokeWidth) / 2;
          expect(reach, label).to.be.at.least(3);
          expect(reach * text.getScreenCTM()!.a, `${label} on screen`).to.be.at.least(2);
          expect(contrast(style.fill, style.stroke), label).to.be.at.least(4.5);
          labels++;
        }
      }
      return labels;
    };

    it('labels over hatching and patterns stand on a backdrop of the background, in both themes and languages', async () => {
      for (const [lang, theme] of [
        ['zh-CN', 'light'],
        ['en', 'dark'],
        ['en', 'light'],
        ['zh-CN', 'dark'],
      ]) {
        const tiles = await map(
          html`<indicator-map lang=${lang} theme=${theme} style="width: 960px" .report=${districtReport()}></indicator-map>`,
        );
        const background = getComputedStyle(tiles).backgroundColor;
        // Fourteen districts hatched (twelve without data, 崇明区 and 静安区 withheld), 徐汇区 dotted (to
        // watch): two lines each.
        expect(await checkBackdrops(tiles, background), `${lang} ${theme} tiles`).to.equal(30);
        const shapes = await map(
          html`<indicator-map lang=${lang} theme=${theme} .geometry=${districtGeometry()} .report=${shanghaiReport()}></indicator-map>`,
        );
        await waitFor(() => regions(shapes).length === 16, 'no shapes');
        expect(await checkBackdrops(shapes, background), `${lang} ${theme} shapes`).to.be.above(0);
      }
    });

    it('forced colours: the labels over patterns keep their backdrop, in Canvas behind CanvasText', async () => {
      await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
      try {
        const element = await map(html`<indicator-map lang="en" .report=${districtReport()}></indicator-map>`);
        expect(await checkBackdrops(element, getComputedStyle(element).backgroundColor)).to.equal(30);
      } finally {
        await executeServerCommand('emulate-media-features', []);
      }
    });

    it('forced colours: regions in system colours, told apart by patterns, icons and words; axe passes', async () => {
      await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
      try {
        const element = await map(html`<indicator-map .report=${shanghaiReport()}></indicator-map>`);
        const fill = getComputedStyle(region(element, '普陀区').querySelector('path')!).fill;
        const canvas = getComputedStyle(element).backgroundColor;
        expect(fill).to.equal(canvas);
        expect(region(element, '普陀区').querySelector('.mark')).not.to.equal(null);
        await expect(element).to.be.accessible();
      } finally {
        await executeServerCommand('emulate-media-features', []);
      }
    });
  });

  describe('export', () => {
    it("exportCsv() writes the level's numbers", async () => {
      const element = await map(html`<indicator-map lang="en" .report=${shanghaiReport()}></indicator-map>`);
      expect(element.exportCsv()).to.contain('Mar 2019,黄浦区,0.95,');
      expect(DISTRICTS).to.have.length(16);
    });
  });

  describe('parts', () => {
    sharedParts(underTest);
  });

  describe('states', () => {
    sharedStates(underTest);
  });

  describe('input failures', () => {
    inputFailures({ ...underTest, schema: 'lawgauge/report@1' });
  });
});
