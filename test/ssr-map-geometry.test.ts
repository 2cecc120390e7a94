// A map of host geometry rendered in Node: geometry given as the `geometry` property is drawn in
// the one pass lawgauge/ssr renders (regions, not "loading"), and a join that matches nothing is
// the map's error, in the render's language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** lawgauge/ssr as the tests use it; imported through a variable so the core's typecheck (no DOM) does not follow it into the widgets. */
interface SsrEntry {
  renderWidgetHtml(widget: string, data: unknown, options: Record<string, unknown>): Promise<string>;
  renderWidgetSvg(widget: string, data: unknown, options: Record<string, unknown>): Promise<string>;
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
});
