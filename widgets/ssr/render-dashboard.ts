import { LawGaugeError, type Dashboard, type LawGaugeIssue, type Panel } from '../../src/index.js';
import { checkOptionKeys, type OptionKeys } from '../../src/internal.js';
import { dateLabel } from '../base/date-label.js';
import { NOTE_LINE, NOTE_SIZE } from '../base/export-kit.js';
import { wrap } from '../base/line-breaks.js';
import { themeStyles } from '../base/theme.styles.js';
import { withCjkFallbacks } from '../base/svg-snapshot.js';
import { DASHBOARD_MESSAGES } from '../lawgauge-dashboard/dashboard-messages.js';
import { WidgetStyles } from './css-rules.js';
import { renderWidgetView } from './render-widget-html.js';
import { estimatedWidth } from '../base/text-width.js';
import { renderWidgetSvg } from './render-widget-svg.js';
import type { RenderWidgetOptions, SsrData, SsrWidget } from './ssr-widgets.js';
import { withoutControls } from './static-html.js';
import { escapeMarkup } from './escape-markup.js';
import { SSR_MESSAGES } from './ssr-messages.js';

/*
 * A whole dashboard as one static page or one image, for email or print: its title, subtitle and
 * date, each section's heading and its panels in the dashboard's grid (columns at least 16rem
 * wide, panels spanning 1 to 3 of them, in config order), each panel the widget rendered by
 * lawgauge/ssr with the dashboard's language, theme and group names, and the notes given under
 * it (the data-quality lines). Nothing is interactive: no filter, no download menus.
 */

/** How a dashboard is rendered: the widgets' options, and the lines under it. */
export interface RenderDashboardOptions {
  /** `zh-CN` (default) or `en`: the dashboard's words and every panel's. */
  readonly lang?: 'zh-CN' | 'en';
  /** `light` (default) or `dark`, for the page and every panel. */
  readonly theme?: 'light' | 'dark';
  /** The page's content width in CSS pixels (default 1200). */
  readonly width?: number;
  /** Lines under the panels: where the numbers come from and how complete they are. */
  readonly notes?: readonly string[];
  /**
   * The host geometry (GeoJSON or TopoJSON) of map panels, by their `geometry-src` as the config
   * writes it: a render in Node fetches nothing, so a map panel with `geometry-src` draws the
   * geometry given here (or its error, e.g. a `join-property` no feature has). Required for
   * each such panel: a missing one throws a LawGaugeError naming the panel, in `lang`, e.g.
   * `{ geometry: { 'geo/districts.json': JSON.parse(readFileSync('dashboard/geo/districts.json', 'utf8')) } }`.
   */
  readonly geometry?: Readonly<Record<string, unknown>>;
}

/** The keys of {@link RenderDashboardOptions}: any other is refused, not ignored. */
const RENDER_DASHBOARD_OPTION_KEYS: OptionKeys<RenderDashboardOptions> = {
  lang: true,
  theme: true,
  width: true,
  notes: true,
  geometry: true,
};

/** The data of each panel, section by section in config order. */
export type DashboardData = readonly (readonly SsrData[])[];

const MIN_COLUMN = 256;
const GAP = 12;
const PAGE_MARGIN = 16;
const DEFAULT_WIDTH = 1200;

interface Placed {
  readonly panel: Panel;
  readonly data: SsrData;
  readonly column: number;
  readonly row: number;
  readonly width: number;
  readonly x: number;
}

/** The grid's columns at `width`, as `repeat(auto-fill, minmax(16rem, 1fr))` with the dashboard's gap makes them. */
function columnsAt(width: number): { count: number; size: number } {
  const count = Math.max(1, Math.floor((width + GAP) / (MIN_COLUMN + GAP)));
  return { count, size: (width - (count - 1) * GAP) / count };
}

/** A section's panels in rows, config order, a panel that does not fit a row's rest starting the next. */
function placePanels(panels: readonly Panel[], data: readonly SsrData[], width: number): Placed[] {
  const { count, size } = columnsAt(width);
  const placed: Placed[] = [];
  let row = 0;
  let column = 0;
  panels.forEach((panel, index) => {
    const span = Math.min(panel.span ?? 1, count);
    if (column + span > count) {
      row++;
      column = 0;
    }
    placed.push({
      panel,
      data: data[index]!,
      column,
      row,
      width: Math.floor(span * size + (span - 1) * GAP),
      x: Math.round(column * (size + GAP)),
    });
    column += span;
  });
  return placed;
}

/** A panel's widget options: the dashboard's language and theme, its own options, group names and annotations. */
function panelOptions(
  config: Dashboard,
  panel: Panel,
  width: number,
  options: RenderDashboardOptions,
): RenderWidgetOptions {
  const lang = options.lang ?? 'zh-CN';
  const properties: Record<string, unknown> = {};
  if (panel.widget !== 'reform-progress' && config.groupLabels !== undefined)
    properties.groupLabels = config.groupLabels;
  if (panel.widget === 'indicator-trend' && panel.annotations !== undefined)
    properties.annotations = panel.annotations.map((note) => ({ date: note.date, label: note.label[lang] }));
  const { 'geometry-src': geometrySrc, ...attributes } = panel.options ?? {};
  // Given, not fetched: the map draws it in the one pass of the render (checked by checkGeometry).
  if (geometrySrc !== undefined) properties.geometry = options.geometry![geometrySrc];
  return {
    lang,
    ...(options.theme === undefined ? {} : { theme: options.theme }),
    width,
    attributes: { ...attributes, 'no-export': '' },
    properties,
  };
}

/**
 * Every map panel's `geometry-src` has its geometry in `options.geometry`, before anything is
 * drawn. A render in Node reads no file and fetches nothing (as for the panels' Reports, which are
 * given too), so a missing one is the caller's to give: one LawGaugeError (`invalid_argument`)
 * naming each such panel and its `geometry-src`, in `options.lang`, with what to pass.
 */
function checkGeometry(config: Dashboard, options: RenderDashboardOptions): void {
  const m = SSR_MESSAGES[options.lang ?? 'zh-CN'];
  const given = options.geometry ?? {};
  const issues: LawGaugeIssue[] = [];
  config.sections.forEach((section, sectionIndex) =>
    section.panels.forEach((panel, panelIndex) => {
      const source = panel.options?.['geometry-src'];
      if (source === undefined || Object.hasOwn(given, source)) return;
      const message = m.missingGeometry(`sections[${sectionIndex}].panels[${panelIndex}]`, source);
      issues.push({ code: 'invalid_argument', path: [source], message, params: { detail: message } });
    }),
  );
  if (issues.length > 0) throw new LawGaugeError('invalid_argument', 'options.geometry', issues);
}

/** The line under the title: the subtitle and the date the data stops, in the dashboard's words. */
function subtitle(config: Dashboard, lang: 'zh-CN' | 'en'): string {
  const parts = [
    config.subtitle?.[lang],
    config.asOf === undefined ? undefined : DASHBOARD_MESSAGES[lang].asOf(dateLabel(config.asOf, lang)),
  ];
  return parts.filter((part) => part !== undefined && part !== '').join(' · ');
}

/** The options' language, width and theme colours, with their defaults. */
function pageSettings(options: RenderDashboardOptions): {
  lang: NonNullable<RenderDashboardOptions['lang']>;
  width: number;
  theme: ReturnType<typeof pageTheme>;
} {
  return {
    lang: options.lang ?? 'zh-CN',
    width: options.width ?? DEFAULT_WIDTH,
    theme: pageTheme(options.theme ?? 'light'),
  };
}

/** The theme's colours and font, from the widgets' own theme. */
function pageTheme(theme: 'light' | 'dark'): { bg: string; fg: string; muted: string; font: string } {
  const host = new WidgetStyles(themeStyles.cssText, theme).host;
  return {
    bg: host.get('--lg-bg') ?? '#ffffff',
    fg: host.get('--lg-fg') ?? '#1f2328',
    muted: host.get('--lg-muted') ?? '#57606a',
    font: withCjkFallbacks(host.get('--lg-font') ?? 'sans-serif'),
  };
}

/**
 * The dashboard `config` as one static HTML page: each panel rendered with declarative shadow DOM
 * (it shows with no script, in a mail client or a printed page; no Report is embedded, as no script
 * takes it over), in the dashboard's grid at `options.width`, and `options.notes` under it. No
 * control is left in it (withoutControls): with no script, none would do anything. The page's own
 * styles are a `<style>` element.
 */
export async function renderDashboardHtml(
  config: Dashboard,
  data: DashboardData,
  options: RenderDashboardOptions = {},
): Promise<string> {
  checkOptionKeys(options, RENDER_DASHBOARD_OPTION_KEYS);
  checkGeometry(config, options);
  const { lang, width, theme } = pageSettings(options);
  const { count } = columnsAt(width);
  const sections: string[] = [];
  for (const [index, section] of config.sections.entries()) {
    const panels: string[] = [];
    for (const placed of placePanels(section.panels, data[index] ?? [], width)) {
      const span = Math.min(placed.panel.span ?? 1, count);
      const element = await renderWidgetView(
        placed.panel.widget as SsrWidget,
        placed.data,
        panelOptions(config, placed.panel, placed.width, options),
      );
      panels.push(`<div class="panel${span > 1 ? ` span-${span}` : ''}">${withoutControls(element)}</div>`);
    }
    sections.push(
      `<section><h2>${escapeMarkup(section.title[lang])}</h2><div class="grid">${panels.join('\n')}</div></section>`,
    );
  }
  const line = subtitle(config, lang);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeMarkup(config.title[lang])}</title>
<style>
body { margin: ${PAGE_MARGIN}px; background: ${theme.bg}; color: ${theme.fg}; font-family: ${theme.font}; }
main { max-width: ${width}px; }
h1 { margin: 0 0 0.25rem; font-size: 1.5rem; }
header p, .notes { margin: 0 0 0.75rem; color: ${theme.muted}; }
h2 { margin: 1.25rem 0 0.5rem; font-size: 1.15rem; }
.grid { display: grid; grid-template-columns: repeat(${count}, 1fr); gap: ${GAP}px; align-items: start; }
.span-2 { grid-column: span 2; }
.span-3 { grid-column: span 3; }
.notes { margin-top: 1.25rem; font-size: 0.85rem; }
@media print { .panel { break-inside: avoid; } }
</style>
</head>
<body>
<main>
<header><h1>${escapeMarkup(config.title[lang])}</h1>${line === '' ? '' : `<p>${escapeMarkup(line)}</p>`}</header>
${sections.join('\n')}
${(options.notes ?? []).length === 0 ? '' : `<div class="notes">${(options.notes ?? []).map((note) => `<p>${escapeMarkup(note)}</p>`).join('')}</div>`}
</main>
</body>
</html>
`;
}

/**
 * The dashboard `config` as one self-contained SVG image: the title and date, each section's
 * heading and its panels (each the SVG `renderWidgetSvg` draws) in the grid, `options.notes`
 * under it; its title as `<title>`, the notes as `<desc>`.
 */
export async function renderDashboardSvg(
  config: Dashboard,
  data: DashboardData,
  options: RenderDashboardOptions = {},
): Promise<string> {
  checkOptionKeys(options, RENDER_DASHBOARD_OPTION_KEYS);
  checkGeometry(config, options);
  const { lang, width, theme } = pageSettings(options);
  const parts: string[] = [];
  let top = PAGE_MARGIN;
  const text = (content: string, size: number, fill: string, weight?: number): void => {
    parts.push(
      `<text x="${PAGE_MARGIN}" y="${Math.round(top + size)}" font-size="${size}" fill="${fill}"${weight === undefined ? '' : ` font-weight="${weight}"`}>${escapeMarkup(content)}</text>`,
    );
    top += Math.round(size * 1.5);
  };
  text(config.title[lang], 24, theme.fg, 700);
  const line = subtitle(config, lang);
  if (line !== '') text(line, 14, theme.muted);
  for (const [index, section] of config.sections.entries()) {
    top += 8;
    text(section.title[lang], 18, theme.fg, 700);
    const rows = new Map<number, number>();
    const placed = placePanels(section.panels, data[index] ?? [], width);
    const drawn = await Promise.all(
      placed.map((panel) =>
        renderWidgetSvg(
          panel.panel.widget as SsrWidget,
          panel.data,
          panelOptions(config, panel.panel, panel.width, options),
        ),
      ),
    );
    let rowTop = top;
    let row = 0;
    placed.forEach((panel, at) => {
      if (panel.row !== row) {
        rowTop += (rows.get(row) ?? 0) + GAP;
        row = panel.row;
      }
      const svg = drawn[at]!;
      const height = Number(/^<svg[^>]* height="([\d.]+)"/.exec(svg)?.[1] ?? 0);
      rows.set(row, Math.max(rows.get(row) ?? 0, height));
      parts.push(svg.replace(/^<svg /, `<svg x="${PAGE_MARGIN + panel.x}" y="${Math.round(rowTop)}" `));
    });
    top = rowTop + (rows.get(row) ?? 0) + GAP;
  }
  const notes = (options.notes ?? []).flatMap((note) =>
    wrap(note, width, { measureText: (piece: string) => ({ width: estimatedWidth(piece, NOTE_SIZE) }) }),
  );
  top += 8;
  for (const note of notes) {
    parts.push(
      `<text x="${PAGE_MARGIN}" y="${top + NOTE_LINE - 4}" font-size="${NOTE_SIZE}" fill="${theme.muted}">${escapeMarkup(note)}</text>`,
    );
    top += NOTE_LINE;
  }
  const total = Math.ceil(top + PAGE_MARGIN);
  const outer = width + 2 * PAGE_MARGIN;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${outer}" height="${total}" viewBox="0 0 ${outer} ${total}" role="img" aria-labelledby="lg-dashboard-title" aria-describedby="lg-dashboard-desc" lang="${lang}" font-family="${escapeMarkup(theme.font)}"><title id="lg-dashboard-title">${escapeMarkup(config.title[lang])}</title><desc id="lg-dashboard-desc">${escapeMarkup([line, ...(options.notes ?? [])].filter(Boolean).join('\n'))}</desc><rect width="${outer}" height="${total}" fill="${theme.bg}"/>${parts.join('')}</svg>`;
}
