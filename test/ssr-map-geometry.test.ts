// A map of host geometry rendered in Node: geometry given as the `geometry` property is drawn in
// the one pass lawgauge/ssr renders (regions, not "loading"), and a join that matches nothing is
// the map's error, in the render's language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LawGaugeError } from '../src/index.js';

/** lawgauge/ssr as the tests use it; imported through a variable so the core's typecheck (no DOM) does not follow it into the widgets. */
interface SsrEntry {
  renderWidgetHtml(widget: string, data: unknown, options: Record<string, unknown>): Promise<string>;
  renderWidgetSvg(widget: string, data: unknown, options: Record<string, unknown>): Promise<string>;
  renderDashboardHtml(config: unknown, data: unknown, options: Record<string, unknown>): Promise<string>;
  renderDashboardSvg(config: unknown, data: unknown, options: Record<string, unknown>): Promise<string>;
}
const SSR_ENTRY = '../widgets/ssr/index.js';
const ssr = (await import(SSR_ENTRY)) as SsrEntry;
const REPORT = JSON.parse(readFileSync('examples/dashboard/reports/street-visibility-2019.json', 'utf8')) as unknown;
const GEOMETRY = JSON.parse(readFileSync('examples/map/geo/districts.json', 'utf8')) as {
  features: { properties: { name: string } }[];
};

describe('lawgauge/ssr: a map of host geometry', () => {
  it('draws the regions of geometry given as a property', async () => {
    const options = { lang: 'en', attributes: { 'join-property': 'name' }, properties: { geometry: GEOMETRY } };
    const html = await ssr.renderWidgetHtml('indicator-map', REPORT, options);
    expect(html).not.toMatch(/Loading|aria-busy="true"/);
    const regions = [...html.matchAll(/class="region"[^>]*>(?:\s|<!--[^>]*-->)*<path class="\w+" d="([^"]+)"/g)];
    expect(regions).toHaveLength(GEOMETRY.features.length);
    expect(regions[0]![0]).toContain(`aria-label="${GEOMETRY.features[0]!.properties.name} `);
    // The image has the same outlines.
    const svg = await ssr.renderWidgetSvg('indicator-map', REPORT, options);
    for (const [, outline] of regions) expect(svg).toContain(outline!.slice(0, 40));
  });
  it('gives the labels over a pattern their wide halo in the image too (the sibling combinator of .mark ~ text)', async () => {
    const svg = await ssr.renderWidgetSvg('indicator-map', REPORT, { lang: 'en' });
    const labels = [
      ...svg.matchAll(
        /<g[^>]*>\s*<path[^>]*><\/path>\s*(<path[^>]*fill="url\(#map-\w+\)"[^>]*><\/path>)?\s*<text[^>]*stroke-width="([\d.]+)px"/g,
      ),
    ].map(([, mark, width]) => ({ marked: mark !== undefined, width: Number(width) }));
    expect(labels).toHaveLength(16);
    expect(labels.filter((label) => label.marked).length).toBeGreaterThan(0);
    expect(labels.filter((label) => !label.marked).length).toBeGreaterThan(0);
    for (const { marked, width } of labels) expect(width).toBe(marked ? 7 : 3);
  });

  it('shows the error of a join-property no feature has', async () => {
    const html = await ssr.renderWidgetHtml('indicator-map', REPORT, {
      lang: 'en',
      attributes: { 'join-property': 'nope' },
      properties: { geometry: GEOMETRY },
    });
    expect(html).not.toContain('Loading');
    expect(html).toContain('The map regions are not valid');
    expect(html).toContain('features[0].properties: no join property');
  });

  it("refuses a dashboard map panel whose geometry is not given: a LawGaugeError saying what to pass, in the render's language", async () => {
    const map = {
      widget: 'indicator-map',
      src: 'r.json',
      options: { 'geometry-src': 'geo/districts.json', 'join-property': 'name' },
    };
    const config = {
      version: 1,
      title: { 'zh-CN': '地图', en: 'Maps' },
      sections: [
        { title: { 'zh-CN': '一', en: 'One' }, panels: [{ widget: 'indicator-card', src: 'r.json' }, map] },
        {
          title: { 'zh-CN': '二', en: 'Two' },
          panels: [{ ...map, options: { ...map.options, 'geometry-src': 'geo/towns.json' } }],
        },
      ],
    };
    const data = [[REPORT, REPORT], [REPORT]];
    for (const render of [ssr.renderDashboardHtml, ssr.renderDashboardSvg]) {
      const en = (await render(config, data, { lang: 'en' }).catch((error: unknown) => error)) as LawGaugeError;
      expect(en).toBeInstanceOf(LawGaugeError);
      expect(en.code).toBe('invalid_argument');
      // Every such panel at once, each by its place and its geometry-src, with what to pass.
      expect(en.issues.map((issue) => issue.path)).toEqual([['geo/districts.json'], ['geo/towns.json']]);
      expect(en.message).toContain(
        'options.geometry["geo/districts.json"]: the map panel sections[0].panels[1] has "geometry-src": "geo/districts.json", but options.geometry has no geometry for it.',
      );
      expect(en.message).toContain(
        'keyed by the panel\'s geometry-src, e.g. { geometry: { "geo/towns.json": JSON.parse(',
      );
      const zh = (await render(config, data, { lang: 'zh-CN', geometry: { 'geo/districts.json': GEOMETRY } }).catch(
        (error: unknown) => error,
      )) as LawGaugeError;
      expect(zh.issues).toHaveLength(1);
      expect(zh.message).toContain(
        'options.geometry["geo/towns.json"]: 地图面板 sections[1].panels[0] 的 "geometry-src" 为 "geo/towns.json"',
      );
      expect(zh.message).toContain('以面板的 geometry-src 为键传入 options.geometry');
      // Given, each map draws its regions.
      const geometry = { 'geo/districts.json': GEOMETRY, 'geo/towns.json': GEOMETRY };
      const drawn = await render(config, data, { lang: 'en', geometry });
      expect(drawn).not.toMatch(/Loading|The map regions are not valid/);
      // Each map's regions: long outlines, not only the short hatching of the status patterns.
      const outlines = drawn.match(/ d="M[\d.]+ [\d.]+L[^"]{80,}"/g) ?? [];
      expect(outlines.length).toBeGreaterThanOrEqual(2 * GEOMETRY.features.length);
    }
  });
});
