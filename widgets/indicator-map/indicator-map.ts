import {
  html,
  nothing,
  svg,
  type PropertyDeclarations,
  type PropertyValues,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import { REPORT_SCHEMA_ID, TOTAL, type Report, type ReportRow, type Status } from '../../src/index.js';
import { formattedValue } from '../../src/internal.js';
import { chartStyles } from '../base/chart.styles.js';
import { ChartElement } from '../base/chart-element.js';
import { CHART_MESSAGES } from '../base/chart-messages.js';
import { controlStyles } from '../base/controls.styles.js';
import { exportRows } from '../base/csv-export.js';
import { dataTable } from '../base/data-table.js';
import { loadReport, validated, WidgetLoadError, type Detail } from '../base/load-report.js';
import type { WidgetErrorCode } from '../base/messages.js';
import { noPeriod } from '../base/not-found.js';
import { periodLabel, type PeriodsShown } from '../base/period-label.js';
import { rowSelection, unstableCount, valueMark, valueText } from '../base/report-text.js';
import { estimatedWidth } from '../base/text-width.js';
import { themeStyles } from '../base/theme.styles.js';
import { classBreaks, classOf, type Classing } from './class-breaks.js';
import type { GeoIssue } from './geo-issues.js';
import { geometryKit, loadedGeometryKit, type GeometryKit } from './geometry-kit.js';
import { mapStyles } from './indicator-map.styles.js';
import { MAP_MESSAGES } from './map-messages.js';
import { neighbour, readingOrder, type Direction } from './neighbour.js';
import type { Outline } from './project-shapes.js';
import type { Shape } from './read-geometry.js';
import { gridLayout, SHANGHAI_DISTRICTS, tileIndex, type Tile, type TileLayout } from './tile-layout.js';

const STATUS_ICON: Record<Status, string> = { good: '●', warning: '▲', bad: '■' };
/** A tile's side in the tile grid's own units; the grid is scaled to its width, text with it. */
const TILE = 64;
/** The widest a tile is drawn, in CSS pixels: 16 districts stay a compact block on a wide page. */
const MAX_TILE_PX = 88;
const DEFAULT_WIDTH = 480;
const PAD = 4;
/** The most height shapes are fitted to: three quarters of the width, from 200 to 600 px. */
const maxHeightFor = (width: number): number => Math.min(600, Math.max(200, Math.round(width * 0.75)));
/** Names a note lists before "… (n in all)". */
const LISTED = 12;

/** Something loaded or checked: geometry, a tile layout, a drill-down level's Report. */
type Loaded<T> =
  | { kind: 'loading' }
  | { kind: 'error'; code: WidgetErrorCode; detail: Detail; source: string }
  | { kind: 'ready'; value: T };

/** What a level's regions are drawn from: a tile grid, or host geometry. */
type Source = { tiles: TileLayout } | { shapes: Shape[] };

/** A region as drawn and read: its key (the group value or tile name), names, outline and Report row. */
interface Region {
  readonly key: string;
  /** On the map, in sentences and first in the accessible name (`黄浦区`, `Huangpu`). */
  readonly name: string;
  readonly outline: Outline;
  readonly row: ReportRow | undefined;
}

/** One level below the map: a region's street-level Report and geometry, loaded from the drill templates. */
interface Drill {
  readonly key: string;
  readonly name: string;
  report: Loaded<Report>;
  source: Loaded<Source> | undefined;
  selected: string | undefined;
  readonly controller: AbortController;
  /** The region opened, focused again on the way back. */
  readonly from: number;
}

/** A level as drawn: its regions, their tab order, and the SVG's coordinate system and size. */
interface Frame {
  readonly regions: Region[];
  readonly order: number[];
  readonly tiles: boolean;
  readonly viewWidth: number;
  readonly viewHeight: number;
  readonly width: number;
  readonly height: number;
}

/**
 * @tagname indicator-map
 * @summary One period of an indicator by region, on a tile grid of Shanghai's 16 districts or on the host's own geometry, with drill-down.
 *
 * With no geometry it draws a tile-grid cartogram: one equal tile per district of Shanghai, placed
 * so neighbours stay neighbours, matched to the Report's groups by name (`黄浦区`) or GB/T 2260
 * code (`310101`); the `layout` property gives another city's grid (JSON, see docs/widgets.md).
 * With `geometry-src` or the `geometry` property it draws the host's GeoJSON (RFC 7946) or
 * TopoJSON, joined to the groups by the feature property `join-property`, projected (Mercator)
 * and fitted to the width, detail finer than half a pixel left out. lawgauge ships no boundaries:
 * a map published in China needs an approved standard map (审图号), which the host supplies.
 *
 * Regions are coloured by status (with a pattern and an icon, and the word in the legend and the
 * accessible name) or, with `color="quantile"` or `"equal"`, by five classes of value in a
 * colour-blind-safe palette; a region without a value is hatched and named in a note, as are groups
 * the map has no region for. A text summary gives the counts per status and the highest and
 * lowest; "view as table" shows the numbers. Keyboard: one tab stop, arrow keys move to the
 * neighbouring region in that direction, Home / End, Enter or Space selects (`lg-select`), Escape
 * moves the focus to the map as a whole. With `drill-src`, selecting a region also opens its level below (a street-level Report,
 * and geometry from `drill-geometry-src`), with breadcrumbs and a way back, announced.
 *
 * @attr period - Period key to show; default the latest. One the Report lacks is named, with the periods it has.
 * @attr selected - Group value to highlight.
 * @attr color - `status` (default; a Report without thresholds is shown as `quantile`), `quantile` or `equal`.
 * @attr geometry-src - URL of GeoJSON or TopoJSON regions; without it (and without `geometry`), the tile grid.
 * @attr join-property - The feature property holding the group value (default `name`; else the feature's `id`).
 * @attr label-property - The feature property holding the region's name as shown (default: `join-property`).
 * @attr topology-object - Which object of a TopoJSON topology to draw (default: its first).
 * @attr drill-src - URL template of a region's level below: `{group}` becomes the group value, e.g. `reports/streets-{group}.json`.
 * @attr drill-geometry-src - URL template of that level's geometry; without it, its regions are drawn as a grid of tiles.
 * @attr src - URL of Report JSON.
 * @attr lang - `zh-CN` (default) or `en`; inherited from ancestors.
 * @attr theme - `light` or `dark`; default follows the system.
 * @prop report - A Report object.
 * @prop geometry - GeoJSON or TopoJSON object (instead of `geometry-src`).
 * @prop layout - A tile layout (`{tiles: [{name, code, label, x, y}]}`) instead of Shanghai's districts.
 * @fires lg-select - {indicator, period, group, value, label} when a region is activated
 * @fires lg-error - {code, message, source} when data or geometry cannot be loaded or validated
 * @csspart chart - the map
 * @csspart summary - the text summary
 * @csspart legend - the legend
 * @csspart notes - regions without a value, groups without a region
 * @csspart table - the table view
 * @csspart toggle - the chart / table switch
 * @csspart export - the CSV export button
 * @csspart pager - the table view's page controls
 * @csspart back - the drill-down's way back
 * @csspart error - the error message
 * @cssprop --lg-class-1 - lowest of the five classes of `color="quantile"` / `"equal"` (light: ColorBrewer Blues; dark: viridis)
 * @cssprop --lg-class-2 - second class of the sequential scale
 * @cssprop --lg-class-3 - third class of the sequential scale
 * @cssprop --lg-class-4 - fourth class of the sequential scale
 * @cssprop --lg-class-5 - highest class of the sequential scale
 */
export class IndicatorMap extends ChartElement {
  static override styles = [themeStyles, controlStyles, chartStyles, mapStyles];

  static override properties: PropertyDeclarations = {
    period: {},
    selected: { reflect: true },
    color: {},
    geometry: { attribute: false },
    geometrySrc: { attribute: 'geometry-src' },
    joinProperty: { attribute: 'join-property' },
    labelProperty: { attribute: 'label-property' },
    topologyObject: { attribute: 'topology-object' },
    layout: { attribute: false },
    drillSrc: { attribute: 'drill-src' },
    drillGeometrySrc: { attribute: 'drill-geometry-src' },
    tableView: { state: true },
    active: { state: true },
    top: { state: true },
    drill: { state: true },
    announcement: { state: true },
  };

  period: string | undefined;
  selected: string | undefined;
  color: 'status' | Classing = 'status';
  geometry: unknown;
  geometrySrc: string | undefined;
  joinProperty = 'name';
  labelProperty: string | undefined;
  topologyObject: string | undefined;
  layout: TileLayout | undefined;
  drillSrc: string | undefined;
  drillGeometrySrc: string | undefined;
  private tableView = false;
  /** The region with the tab stop (its index among the level's regions); −1: the first in reading order. */
  private active = -1;
  /** What the map's first level is drawn from. */
  private top: Loaded<Source> = { kind: 'ready', value: { tiles: SHANGHAI_DISTRICTS } };
  private drill: Drill | undefined;
  private announcement = '';
  #topController: AbortController | undefined;
  /** The geometry code, once loaded (the `<script>` bundles load it on first use). */
  #kit: GeometryKit | undefined;
  /** The last projection, kept while neither the shapes nor the width change (a focus move renders again). */
  #projected: { shapes: Shape[]; width: number; outlines: Outline[]; height: number } | undefined;

  override connectedCallback(): void {
    // A map given its geometry before it is connected (as a page building it does) asks for the
    // geometry script now, before the base class's set-up and the first update: in the <script>
    // bundles that request is what the first drawing waits for. Its failure is met, and shown, there.
    if (this.#kit === undefined && (this.geometry !== undefined || this.geometrySrc || this.layout !== undefined))
      geometryKit().catch(() => undefined);
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#topController?.abort();
    this.drill?.controller.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (
      !this.hasUpdated ||
      ['geometry', 'geometrySrc', 'layout', 'joinProperty', 'labelProperty', 'topologyObject'].some((name) =>
        changed.has(name as keyof IndicatorMap),
      )
    )
      this.#resolveTop();
    if (
      ['report', 'src', 'period', 'geometry', 'geometrySrc', 'layout'].some((name) =>
        changed.has(name as keyof IndicatorMap),
      )
    ) {
      this.active = -1;
      if (this.hasUpdated) this.#leaveDrill();
    }
  }

  /** Reads the first level's geometry or tile layout from whichever the host gave. */
  #resolveTop(): void {
    this.#topController?.abort();
    const controller = (this.#topController = new AbortController());
    const settle = (loaded: Loaded<Source>): void => {
      if (this.#topController === controller) this.top = loaded;
    };
    const kit = (this.#kit ??= loadedGeometryKit());
    if (this.geometry !== undefined && kit !== undefined) {
      // Geometry in hand and its code loaded: read at once, so a render in one pass (lawgauge/ssr)
      // draws the regions, or their error, rather than "loading".
      const read = this.#geometryReader();
      this.top = this.#check(() => geoChecked(() => read(kit, this.geometry), kit.words), 'property');
    } else if (this.geometry !== undefined || this.geometrySrc) {
      this.top = { kind: 'loading' };
      void this.#geometry(this.geometry, this.geometrySrc, controller).then(settle);
    } else if (this.layout !== undefined) {
      this.top = { kind: 'loading' };
      void this.#hostRegions(this.layout, undefined, controller, (kit, layout) => ({
        tiles: kit.checkTileLayout(layout),
      })).then(settle);
    } else this.top = { kind: 'ready', value: { tiles: SHANGHAI_DISTRICTS } };
  }

  /** Reads host geometry (GeoJSON or TopoJSON) by the map's join, label and topology options. */
  #geometryReader(): (kit: GeometryKit, data: unknown) => Source {
    const join = this.joinProperty || 'name';
    return (kit, data) => ({
      shapes: kit.readGeometry(data, join, this.topologyObject || undefined, this.labelProperty || join),
    });
  }

  /** Host geometry (GeoJSON or TopoJSON), given (`json`) or from `url`. */
  #geometry(json: unknown, url: string | undefined, controller: AbortController): Promise<Loaded<Source>> {
    return this.#hostRegions(json, url, controller, this.#geometryReader());
  }

  /**
   * The host's own regions, given (`json`) or from `url`, read by the geometry code once it is
   * there (the file and the code load side by side); their problems worded in the widget's language.
   */
  async #hostRegions(
    json: unknown,
    url: string | undefined,
    controller: AbortController,
    read: (kit: GeometryKit, data: unknown) => Source,
  ): Promise<Loaded<Source>> {
    const loadingKit = this.#kit === undefined ? geometryKit() : Promise.resolve(this.#kit);
    const data: Loaded<unknown> =
      url === undefined || json !== undefined
        ? { kind: 'ready', value: json }
        : await this.#load(url, controller, (raw) => raw);
    if (data.kind !== 'ready') {
      // The file's failure is the one shown; the code's own, if any, is met again by the next map.
      loadingKit.catch(() => undefined);
      return data;
    }
    let kit: GeometryKit;
    try {
      kit = this.#kit ??= await loadingKit;
    } catch (error) {
      return this.#failed(new WidgetLoadError('network', (error as Error).message), url ?? 'property');
    }
    return this.#check(() => geoChecked(() => read(kit, data.value), kit.words), url ?? 'property');
  }

  /** Checks data in hand; a failure is kept to show, and fired as `lg-error`. */
  #check<T>(read: () => T, source: string): Loaded<T> {
    try {
      return { kind: 'ready', value: validated(read, null) };
    } catch (error) {
      return this.#failed(error as WidgetLoadError, source);
    }
  }

  /** Loads and checks JSON from `url`; never rejects: a failure (not an abort) is the error to show. */
  async #load<T>(
    url: string,
    controller: AbortController,
    parse: (json: unknown) => T,
    schema?: string,
  ): Promise<Loaded<T>> {
    const options = {
      signal: controller.signal,
      timeoutMs: this.timeout * 1000,
      maxBytes: this.maxBytes,
      credentials: this.credentials,
    };
    try {
      return { kind: 'ready', value: await loadReport(url, options, parse, schema) };
    } catch (error) {
      if (controller.signal.aborted) return { kind: 'loading' };
      return this.#failed(
        error instanceof WidgetLoadError ? error : new WidgetLoadError('network', String(error)),
        url,
      );
    }
  }

  #failed(error: WidgetLoadError, source: string): Loaded<never> {
    const { code, detail } = error;
    this.fireError({
      code,
      message: `${this.errorTitle(code)}: ${typeof detail === 'string' ? detail : detail(this.language)}`,
      source,
    });
    return { kind: 'error', code, detail, source };
  }

  /** The group value a region's row has (or the region's own key, without a row): what `selected` and the drill template hold. */
  private groupValue(report: Report, region: Region): string {
    return region.row === undefined ? region.key : String(region.row.group[report.groupBy[0] ?? ''] ?? region.key);
  }

  /** The visible level's numbers as CSV (UTF-8 with BOM, formula-like text neutralised). */
  exportCsv(): string {
    const level = this.#level();
    return level === undefined
      ? ''
      : exportRows(level.report, periodRows(level.report, level.period).rows, this.language, this.messages);
  }

  /** The Report and period the visible level shows, when it has one. */
  #level(): { report: Report; period: string | undefined } | undefined {
    if (this.phase.kind !== 'data') return undefined;
    const top = { report: this.phase.report, period: this.period };
    const drill = this.drill;
    if (drill === undefined) return top;
    if (drill.report.kind !== 'ready') return undefined;
    // The period the map above shows, when the level below has it; else its own latest.
    const shown = periodRows(top.report, top.period).period;
    const report = drill.report.value;
    return { report, period: report.rows.some((row) => row.period === shown) ? shown : undefined };
  }

  /**
   * The one period the visible level shows: `period`, else the latest (a level below: the period
   * above when it has it, else its own latest); none while it shows no regions.
   */
  protected override periodsIn(report: Report): PeriodsShown | undefined {
    const drill = this.drill;
    const level = drill === undefined ? { report, period: this.period } : this.#level();
    const source = drill === undefined ? this.top : drill.source;
    if (level === undefined || (source !== undefined && source.kind !== 'ready')) return undefined;
    const { rows, period } = periodRows(level.report, level.period);
    return rows.length === 0 || period === undefined ? undefined : { first: period, last: period };
  }

  protected renderReport(report: Report): TemplateResult {
    const drill = this.drill;
    const m = MAP_MESSAGES[this.language];
    const live = html`<p class="visually-hidden" aria-live="polite">${this.announcement}</p>`;
    if (drill === undefined) return html`${this.#renderLevel(report, this.period, this.top, this.selected)}${live}`;
    const root =
      this.top.kind === 'ready' && 'tiles' in this.top.value ? this.top.value.tiles.label?.[this.language] : undefined;
    const level = this.#level();
    const body =
      drill.report.kind !== 'ready'
        ? this.#renderPending(drill.report)
        : this.#renderLevel(
            drill.report.value,
            level?.period,
            drill.source ?? this.#grid(drill.report.value),
            drill.selected,
          );
    return html`<nav aria-label=${m.levels}>
        <ol>
          <li><button type="button" part="back" @click=${() => this.#back()}>← ${root ?? m.everywhere}</button></li>
          <li aria-current="location">${drill.name}</li>
        </ol>
      </nav>
      ${body}${live}`;
  }

  /** A level whose data or geometry is not there yet, or failed. */
  #renderPending(loaded: Exclude<Loaded<unknown>, { kind: 'ready' }>): TemplateResult {
    return loaded.kind === 'loading'
      ? html`<p class="state" role="status" aria-live="polite">${this.baseMessages.loading}</p>`
      : this.renderError(loaded.code, loaded.detail);
  }

  /** A level below without geometry: its groups as a grid of tiles, in the Report's order. */
  #grid(report: Report): Loaded<Source> {
    const field = report.groupBy[0] ?? '';
    const names = new Set<string>();
    for (const row of report.rows) if (row.group[field] !== TOTAL) names.add(String(row.group[field]));
    return { kind: 'ready', value: { tiles: gridLayout([...names]) } };
  }

  #renderLevel(
    report: Report,
    period: string | undefined,
    source: Loaded<Source>,
    selected: string | undefined,
  ): TemplateResult {
    if (source.kind !== 'ready') return this.#renderPending(source);
    const lang = this.language;
    const m = this.messages;
    const map = MAP_MESSAGES[lang];
    const chart = CHART_MESSAGES[lang];
    const label = report.indicator.label[lang];
    const { rows, period: shown } = periodRows(report, period);
    if (rows.length === 0 || shown === undefined) {
      const why = period !== undefined && report.rows.length > 0 ? noPeriod(report.rows, period, lang, m) : m.empty;
      return html`<h3>${label}</h3><p class="state" role="status">${why}</p>`;
    }
    const frame = this.#frame(report, rows, source.value);
    const { regions } = frame;
    const values = regions.flatMap((region) => (region.row?.value == null ? [] : [region.row.value]));
    const statuses = this.color === 'status' && rows.some((row) => row.status !== null);
    const breaks = statuses ? [] : classBreaks(values, this.color === 'equal' ? 'equal' : 'quantile');
    const toggle = html`<button type="button" part="toggle" aria-pressed=${String(this.tableView)} @click=${() => (this.tableView = !this.tableView)}>${this.tableView ? chart.viewChart : chart.viewTable}</button>`;
    return html`
      <div class="toolbar"><h3>${label} · ${periodLabel(shown, lang)}</h3>${toggle}${this.exportControl()}</div>
      <p part="summary" class="visually-hidden">${this.#summary(report, regions, shown)}</p>
      ${
        this.tableView
          ? dataTable(report, rows, lang, m, () => this.exportCsv())
          : html`${this.#renderMap(report, shown, frame, statuses, breaks, selected)}${this.#renderLegend(report, statuses, breaks, values)}`
      }
      ${this.#renderNotes(report, rows, regions)}
      <p id="map-help" class="visually-hidden">${map.help(Boolean(this.drillSrc) && this.drill === undefined)}</p>
    `;
  }

  /** The regions of a level, laid out at the current width: tiles, or the projected shapes. */
  #frame(report: Report, rows: readonly ReportRow[], source: Source): Frame {
    const lang = this.language;
    const field = report.groupBy[0] ?? '';
    const width = this.chartWidth(DEFAULT_WIDTH);
    if ('tiles' in source) {
      const layout = source.tiles;
      let columns = 1;
      let lines = 1;
      for (const tile of layout.tiles) {
        columns = Math.max(columns, tile.x + 1);
        lines = Math.max(lines, tile.y + 1);
      }
      // Each row to its tile, by name, code or label: a Report may be keyed by any of them.
      const index = tileIndex(layout);
      const rowOf = new Map<Tile, ReportRow>();
      for (const row of rows) {
        const tile = index.get(String(row.group[field]));
        if (tile !== undefined && !rowOf.has(tile)) rowOf.set(tile, row);
      }
      const regions = layout.tiles.map((tile): Region => {
        const left = tile.x * TILE;
        const top = tile.y * TILE;
        return {
          key: tile.name,
          name: tile.label?.[lang] ?? tile.name,
          outline: {
            path: `M${left + 1} ${top + 1}h${TILE - 2}v${TILE - 2}h${2 - TILE}Z`,
            x: left + TILE / 2,
            y: top + TILE / 2,
            width: TILE,
            height: TILE,
          },
          row: rowOf.get(tile),
        };
      });
      const drawn = Math.min(width, columns * MAX_TILE_PX);
      return {
        regions,
        order: readingOrder(
          regions.map((region) => region.outline),
          TILE,
        ),
        tiles: true,
        viewWidth: columns * TILE,
        viewHeight: lines * TILE,
        width: drawn,
        height: Math.round((drawn * lines) / columns),
      };
    }
    const shapes = source.shapes;
    const byGroup = new Map<string, ReportRow>();
    for (const row of rows) byGroup.set(String(row.group[field]), row);
    if (this.#projected?.shapes !== shapes || this.#projected.width !== width)
      this.#projected = {
        shapes,
        width,
        ...this.#kit!.projectShapes(shapes, width, maxHeightFor(width), PAD),
      };
    const { outlines, height } = this.#projected;
    const regions = shapes.map((shape, index): Region => ({
      key: shape.key,
      name: shape.label ?? shape.key,
      outline: outlines[index]!,
      row: byGroup.get(shape.key),
    }));
    const rowHeight = height / Math.max(1, Math.round(Math.sqrt(regions.length)));
    return {
      regions,
      order: readingOrder(outlines, rowHeight),
      tiles: false,
      viewWidth: width,
      viewHeight: height,
      width,
      height,
    };
  }

  /** Who leads and trails, and how many regions are in each status. */
  #summary(report: Report, regions: readonly Region[], period: string): string {
    const lang = this.language;
    const m = this.messages;
    const map = MAP_MESSAGES[lang];
    let high: Region | undefined;
    let low: Region | undefined;
    const counts = { good: 0, warning: 0, bad: 0, none: 0 };
    for (const region of regions) {
      const value = region.row?.value;
      if (value == null) {
        counts.none++;
        continue;
      }
      if (region.row!.status !== null) counts[region.row!.status]++;
      if (high === undefined || value > high.row!.value!) high = region;
      if (low === undefined || value < low.row!.value!) low = region;
    }
    const parts = (['good', 'warning', 'bad'] as const)
      .filter((status) => counts[status] > 0)
      .map((status) => map.count(m.status[status], counts[status]));
    if (counts.none > 0) parts.push(map.count(map.noValue, counts.none));
    const named = (region: Region): string => `${region.name} ${valueText(report, region.row!, lang, m)}`;
    const small = unstableCount(
      report,
      regions.map((region) => region.row),
      m,
    );
    return `${map.summary(report.indicator.label[lang], periodLabel(period, lang), regions.length)} ${map.counts(parts)}${
      high !== undefined && low !== undefined && high !== low ? ` ${map.extremes(named(high), named(low))}` : ''
    }${small === '' ? '' : ` ${map.sentence(small)}`}`;
  }

  #renderMap(
    report: Report,
    period: string,
    frame: Frame,
    statuses: boolean,
    breaks: readonly number[],
    selected: string | undefined,
  ): TemplateResult {
    const lang = this.language;
    const m = this.messages;
    const map = MAP_MESSAGES[lang];
    const { regions, order } = frame;
    const active = this.active >= 0 && this.active < regions.length ? this.active : order[0]!;
    const onKey = (event: KeyboardEvent): void => this.#onKey(event, report, frame);
    // One listener each on the map for its regions' clicks and focus, not two per region: a map
    // of 300 streets would add 600 at its first render.
    const at = (event: Event): number => {
      const index = Number((event.target as Element).closest('.region')?.getAttribute('data-index') ?? NaN);
      return Number.isInteger(index) && index < regions.length ? index : -1;
    };
    const onClick = (event: Event): void => {
      const index = at(event);
      if (index >= 0) this.#activate(report, regions[index]!, index);
    };
    const onFocus = (event: Event): void => {
      const index = at(event);
      if (index >= 0) this.active = index;
    };
    const when = periodLabel(period, lang);
    return html`<svg part="chart" class=${frame.tiles ? 'tiles' : ''} role="group" tabindex="-1" aria-label=${report.indicator.label[lang]} aria-describedby="map-help"
        viewBox="0 0 ${frame.viewWidth} ${frame.viewHeight}" width=${frame.width} height=${frame.height} @keydown=${onKey} @click=${onClick} @focusin=${onFocus}>
        ${patterns()}
        ${order.map((index) => {
          const region = regions[index]!;
          const row = region.row;
          const value = row?.value ?? null;
          const status = statuses && value !== null ? row!.status : null;
          const fill = value === null ? 'none' : statuses ? (status ?? 'none') : `c${classOf(value, breaks)}`;
          // Patterns for what is not good: a reader without colour still tells the statuses apart.
          const mark = value === null ? 'none' : status === 'good' ? null : status;
          const text = row === undefined ? m.flag['no-data'] : valueText(report, row, lang, m);
          const word = status === null ? '' : ` ${m.status[status]}`;
          const key = this.groupValue(report, region);
          const { x, y, width, height } = region.outline;
          // A value on a small sample is marked `*`, worded in the notes below the map.
          const shown = row === undefined ? '—' : valueMark(report, row, lang, m);
          const icon = status === null ? nothing : svg`<tspan aria-hidden="true">${STATUS_ICON[status]} </tspan>`;
          // A label where it fits: always on a tile, on a shape whose box holds both lines. The
          // accessible name starts with the visible text (the icon aside), then adds the status and period.
          const fits =
            frame.tiles ||
            (width >= textWidth(region.name, `${status === null ? '' : '● '}${shown}`) + 6 && height >= 32);
          return svg`<g role="button" class="region${key === selected ? ' selected' : ''}" data-index=${index} tabindex=${index === active ? 0 : -1}
              aria-label=${map.regionName(region.name, text + word, when)} aria-pressed=${String(key === selected)}>
              <path class=${fill} d=${region.outline.path}></path>
              ${mark === null ? nothing : svg`<path class="mark" d=${region.outline.path} fill="url(#map-${mark})"></path>`}
              ${
                fits
                  ? svg`${tileText(frame.tiles, x, y - 3, region.name)}${tileText(frame.tiles, x, y + 13, `${status === null ? '' : '● '}${shown}`, svg`${icon}${shown}`)}`
                  : nothing
              }
            </g>`;
        })}
      </svg>`;
  }

  #renderLegend(
    report: Report,
    statuses: boolean,
    breaks: readonly number[],
    values: readonly number[],
  ): TemplateResult {
    const lang = this.language;
    const m = this.messages;
    const map = MAP_MESSAGES[lang];
    const swatch = (fill: string, mark: string | null): TemplateResult =>
      html`<svg aria-hidden="true" viewBox="0 0 14 9"><path class=${fill} d="M0 0h14v9h-14Z"></path>${
        mark === null ? nothing : svg`<path class="mark" d="M0 0h14v9h-14Z" fill="url(#map-${mark})"></path>`
      }</svg>`;
    const items: TemplateResult[] = [];
    if (statuses)
      for (const status of ['good', 'warning', 'bad'] as const)
        items.push(
          html`<li>${swatch(status, status === 'good' ? null : status)}${STATUS_ICON[status]} ${m.status[status]}</li>`,
        );
    else if (values.length > 0) {
      let low = Infinity;
      let high = -Infinity;
      for (const value of values) {
        low = Math.min(low, value);
        high = Math.max(high, value);
      }
      const edges = [low, ...breaks, high];
      for (let index = 0; index < edges.length - 1; index++)
        items.push(
          html`<li>${swatch(`c${index}`, null)}${map.range(formattedValue(edges[index]!, report.indicator, lang), formattedValue(edges[index + 1]!, report.indicator, lang))}</li>`,
        );
    }
    items.push(html`<li>${swatch('none', 'none')}${map.noValue}</li>`);
    return html`<ul part="legend" class="legend" aria-label=${map.legend}>${items}</ul>`;
  }

  /** Regions without a value (by why: no data, withheld…) and groups without a region, named. */
  #renderNotes(report: Report, rows: readonly ReportRow[], regions: readonly Region[]): TemplateResult {
    const lang = this.language;
    const m = this.messages;
    const map = MAP_MESSAGES[lang];
    const why = new Map<string, string[]>();
    const placed = new Set<ReportRow>();
    for (const region of regions) {
      if (region.row !== undefined) placed.add(region.row);
      if (region.row?.value != null && region.row.flag !== 'unstable') continue;
      const flag = region.row?.flag ?? 'no-data';
      const words = flag === 'unstable' ? `${m.unstableMark} ${m.flag.unstable}` : m.flag[flag];
      why.set(words, [...(why.get(words) ?? []), region.name]);
    }
    const field = report.groupBy[0] ?? '';
    const off = rows.filter((row) => !placed.has(row)).map((row) => String(row.group[field]));
    if (off.length > 0) why.set(map.offMap, off);
    const names = (list: string[]): string =>
      list.length <= LISTED ? map.list(list) : `${map.list(list.slice(0, LISTED - 2))} …${m.inAll(list.length)}`;
    return why.size === 0
      ? html``
      : html`<div part="notes">${[...why].map(([words, list]) => html`<p class="note">${map.note(words, names(list))}</p>`)}</div>`;
  }

  #activate(report: Report, region: Region, index: number): void {
    const key = this.groupValue(report, region);
    const row = region.row;
    const field = report.groupBy[0] ?? '';
    const period = row?.period ?? periodRows(report, this.#level()?.period).period ?? '';
    if (this.drill === undefined) this.selected = key;
    else this.drill.selected = key;
    this.requestUpdate();
    this.select(
      row === undefined
        ? { indicator: report.indicator.id, period, group: { [field]: key }, label: region.name, value: null }
        : { ...rowSelection(report, row, this.language), label: region.name },
    );
    if (this.drillSrc && this.drill === undefined) this.#enterDrill(key, region.name, index);
  }

  /** Opens a region's level below: its Report from `drill-src`, its geometry from `drill-geometry-src`. */
  #enterDrill(key: string, name: string, from: number): void {
    const controller = new AbortController();
    const url = (template: string): string => template.replaceAll('{group}', encodeURIComponent(key));
    const geometry = this.drillGeometrySrc;
    const drill: Drill = {
      key,
      name,
      report: { kind: 'loading' },
      source: geometry ? { kind: 'loading' } : undefined,
      selected: undefined,
      controller,
      from,
    };
    this.drill = drill;
    this.active = -1;
    this.tableView = false;
    this.announcement = MAP_MESSAGES[this.language].showing(name);
    const settle = (): void => {
      if (this.drill !== drill) return;
      this.requestUpdate();
      void this.updateComplete.then(() => this.#focusRegion());
    };
    void this.#load(url(this.drillSrc!), controller, (json) => this.parseData(json), REPORT_SCHEMA_ID).then(
      (loaded) => {
        drill.report = loaded;
        settle();
      },
    );
    if (geometry)
      void this.#geometry(undefined, url(geometry), controller).then((loaded) => {
        drill.source = loaded;
        settle();
      });
  }

  /** Back to the map above, with the focus on the region that was opened. */
  #back(): void {
    const from = this.drill?.from ?? -1;
    this.#leaveDrill();
    this.active = from;
    const root =
      this.top.kind === 'ready' && 'tiles' in this.top.value ? this.top.value.tiles.label?.[this.language] : undefined;
    this.announcement = MAP_MESSAGES[this.language].showing(root ?? MAP_MESSAGES[this.language].everywhere);
    void this.updateComplete.then(() => this.#focusRegion());
  }

  #leaveDrill(): void {
    this.drill?.controller.abort();
    this.drill = undefined;
  }

  /** Focuses the region with the tab stop, or, when there is none (an error, loading), the way back. */
  #focusRegion(): void {
    const root = this.renderRoot;
    (
      root.querySelector<SVGElement>('.region[tabindex="0"]') ?? root.querySelector<HTMLElement>('[part="back"]')
    )?.focus();
  }

  #onKey(event: KeyboardEvent, report: Report, frame: Frame): void {
    // The map itself, focused after Escape: Tab goes back to the regions.
    if (event.target === event.currentTarget) return;
    const { regions, order } = frame;
    const current = this.active >= 0 && this.active < regions.length ? this.active : order[0]!;
    const directions: Record<string, Direction> = {
      ArrowLeft: 'left',
      ArrowRight: 'right',
      ArrowUp: 'up',
      ArrowDown: 'down',
    };
    let next: number | undefined;
    if (event.key in directions)
      next = neighbour(
        regions.map((region) => region.outline),
        current,
        directions[event.key]!,
      );
    else if (event.key === 'Home') next = order[0];
    else if (event.key === 'End') next = order.at(-1);
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#activate(report, regions[current]!, current);
      return;
    } else if (event.key === 'Escape') this.leaveMarks(event);
    else if (event.key === 'Backspace' && this.drill !== undefined) this.#back();
    if (next === undefined) return;
    event.preventDefault();
    this.active = next;
    void this.updateComplete.then(() => this.#focusRegion());
  }
}

/**
 * Runs a geometry or tile layout check, its problems (with their places) worded in the widget's
 * language by the geometry script's words. A GeoError is known by its issues, not its class: the
 * geometry script has its own copy of the class.
 */
function geoChecked<T>(read: () => T, words: GeometryKit['words']): T {
  try {
    return read();
  } catch (error) {
    const issues = (error as { issues?: unknown }).issues;
    if (!(error instanceof Error) || !Array.isArray(issues)) throw error;
    throw new WidgetLoadError('invalid_geometry', (lang) =>
      (issues as GeoIssue[])
        .map((issue) => `${issue.path}: ${words[lang][issue.code]}${issue.detail ?? ''}`)
        .join('\n'),
    );
  }
}

/** One period's rows by group (or its total when ungrouped), and the period: `period`, else the latest. */
function periodRows(report: Report, period: string | undefined): { rows: ReportRow[]; period: string | undefined } {
  let shown = period;
  if (shown === undefined) {
    const seen = new Set<string>();
    for (const row of report.rows) if (!seen.has(row.period)) seen.add((shown = row.period));
  }
  const grouped = report.groupBy.length > 0;
  return {
    period: shown,
    rows: report.rows.filter(
      (row) => row.period === shown && (!grouped || !report.groupBy.every((field) => row.group[field] === TOTAL)),
    ),
  };
}

/** The widest a tile's label line may be, in tile units: 2 inside each edge of the tile's 62. */
const TILE_LINE = 58;
/**
 * The widest halo a label has (`.mark ~ text`, over a pattern), in tile units: counted on every
 * tile, so a row of tiles keeps one font size whatever each tile's status.
 */
const TILE_HALO = 7;
/** Font sizes a tile's line steps down through (tile units, 12 the charts' own) before it is squeezed. */
const TILE_FONTS = [12, 11, 10, 9] as const;

/**
 * A label line centred at `x`, `y`. On a tile, a line too wide for it with its halo at 12
 * (`Chongming`, `● 100.0%*`, a long street's name) steps down to a smaller font (a class: no inline
 * style) and, wider still, is squeezed to the tile's width; `text` is the line as shown, to measure;
 * `content` what is drawn. Measured with the estimate lawgauge/ssr lays its text out by, which
 * counts the status shapes (●▲■) one em, as CJK fonts draw them: the page and the Node picture
 * step alike.
 */
function tileText(tile: boolean, x: number, y: number, text: string, content: unknown = text): SVGTemplateResult {
  const font = tile ? TILE_FONTS.find((size) => estimatedWidth(text, size) + TILE_HALO <= TILE_LINE) : 12;
  const squeezed = font === undefined;
  return svg`<text x=${x} y=${y} text-anchor="middle" class=${font === 12 ? nothing : `f${font ?? 9}`}
    textLength=${squeezed ? TILE_LINE - TILE_HALO : nothing} lengthAdjust=${squeezed ? 'spacingAndGlyphs' : nothing}>${content}</text>`;
}

/** About how wide a label is at 12 px, the wider of its lines. */
function textWidth(...lines: string[]): number {
  return Math.max(...lines.map((line) => estimatedWidth(line, 12)));
}

/** The fills drawn over a region's colour: dots for a warning, cross-hatching for bad, hatching for no value. */
function patterns(): TemplateResult {
  return svg`<defs>
    <pattern id="map-warning" width="6" height="6" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="1.1"></circle></pattern>
    <pattern id="map-bad" width="6" height="6" patternUnits="userSpaceOnUse"><path d="M0 0L6 6M6 0L0 6"></path></pattern>
    <pattern id="map-none" class="none" width="6" height="6" patternUnits="userSpaceOnUse"><path d="M-1 1L1 -1M0 6L6 0M5 7L7 5"></path></pattern>
  </defs>`;
}
