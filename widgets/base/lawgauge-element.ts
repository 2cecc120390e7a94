import {
  LitElement,
  html,
  isServer,
  type PropertyDeclarations,
  type PropertyValues,
  nothing,
  type TemplateResult,
} from 'lit';
import { REPORT_SCHEMA_ID, type GroupLabels, type GroupValue, type Report } from '../../src/index.js';
import { validReport } from '../../src/internal.js';
import { exportMenu } from './export-menu.js';
import type * as ExportKitModule from './export-kit.js';
import type { ExportedData } from './export-kit.js';
import { periodNames, type PeriodNames, type PeriodsShown } from './period-label.js';
import { exportKit } from './exporter.js';
import { loadError, loadReport, validated, WidgetLoadError, type Detail } from './load-report.js';
import { MESSAGES, type Messages } from './indicator-messages.js';
import { scheduleIntlWarmUp } from './warm-intl.js';
import {
  BASE_MESSAGES,
  type BaseMessages,
  type DataSource,
  type WidgetErrorCode,
  type WidgetLang,
} from './messages.js';

/** Detail of the `lg-error` event. */
export interface LgErrorDetail {
  readonly code: WidgetErrorCode;
  readonly message: string;
  /** Where the data came from: `property`, `inline`, or the `src` URL. */
  readonly source: string;
}

/**
 * Detail of the `lg-select` event: what the user activated (a bar, a trend point, a table row, a
 * reform area or task).
 */
export interface LgSelectDetail {
  /** Indicator id, or the programme id for `<reform-progress>`. */
  readonly indicator: string;
  /** The row's period key (`2019-Q4`), or the reform report's date. */
  readonly period: string;
  /**
   * The selected row's group: one entry per grouping field, e.g. `{district: '黄浦区'}`; `'*'` in
   * every field is the total row, `{}` an ungrouped Report. `<reform-progress>` gives
   * `{area: id}` or `{task: id}`. An object: read a field (`detail.group.district`), or `label`.
   */
  readonly group: Readonly<Record<string, GroupValue>>;
  /** The selected item's name as the widget shows it, in its language (`黄浦区`, `合计`, an area's label). */
  readonly label: string;
  readonly value: number | null;
  /** The activated area's or task's id (`<reform-progress>`). */
  readonly id?: string;
}

/** The `lg-select` event, for handlers typed without casts (`(event: LgSelectEvent) => …`). */
export type LgSelectEvent = CustomEvent<LgSelectDetail>;
/** The `lg-error` event. */
export type LgErrorEvent = CustomEvent<LgErrorDetail>;

type Phase<T> =
  | { kind: 'empty-source' }
  | { kind: 'loading' }
  | { kind: 'error'; code: WidgetErrorCode; detail: Detail }
  | { kind: 'data'; report: T; source: string };

/** Options of {@link DataElement.exportPng}. */
export interface ExportPngOptions {
  /** Device pixels per CSS pixel of the image; default 2 (sharp when printed or zoomed). */
  readonly scale?: number;
}

type ExportKit = typeof ExportKitModule;

const DEFAULT_TIMEOUT_S = 15;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Shared behaviour of the widgets.
 *
 * Data comes in exactly one of three ways — the `report` property, the `src` attribute (a URL
 * returning Report JSON), or a child `<script type="application/json">` — and giving two is an
 * error shown in the widget, never a merge. `src` loads abort when `src` changes or the element
 * disconnects, so the latest request always wins; `timeout` (seconds, default 15), `max-bytes`
 * (default 5 MiB) and `credentials` (`omit` by default) bound it. Any failure is shown inside the
 * widget with `role="alert"` and fired as `lg-error`; the host page is never affected: data that
 * throws when read (a getter, a Proxy), holds cycles or nests deep, or even a view that throws
 * while drawing it, ends in the error state, never in the page's error handlers or `updateComplete`.
 *
 * Language: the `lang` attribute, else the nearest ancestor's `lang`, else `zh-CN`.
 *
 * Export: `exportSvg()` and `exportPng({scale})` give the widget as drawn as a self-contained image
 * (docs/export.md); a download menu in the top corner offers SVG, PNG and the CSV of the visible
 * numbers (where the widget has `exportCsv()`); `no-export` hides it. The export code loads on
 * first use.
 *
 * @attr no-export - Hides the download menu (the export methods still work).
 * @fires lg-error - {code, message, source} when data cannot be loaded or validated
 * @csspart export-menu - the download menu (a `<details>`)
 * @csspart export-button - the download menu's button
 * @csspart export-list - the download menu's formats
 * @csspart export-error - why the last export failed
 * @cssprop --lg-font - font family
 * @cssprop --lg-bg - background colour
 * @cssprop --lg-fg - text colour
 * @cssprop --lg-muted - secondary text and axis labels
 * @cssprop --lg-border - border colour
 * @cssprop --lg-good - "good" status colour (always shown with a word or icon too)
 * @cssprop --lg-warning - "warning" status colour
 * @cssprop --lg-bad - "bad" status colour
 * @cssprop --lg-neutral - colour of a status-free mark
 * @cssprop --lg-accent - accent colour: focus ring, controls, progress bars
 * @cssprop --lg-series-1 - first series colour (the palette cycles through four)
 * @cssprop --lg-series-2 - second series colour
 * @cssprop --lg-series-3 - third series colour
 * @cssprop --lg-series-4 - fourth series colour
 * @cssprop --lg-radius - corner radius
 * @cssprop --lg-space - inner spacing (the host's padding)
 */
export abstract class DataElement<T extends object> extends LitElement {
  // Declared without decorators: the single-widget bundles then carry no decorator helpers.
  static override properties: PropertyDeclarations = {
    report: { attribute: false },
    src: { reflect: true },
    timeout: { type: Number },
    maxBytes: { type: Number, attribute: 'max-bytes' },
    credentials: {},
    theme: { reflect: true },
    noExport: { type: Boolean, reflect: true, attribute: 'no-export' },
    phase: { state: true },
    exportProblem: { state: true },
  };

  /** The data object (the way portal code gives data). */
  report: T | undefined;
  /** URL of Report JSON. */
  src: string | undefined;
  /** Seconds before a `src` request is abandoned. */
  timeout = DEFAULT_TIMEOUT_S;
  /** Largest accepted response body, in bytes. */
  maxBytes = DEFAULT_MAX_BYTES;
  /** `omit` (default), `same-origin` or `include`. */
  credentials: RequestCredentials = 'omit';
  /** `light`, `dark`, or unset to follow the system. */
  theme: 'light' | 'dark' | undefined;
  /** Hides the download menu. */
  noExport = false;

  protected phase: Phase<T> = { kind: 'empty-source' };
  /** The `schema` id of the documents this widget shows; another kind is refused by name (`wrong_kind`). */
  protected readonly dataSchema: string | undefined;
  /** Why the last export failed, shown beside the download menu until one succeeds. */
  protected exportProblem: string | undefined;
  #loadController: AbortController | undefined;
  #inlineObserver: MutationObserver | undefined;

  // A language switch sets `lang` on the widget: show it at once.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /**
   * The resolved language: the element's own `lang`, else the nearest ancestor's; one the widgets
   * do not speak (`fr`) gives way to the next one out (the page's `lang="en"`), and none at all to zh-CN.
   */
  protected get language(): WidgetLang {
    // A server-side render (lawgauge/ssr) has no tree to inherit from: the element's own attribute decides.
    let spoken = spokenLanguage(this.getAttribute('lang'));
    if (isServer) return spoken ?? 'zh-CN';
    for (
      let at = this.parentElement?.closest('[lang]');
      spoken === undefined && at;
      at = at.parentElement?.closest('[lang]')
    )
      spoken = spokenLanguage(at.getAttribute('lang'));
    return spoken ?? 'zh-CN';
  }

  protected get baseMessages(): BaseMessages {
    return BASE_MESSAGES[this.language];
  }

  /**
   * The shadow root to draw in. A server-side render (lawgauge/ssr) leaves a declarative one,
   * holding the same view and the Report as inline JSON: it is emptied here, and the first update
   * (in the same task, before the page is painted again) draws the same content into it, so the
   * element takes over with no flash and no fetch. Lit's hydration would keep the nodes but adds
   * about 2 KiB gzipped to every bundle.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!isServer) this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Every widget formats numbers; for classes registered by hand (see warm-intl.ts).
    scheduleIntlWarmUp(() => this.language);
    // Inline JSON may be added after the element; watch its children.
    this.#inlineObserver = new MutationObserver(() => this.#resolveSource());
    this.#inlineObserver.observe(this, { childList: true, subtree: true, characterData: true });
    // The first update resolves the sources; a reconnected element (its load aborted) does it here.
    if (this.hasUpdated) this.#resolveSource();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#inlineObserver?.disconnect();
    this.#loadController?.abort();
    this.#loadController = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('report') || changed.has('src')) this.#resolveSource();
  }

  #inlineScript(): HTMLScriptElement | null {
    // A server-side render sees no children (lawgauge/ssr gives the Report as the property).
    if (isServer) return null;
    return this.querySelector(':scope > script[type="application/json"]');
  }

  /** Decides which source is in use and starts loading; called whenever a source may have changed. */
  #resolveSource(): void {
    const inline = this.#inlineScript();
    const given: DataSource[] = [];
    if (this.report !== undefined) given.push('property');
    if (this.src !== undefined && this.src !== '') given.push('attribute');
    if (inline !== null) given.push('inline');
    this.#loadController?.abort();
    this.#loadController = undefined;
    if (given.length > 1)
      return this.#fail('conflicting_sources', (lang) => BASE_MESSAGES[lang].sourcesGiven(given), 'element');
    if (this.report !== undefined) return this.#accept(() => this.report, 'property');
    if (inline !== null) return this.#accept(() => JSON.parse(inline.textContent ?? '') as unknown, 'inline');
    if (this.src !== undefined && this.src !== '') return this.#startLoad(this.src);
    this.phase = { kind: 'empty-source' };
  }

  #accept(read: () => unknown, source: string): void {
    let json: unknown;
    try {
      json = read();
    } catch (error) {
      return this.#fail('invalid_json', (error as Error).message, source);
    }
    try {
      this.phase = { kind: 'data', report: validated((data) => this.parseData(data), json, this.dataSchema), source };
    } catch (error) {
      const { code, detail, explained } = error as WidgetLoadError;
      this.#fail(code, detail, source, explained);
    }
  }

  #startLoad(url: string): void {
    const controller = new AbortController();
    this.#loadController = controller;
    this.phase = { kind: 'loading' };
    loadReport(
      url,
      {
        signal: controller.signal,
        timeoutMs: this.timeout * 1000,
        maxBytes: this.maxBytes,
        credentials: this.credentials,
      },
      (json) => this.parseData(json),
      this.dataSchema,
    ).then(
      (report) => {
        if (this.#loadController === controller) this.phase = { kind: 'data', report, source: url };
      },
      (error: unknown) => {
        // A superseded or disconnected request is silently dropped: the latest request wins.
        if (this.#loadController !== controller || controller.signal.aborted) return;
        if (error instanceof WidgetLoadError) this.#fail(error.code, error.detail, url, error.explained);
        else this.#fail('network', String(error), url);
      },
    );
  }

  /**
   * Shows a failure and fires `lg-error`. With a fuller detail on its way (`explained`), the widget
   * shows the short one meanwhile, and the fuller one (or, if it cannot be had, the short one) is
   * shown and fired once it is there, unless another source has been given since.
   */
  #fail(code: WidgetErrorCode, detail: Detail, source: string, explained?: Promise<Detail | undefined>): void {
    const phase: Phase<T> = { kind: 'error', code, detail };
    this.phase = phase;
    const fire = (words: Detail): void =>
      this.fireError({ code, message: `${this.errorTitle(code)}: ${this.#inWords(words)}`, source });
    if (explained === undefined) return fire(detail);
    void explained
      .catch(() => undefined)
      .then((fuller) => {
        if (this.phase !== phase) return;
        if (fuller !== undefined) this.phase = { kind: 'error', code, detail: fuller };
        fire(fuller ?? detail);
      });
  }

  /** Fires `lg-error`: for the data's failures (which the widget then shows), and a widget's own (`invalid_as_of`). */
  protected fireError(detail: LgErrorDetail): void {
    this.dispatchEvent(new CustomEvent<LgErrorDetail>('lg-error', { detail, bubbles: true, composed: true }));
  }

  #inWords(detail: Detail): string {
    return typeof detail === 'string' ? detail : detail(this.language);
  }

  /** The headline of an error; a widget whose data is not an indicator Report words `invalid_report` its own way. */
  protected errorTitle(code: WidgetErrorCode): string {
    return this.baseMessages.errors[code];
  }

  protected override render(): TemplateResult {
    const phase = this.phase;
    switch (phase.kind) {
      case 'empty-source':
        return html`<p class="state" role="status">${this.baseMessages.errors.no_data_source}</p>`;
      case 'loading':
        return html`<p class="state" role="status" aria-live="polite">${this.baseMessages.loading}</p>`;
      case 'error':
        return this.renderError(phase.code, phase.detail);
      case 'data':
        // Checked data that still throws while drawn (a getter that passed the check once) is
        // shown as unreadable, here rather than through `updateComplete`.
        try {
          this.#menuPlaced = false;
          const view = this.renderReport(this.shown(phase.report));
          return this.noExport || !this.exportable || this.#menuPlaced
            ? view
            : html`${this.#renderExportMenu()}${view}`;
        } catch (error) {
          const { code, detail, explained } = loadError(error);
          this.#fail(code, detail, phase.source, explained);
          return this.renderError(code, detail);
        }
    }
  }

  /** Whether the widget offers the download menu; a container of widgets (the dashboard) does not. */
  protected get exportable(): boolean {
    return true;
  }

  /** Whether this render's `renderReport` placed the download menu itself ({@link exportControl}). */
  #menuPlaced = false;

  /**
   * The download menu for a widget to place in its toolbar, after its other controls, so that the
   * tab order follows the visual order (left to right); a widget that does not call it gets the
   * menu before its view, floated to the top right corner.
   */
  protected exportControl(): TemplateResult | typeof nothing {
    if (this.noExport || !this.exportable) return nothing;
    this.#menuPlaced = true;
    return this.#renderExportMenu();
  }

  #renderExportMenu(): TemplateResult {
    const csv = typeof (this as { exportCsv?: unknown }).exportCsv === 'function';
    return exportMenu(
      this.language,
      csv,
      (format) =>
        format === 'csv'
          ? (this as unknown as { exportCsv(): string }).exportCsv()
          : void this.#export((kit, data, shown) => kit.download(this, data, this.language, shown, format)).catch(
              () => undefined,
            ),
      this.exportProblem,
    );
  }

  /**
   * The widget as drawn now, as a self-contained SVG document (a string: ready to write to a file,
   * put in a page or parse; `new Blob([svg], {type: 'image/svg+xml'})` makes it a file): its marks
   * and text, the theme's colours and the fonts (with CJK fallbacks) written in, its name as
   * `<title>`, its text summary as `<desc>`, and under it the notes: the period it shows (an
   * indicator widget's `periodsShown()`), unit, source, method and suppression. Rejects while the
   * widget shows no data.
   */
  exportSvg(): Promise<string> {
    return this.#export((kit, data, shown) => kit.widgetSvg(this, data, this.language, shown).svg);
  }

  /**
   * The same image as a PNG, `scale` (default 2) device pixels per CSS pixel. Draws the SVG through
   * a `blob:` URL: a page whose CSP limits `img-src` must allow `blob:`; refused, the promise
   * rejects and the widget says why beside its download menu.
   */
  exportPng({ scale = 2 }: ExportPngOptions = {}): Promise<Blob> {
    return this.#export((kit, data, shown) =>
      kit.svgToPng(kit.widgetSvg(this, data, this.language, shown), scale, this.language),
    );
  }

  /**
   * The periods the widget shows now, worded, for the notes under an exported image; none where
   * the widget does not say (a reform report's notes give its as-of date).
   */
  protected shownPeriodNames?(): PeriodNames | undefined;

  /**
   * Runs an export with the export code (loaded on first use) and the data as drawn, once the
   * widget is up to date; a failure is shown beside the menu and rejects, a success clears it.
   */
  async #export<R>(
    make: (kit: ExportKit, data: ExportedData, shown: PeriodNames | undefined) => R | Promise<R>,
  ): Promise<R> {
    try {
      const kit = await exportKit();
      await this.updateComplete;
      const phase = this.phase;
      if (phase.kind !== 'data' || !this.exportable) throw kit.noData(this.language);
      const result = await make(kit, this.shown(phase.report) as ExportedData, this.shownPeriodNames?.());
      this.exportProblem = undefined;
      return result;
    } catch (error) {
      this.exportProblem = (error as Error).message;
      throw error;
    }
  }

  /** The error state: an alert naming what failed. */
  protected renderError(code: WidgetErrorCode, detail: Detail): TemplateResult {
    return html`<div role="alert" part="error"><strong>${this.errorTitle(code)}</strong><br /><small>${this.#inWords(detail)}</small></div>`;
  }

  /**
   * Checks untrusted JSON against the widget's data contract; throws a ShapeFailure (or a
   * LawGaugeError), which `loadError` explains in the widget's language, or a WidgetLoadError.
   */
  protected abstract parseData(json: unknown): T;

  /** The widget's view of valid data. */
  protected abstract renderReport(report: T): TemplateResult;

  /** The data as drawn: what was given, with what the host adds (an indicator widget's `groupLabels`). */
  protected shown(report: T): T {
    return report;
  }

  /**
   * Focuses what `selector` finds in the element once the render under way is done: the mark a
   * key moved to, or a control that replaced the one that had the focus.
   */
  protected focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement | SVGElement>(selector)?.focus());
  }

  /** Fires `lg-select` for a point, bar or row the user activated. */
  protected select(detail: LgSelectDetail): void {
    this.dispatchEvent(new CustomEvent<LgSelectDetail>('lg-select', { detail, bubbles: true, composed: true }));
  }
}

/** The widgets' language for a `lang` value: en for `en…`, zh-CN for `zh…`, none for others (`fr`) or none. */
function spokenLanguage(lang: string | null | undefined): WidgetLang | undefined {
  const tag = lang?.toLowerCase() ?? '';
  return tag.startsWith('en') ? 'en' : tag.startsWith('zh') ? 'zh-CN' : undefined;
}

/** Base of the indicator widgets: data is an indicator Report (`lawgauge/report@1`). */
export abstract class LawGaugeElement extends DataElement<Report> {
  protected override readonly dataSchema = REPORT_SCHEMA_ID;
  #groupLabels: GroupLabels | undefined;
  #labelled: { source: Report; labels: GroupLabels; report: Report } | undefined;

  // An accessor rather than a declared property: a static `properties` here would keep this class,
  // and the Report check it imports, in bundles that never use it (<reform-progress> alone).
  /**
   * Names of group values in each language (`{district: {黄浦区: {'zh-CN': '黄浦区', en: 'Huangpu'}}}`);
   * a field named here takes these names instead of the Report's own `groupLabels` for it.
   * `<lawgauge-dashboard>` gives its config's.
   */
  get groupLabels(): GroupLabels | undefined {
    return this.#groupLabels;
  }
  set groupLabels(labels: GroupLabels | undefined) {
    const old = this.#groupLabels;
    this.#groupLabels = labels;
    this.requestUpdate('groupLabels', old);
  }

  protected override shown(report: Report): Report {
    const labels = this.groupLabels;
    if (labels === undefined) return report;
    // One labelled copy per Report and labels, so a re-render draws the same object.
    const last = this.#labelled;
    if (last?.source === report && last.labels === labels) return last.report;
    const labelled = { ...report, groupLabels: { ...report.groupLabels, ...labels } };
    this.#labelled = { source: report, labels, report: labelled };
    return labelled;
  }

  protected get messages(): Messages {
    return MESSAGES[this.language];
  }

  /**
   * The periods the widget shows now, as period keys: one (`first` = `last`: a card's, the bars',
   * a table's, a map's, a funnel's) or a series from `first` to `last` (a trend's, an SPC chart's);
   * undefined while it shows none (no data, or a message instead of a chart). The notes under an
   * exported image name these, not the whole range of the Report.
   */
  periodsShown(): PeriodsShown | undefined {
    const phase = this.phase;
    return phase.kind === 'data' ? this.periodsIn(this.shown(phase.report)) : undefined;
  }

  /** The periods the view of `report` shows (see {@link periodsShown}), decided as the view decides them. */
  protected abstract periodsIn(report: Report): PeriodsShown | undefined;

  protected override shownPeriodNames(): PeriodNames | undefined {
    return periodNames(this.periodsShown(), this.language);
  }

  /** Checks the Report; its problems are given in the widget's language, each with its path (see loadError). */
  protected parseData(json: unknown): Report {
    return validReport(json);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lg-error': LgErrorEvent;
    'lg-select': LgSelectEvent;
  }
}
