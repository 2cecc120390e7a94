import { validDashboard } from '../../src/internal.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type Dashboard, type Panel, type Report } from '../../src/index.js';
import type { PanelRequest, WorkerMessage, WorkerRequest } from '../../src/internal.js';
import { DataElement, type LgSelectDetail } from '../base/lawgauge-element.js';
import { dateLabel } from '../base/date-label.js';
import { DASHBOARD_KIND } from '../base/load-report.js';
import type { WidgetErrorCode, WidgetLang } from '../base/messages.js';
import { trustedScriptUrl } from '../base/trusted-script-url.js';
import { themeStyles } from '../base/theme.styles.js';
import { controlStyles } from '../base/controls.styles.js';
import { DASHBOARD_MESSAGES } from './dashboard-messages.js';
import { dashboardStyles } from './lawgauge-dashboard.styles.js';

/**
 * A computed panel's state: rows read so far, its Report, or what went wrong (`worker`: the
 * compute worker could not start, e.g. blocked by the page's CSP; `compute`: the data could not
 * be computed, with the core's message).
 */
type Computed =
  | { readonly rows: number }
  | { readonly report: Report; readonly quality: readonly string[] }
  | { readonly error: 'worker' | 'compute'; readonly detail: string };

/** The script this module came from, when loaded by a classic `<script>` (the IIFE bundle); none outside a browser. */
const scriptSrc =
  typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement
    ? document.currentScript.src
    : undefined;

/** The compute worker beside the bundle: dist/lawgauge-compute.worker.js. */
function defaultWorkerUrl(): string {
  return scriptSrc !== undefined
    ? new URL('lawgauge-compute.worker.js', scriptSrc).href
    : new URL('../../lawgauge-compute.worker.js', import.meta.url).href;
}

/** The filter value in the URL hash (`#district=黄浦区`), as links shared before the query string held it. */
function hashFilter(field: string): string | undefined {
  return new URLSearchParams(location.hash.slice(1)).get(field) ?? undefined;
}

/** The filter value carried in the page's URL (`?district=黄浦区`, or an older link's hash), so a view can be shared. */
function urlFilter(field: string): string | undefined {
  return new URLSearchParams(location.search).get(field) ?? hashFilter(field);
}

/** A group value by its name in the config's `groupLabels`, or as it is. */
function valueName(config: Dashboard, field: string, value: string, lang: 'zh-CN' | 'en'): string {
  const labels = config.groupLabels?.[field];
  return labels !== undefined && Object.hasOwn(labels, value) ? labels[value]![lang] : value;
}

/**
 * @tagname lawgauge-dashboard
 * @summary A whole dashboard from one JSON config: sections of widget panels, cross-filtered.
 *
 * Renders a dashboard config (schema: `schema/dashboard.schema.json`): a title, sections with
 * headings, and a responsive grid of panels, each an `<indicator-card|trend|bars|table|map|spc|funnel>`
 * or `<reform-progress>` reading its Report from a URL. With `filter` (e.g. `district`), selecting a
 * bar, point, region or row in one panel filters the others (cards show that group, bars, maps and
 * funnels highlight it, trends and SPC charts show its series); a "clear filter" button undoes it, and the URL's query string
 * (`?district=…`; a hash `#district=…` is read too) holds the filter so the view can be shared. A
 * value the Reports do not have is shown as asked, each panel naming the groups it has. Panels fill
 * the grid in config order without holes (a panel too wide for a row's rest leaves it to the next
 * that fits). A skip button (shown on focus) leads to the first section; focus follows the config.
 * The language (`lang`) and theme (`theme`) are passed to every panel, and the config's
 * `groupLabels` (names of group values in each language: districts in English) to every indicator panel.
 *
 * A panel may give `compute` (a built-in catalog, an indicator and data file URLs) instead of
 * `src`: the dashboard then computes its Report in the browser, in a Web Worker
 * (`lawgauge-compute.worker.js` beside the bundle, or the `worker` attribute), showing the rows
 * read so far while it works, so the page stays responsive over large files. A CSV is read as
 * `lawgauge compute` reads it (UTF-8, or GB18030 when the bytes are not UTF-8 at all). Files the
 * user picks (`<input type="file">`, drag and drop) are given with the `files` property, by the
 * name `compute.data` gives them; a `blob:` URL in `compute.data` is read as well.
 *
 * @attr src - URL of the dashboard config JSON.
 * @attr worker - URL of the compute worker script (default: beside the bundle).
 * @attr lang - `zh-CN` (default) or `en`; inherited from ancestors.
 * @attr theme - `light` or `dark`; default follows the system.
 * @prop report - The dashboard config object.
 * @prop files - Files (or Blobs) by the name `compute.data` uses for them, read in place of fetching that name.
 * @fires lg-error - {code, message, source} when the config cannot be loaded or validated, or a panel fails: a `src` panel's widget fires it as it does alone, a computed panel `compute_failed` (source: its data files)
 * @csspart header - the title and date
 * @csspart section - each section of panels
 * @csspart error - the error message
 * @csspart quality - a section's data-quality lines for its computed panels, under its panels: rows read, used, quarantined and skipped
 */
export class LawgaugeDashboard extends DataElement<Dashboard> {
  /** A dashboard's widgets each have their own download menu (`no-export` here hides theirs). */
  protected override get exportable(): boolean {
    return false;
  }

  static override styles = [themeStyles, controlStyles, dashboardStyles];
  protected override readonly dataSchema = DASHBOARD_KIND;
  static override properties: PropertyDeclarations = {
    filterValue: { state: true },
    worker: {},
    files: { attribute: false },
    computed: { state: true },
  };

  /** URL of the compute worker script; default `lawgauge-compute.worker.js` beside the bundle. */
  worker: string | undefined;
  /**
   * Files the page holds (from `<input type="file">` or a drop), by the name a panel's
   * `compute.data` gives them, e.g. `{ 'cases.csv': file }` for `"data": { "cases": "cases.csv" }`:
   * the worker reads the file instead of fetching that name. Setting it computes the panels again.
   */
  files: Readonly<Record<string, Blob>> | undefined;
  /**
   * The blob: URL made for each of `files`, revoked when the file is no longer given, when the
   * config fails or is replaced (nothing computes then), or when the dashboard leaves the page.
   */
  private blobUrls = new Map<Blob, string>();
  /** Computed panels, by panel object. */
  private computed = new Map<Panel, Computed>();
  private computeWorker: Worker | undefined;
  private readonly requests = new Map<number, Panel>();
  private nextRequest = 0;
  /** The language the worker words errors and data-quality lines in: a switch asks it again. */
  private computedLanguage: WidgetLang | undefined;

  /** The selected value of the config's filter field, if any. */
  private filterValue: string | undefined;
  private readonly onHash = (): void => {
    const field = this.phase.kind === 'data' ? this.phase.report.filter : undefined;
    const value = field === undefined ? undefined : hashFilter(field);
    if (value !== undefined) this.setFilter(value);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
    this.stopComputing();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const reloads = !this.hasUpdated || changed.has('report') || changed.has('src');
    super.willUpdate(changed);
    // A config that fails (or is gone) computes nothing: its worker stops and the blob: URLs of the
    // files are revoked now, not when the dashboard leaves the page. Not while a config loads: its
    // parseData has already started the worker for it, before the phase becomes data.
    if (this.phase.kind === 'error' || this.phase.kind === 'empty-source') {
      this.stopComputing();
      return;
    }
    if (this.phase.kind !== 'data') return;
    // A new config computes its panels as it is read; new files alone compute the same config again
    // (a new worker: the tables it kept are of the old files). A language switch asks the same
    // worker again: it words the panels in the new language from the tables it read.
    if (reloads) return;
    if (changed.has('files')) this.startComputing(this.phase.report);
    else if (this.computedLanguage !== undefined && this.computedLanguage !== this.language)
      this.requestPanels(this.phase.report);
  }

  /** Revokes the blob: URLs of files not in `keep`. */
  private revokeBlobUrls(keep: ReadonlySet<Blob>): void {
    for (const [blob, url] of this.blobUrls)
      if (!keep.has(blob)) {
        URL.revokeObjectURL(url);
        this.blobUrls.delete(blob);
      }
  }

  /** The URL the worker reads a data entry from, and the file name it stands for (a given file's). */
  private dataSource(entry: string): { readonly url: string; readonly name?: string } {
    const file = this.files !== undefined && Object.hasOwn(this.files, entry) ? this.files[entry] : undefined;
    if (file === undefined) return { url: this.resolve(entry) };
    let url = this.blobUrls.get(file);
    if (url === undefined) {
      url = URL.createObjectURL(file);
      this.blobUrls.set(file, url);
    }
    return { url, name: file instanceof File && file.name !== '' ? file.name : entry };
  }

  /** A URL in the config, resolved against the config file when it was loaded from one. */
  private resolve(url: string): string {
    return this.src === undefined || this.src === ''
      ? new URL(url, document.baseURI).href
      : new URL(url, new URL(this.src, document.baseURI)).href;
  }

  /**
   * A URL template in the config (a map's `drill-src`), resolved as `resolve` does, its `{group}`
   * kept for the widget to fill: resolving percent-encodes the braces in a path.
   */
  private resolveTemplate(template: string | undefined): string | undefined {
    return template === undefined ? undefined : this.resolve(template).replaceAll('%7Bgroup%7D', '{group}');
  }

  private setComputed(panel: Panel, state: Computed): void {
    const before = this.computed.get(panel);
    this.computed = new Map(this.computed).set(panel, state);
    // A panel's failure is the data's failure, as a `src` panel's widget fires it: once, not again
    // when the worker words it anew in another language.
    if ('error' in state && (before === undefined || !('error' in before))) {
      const title =
        state.error === 'worker' ? DASHBOARD_MESSAGES[this.language].workerFailed : this.errorTitle('compute_failed');
      const source = Object.values(panel.compute?.data ?? {})
        .map((entry) => this.dataSource(entry).name ?? this.resolve(entry))
        .join(', ');
      this.fireError({ code: 'compute_failed', message: `${title}: ${state.detail}`, source });
    }
  }

  /** The panels that compute their Report from data. */
  private computedPanels(config: Dashboard): Panel[] {
    return config.sections.flatMap((section) => section.panels).filter((panel) => panel.compute !== undefined);
  }

  /** Ends the worker and its requests, and revokes the blob: URLs of files not in `keep` (by default, all). */
  private stopComputing(keep: ReadonlySet<Blob> = new Set()): void {
    this.computeWorker?.terminate();
    this.computeWorker = undefined;
    this.requests.clear();
    this.computedLanguage = undefined;
    this.revokeBlobUrls(keep);
  }

  /** Starts a worker on the panels that compute their Report from data. */
  private startComputing(config: Dashboard): void {
    this.stopComputing(new Set(Object.values(this.files ?? {})));
    this.computed = new Map();
    const panels = this.computedPanels(config);
    if (panels.length === 0) return;
    try {
      this.computeWorker = new Worker(trustedScriptUrl(this.resolve(this.worker ?? defaultWorkerUrl())));
    } catch (error) {
      for (const panel of panels)
        this.setComputed(panel, { error: 'worker', detail: error instanceof Error ? error.message : String(error) });
      return;
    }
    this.computeWorker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      const panel = this.requests.get(message.id);
      if (panel === undefined) return;
      if (message.kind === 'progress') this.setComputed(panel, { rows: message.rows });
      else if (message.kind === 'report')
        this.setComputed(panel, { report: message.report as Report, quality: message.quality });
      else this.setComputed(panel, { error: 'compute', detail: message.message });
    };
    this.computeWorker.onerror = (event) => {
      const detail = event.message || (this.worker ?? defaultWorkerUrl());
      for (const panel of panels)
        if (!('report' in (this.computed.get(panel) ?? {}))) this.setComputed(panel, { error: 'worker', detail });
    };
    for (const panel of panels) this.setComputed(panel, { rows: 0 });
    this.requestPanels(config);
  }

  /**
   * Asks the worker for the computed panels in the dashboard's language; a panel keeps what it
   * shows until the answer comes (on a language switch, the worker words them from what it read).
   */
  private requestPanels(config: Dashboard): void {
    this.computedLanguage = this.language;
    if (this.computeWorker === undefined) return;
    this.requests.clear();
    const requests: PanelRequest[] = [];
    const paths = new Map(
      config.sections.flatMap((section, s) => section.panels.map((panel, p) => [panel, `sections[${s}].panels[${p}]`])),
    );
    for (const panel of this.computedPanels(config)) {
      const compute = panel.compute!;
      const id = this.nextRequest++;
      this.requests.set(id, panel);
      const data: Record<string, string> = {};
      const names: Record<string, string> = {};
      for (const [dataset, entry] of Object.entries(compute.data)) {
        const { url, name } = this.dataSource(entry);
        data[dataset] = url;
        if (name !== undefined) names[dataset] = name;
      }
      const catalog = compute.catalog.toLowerCase().endsWith('.json') ? this.resolve(compute.catalog) : compute.catalog;
      requests.push({
        id,
        compute: {
          ...compute,
          catalog,
          data,
          ...(compute.mapping === undefined ? {} : { mapping: this.resolve(compute.mapping) }),
        },
        ...(Object.keys(names).length === 0 ? {} : { names }),
        path: paths.get(panel)!,
      });
    }
    const request: WorkerRequest = { lang: this.language, panels: requests };
    this.computeWorker.postMessage(request);
  }

  protected override errorTitle(code: WidgetErrorCode): string {
    return code === 'invalid_report' ? DASHBOARD_MESSAGES[this.language].invalidConfig : super.errorTitle(code);
  }

  protected parseData(json: unknown): Dashboard {
    const config = validDashboard(json);
    if (config.filter !== undefined) this.filterValue = urlFilter(config.filter);
    this.startComputing(config);
    return config;
  }

  private setFilter(value: string | undefined): void {
    const field = this.phase.kind === 'data' ? this.phase.report.filter : undefined;
    if (field === undefined) return;
    this.filterValue = value;
    // The query string holds the filter beside the page's own parameters (?lang=en&district=…);
    // an older link's hash parameter is moved there.
    const url = new URL(location.href);
    if (value === undefined) url.searchParams.delete(field);
    else url.searchParams.set(field, value);
    const hash = new URLSearchParams(url.hash.slice(1));
    if (hash.has(field)) {
      hash.delete(field);
      url.hash = hash.toString();
    }
    history.replaceState(history.state, '', url.href);
  }

  private onSelect(event: CustomEvent<LgSelectDetail>, config: Dashboard): void {
    const field = config.filter;
    if (field === undefined) return;
    const value = event.detail.group[field];
    if (value !== undefined && value !== null && value !== '*') this.setFilter(String(value));
  }

  private renderPanel(
    panel: Panel,
    lang: 'zh-CN' | 'en',
    theme: string | undefined,
    labels: Dashboard['groupLabels'],
  ): TemplateResult {
    const options = panel.options ?? {};
    const filter = panel.filtered === false ? undefined : this.filterValue;
    let src: string | undefined;
    let report: Report | undefined;
    if (panel.src !== undefined) src = this.resolve(panel.src);
    else {
      const state = this.computed.get(panel) ?? { rows: 0 };
      const m = DASHBOARD_MESSAGES[lang];
      if ('error' in state)
        return html`<div class="computing" role="alert" part="error"><strong>${state.error === 'worker' ? m.workerFailed : this.errorTitle('compute_failed')}</strong><br /><small>${state.detail}</small></div>`;
      if ('rows' in state)
        return html`<p class="computing" role="status" aria-live="polite">${m.computing(state.rows)}</p>`;
      report = state.report;
    }
    switch (panel.widget) {
      case 'indicator-card':
        return html`<indicator-card lang=${lang} theme=${ifDefined(theme)} ?no-export=${this.noExport} src=${ifDefined(src)} .report=${report} .groupLabels=${labels} group=${ifDefined(options.group ?? filter)} period=${ifDefined(options.period)}></indicator-card>`;
      case 'indicator-trend':
        return html`<indicator-trend lang=${lang} theme=${ifDefined(theme)} ?no-export=${this.noExport} src=${ifDefined(src)} .report=${report} .groupLabels=${labels} groups=${ifDefined(filter ?? options.groups)} .annotations=${(panel.annotations ?? []).map((note) => ({ date: note.date, label: note.label[lang] }))}></indicator-trend>`;
      case 'indicator-bars':
        return html`<indicator-bars lang=${lang} theme=${ifDefined(theme)} ?no-export=${this.noExport} src=${ifDefined(src)} .report=${report} .groupLabels=${labels} period=${ifDefined(options.period)} selected=${ifDefined(filter ?? options.selected)}></indicator-bars>`;
      case 'indicator-table':
        return html`<indicator-table lang=${lang} theme=${ifDefined(theme)} ?no-export=${this.noExport} src=${ifDefined(src)} .report=${report} .groupLabels=${labels} period=${ifDefined(options.period)}></indicator-table>`;
      case 'indicator-map':
        return html`<indicator-map lang=${lang} theme=${ifDefined(theme)} ?no-export=${this.noExport} src=${ifDefined(src)} .report=${report} .groupLabels=${labels} period=${ifDefined(options.period)} selected=${ifDefined(filter ?? options.selected)} color=${ifDefined(options.color)}
          geometry-src=${ifDefined(options['geometry-src'] === undefined ? undefined : this.resolve(options['geometry-src']))} join-property=${ifDefined(options['join-property'])} label-property=${ifDefined(options['label-property'])} topology-object=${ifDefined(options['topology-object'])}
          drill-src=${ifDefined(this.resolveTemplate(options['drill-src']))} drill-geometry-src=${ifDefined(this.resolveTemplate(options['drill-geometry-src']))}></indicator-map>`;
      case 'indicator-spc':
        return html`<indicator-spc lang=${lang} theme=${ifDefined(theme)} ?no-export=${this.noExport} src=${ifDefined(src)} .report=${report} .groupLabels=${labels} group=${ifDefined(filter ?? options.group)} chart=${ifDefined(options.chart)} baseline=${ifDefined(options.baseline)} phases=${ifDefined(options.phases)} target=${ifDefined(options.target)}></indicator-spc>`;
      case 'indicator-funnel':
        return html`<indicator-funnel lang=${lang} theme=${ifDefined(theme)} ?no-export=${this.noExport} src=${ifDefined(src)} .report=${report} .groupLabels=${labels} period=${ifDefined(options.period)} selected=${ifDefined(filter ?? options.selected)} overdispersion=${ifDefined(options.overdispersion)} target=${ifDefined(options.target)}></indicator-funnel>`;
      case 'reform-progress':
        return html`<reform-progress lang=${lang} theme=${ifDefined(theme)} ?no-export=${this.noExport} src=${ifDefined(src)} view=${ifDefined(options.view)} area=${ifDefined(options.area)} owner=${ifDefined(options.owner)} as-of=${ifDefined(options['as-of'])}></reform-progress>`;
    }
  }

  /**
   * The data-quality lines of a section's computed panels (rows read, used, quarantined, skipped; the
   * first rejected row), in words, once each: under the section's grid, across its width, as the
   * section's footnote on its data (under a panel, at a phone's width it read as that card's text).
   */
  private renderQuality(panels: readonly Panel[]): TemplateResult | typeof nothing {
    const lines = new Set<string>();
    for (const panel of panels) {
      const state = this.computed.get(panel);
      if (state !== undefined && 'report' in state) for (const line of state.quality) lines.add(line);
    }
    if (lines.size === 0) return nothing;
    return html`<p class="quality" part="quality">${[...lines].map((quality, index) => html`${index === 0 ? nothing : html`<br />`}${quality}`)}</p>`;
  }

  private skipToPanels(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('section h2')?.focus();
  }

  protected renderReport(config: Dashboard): TemplateResult {
    const lang = this.language;
    const m = DASHBOARD_MESSAGES[lang];
    const theme = this.theme;
    return html`
      <button type="button" class="skip" @click=${(event: Event) => this.skipToPanels(event)}>${m.skip}</button>
      <div part="header" class="header">
        <h1>${config.title[lang]}</h1>
        ${
          config.subtitle === undefined && config.asOf === undefined
            ? nothing
            : html`<p>${config.subtitle?.[lang] ?? ''}${config.subtitle !== undefined && config.asOf !== undefined ? ' · ' : ''}${config.asOf === undefined ? '' : m.asOf(dateLabel(config.asOf, lang))}</p>`
        }
      </div>
      ${
        this.filterValue === undefined || config.filter === undefined
          ? nothing
          : html`<p class="filter" role="status">${m.filteredBy(valueName(config, config.filter, this.filterValue, lang))} <button type="button" @click=${() => this.setFilter(undefined)}>${m.clear}</button></p>`
      }
      <div id="panels" @lg-select=${(event: CustomEvent<LgSelectDetail>) => this.onSelect(event, config)}>
        ${config.sections.map(
          (section) => html`<section part="section" aria-labelledby=${`s-${section.id}`}>
            <h2 id=${`s-${section.id}`} tabindex="-1">${section.title[lang]}</h2>
            <div class="grid">${section.panels.map((panel) => html`<div class=${`panel span-${panel.span ?? 1}`}>${this.renderPanel(panel, lang, theme, config.groupLabels)}</div>`)}</div>
            ${this.renderQuality(section.panels)}
          </section>`,
        )}
      </div>
    `;
  }
}
