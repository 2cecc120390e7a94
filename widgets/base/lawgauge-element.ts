import { LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { checkReportShape, type GroupValue, type Report, type ReportRow } from '../../src/index.js';
import { loadReport, validated, WidgetLoadError } from './load-report.js';
import { MESSAGES, type Messages } from './indicator-messages.js';
import { groupName } from './report-text.js';
import { scheduleIntlWarmUp } from './warm-intl.js';
import { BASE_MESSAGES, type BaseMessages, type WidgetErrorCode, type WidgetLang } from './messages.js';

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

type Phase<T> = { kind: 'empty-source' } | { kind: 'loading' } | { kind: 'error'; code: WidgetErrorCode; detail: string } | { kind: 'data'; report: T };

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
 * widget with `role="alert"` and fired as `lg-error`; the host page is never affected.
 *
 * Language: the `lang` attribute, else the nearest ancestor's `lang`, else `zh-CN`.
 *
 * @fires lg-error - {code, message, source} when data cannot be loaded or validated
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
    phase: { state: true },
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

  protected phase: Phase<T> = { kind: 'empty-source' };
  private loadController: AbortController | undefined;
  private inlineObserver: MutationObserver | undefined;

  // A language switch sets `lang` on the widget: show it at once.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The resolved language. */
  protected get language(): WidgetLang {
    const own = this.getAttribute('lang') ?? this.closest('[lang]')?.getAttribute('lang') ?? 'zh-CN';
    return own.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
  }

  protected get baseMessages(): BaseMessages {
    return BASE_MESSAGES[this.language];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Every widget formats numbers; for classes registered by hand (see warm-intl.ts).
    scheduleIntlWarmUp(() => this.language);
    // Inline JSON may be added after the element; watch its children.
    this.inlineObserver = new MutationObserver(() => this.resolveSource());
    this.inlineObserver.observe(this, { childList: true, subtree: true, characterData: true });
    // The first update resolves the sources; a reconnected element (its load aborted) does it here.
    if (this.hasUpdated) this.resolveSource();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.inlineObserver?.disconnect();
    this.loadController?.abort();
    this.loadController = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('report') || changed.has('src')) this.resolveSource();
  }

  private inlineScript(): HTMLScriptElement | null {
    return this.querySelector(':scope > script[type="application/json"]');
  }

  /** Decides which source is in use and starts loading; called whenever a source may have changed. */
  private resolveSource(): void {
    const inline = this.inlineScript();
    const given = [this.report !== undefined, this.src !== undefined && this.src !== '', inline !== null].filter(Boolean).length;
    this.loadController?.abort();
    this.loadController = undefined;
    if (given > 1) return this.fail('conflicting_sources', 'report, src and inline JSON: give only one', 'element');
    if (this.report !== undefined) return this.accept(() => validated((json) => this.parseData(json), this.report), 'property');
    if (inline !== null) return this.accept(() => validated((json) => this.parseData(json), JSON.parse(inline.textContent ?? '')), 'inline');
    if (this.src !== undefined && this.src !== '') return this.startLoad(this.src);
    this.phase = { kind: 'empty-source' };
  }

  private accept(read: () => T, source: string): void {
    try {
      this.phase = { kind: 'data', report: read() };
    } catch (error) {
      if (error instanceof WidgetLoadError) this.fail(error.code, error.detail, source);
      else if (error instanceof SyntaxError) this.fail('invalid_json', error.message, source);
      else throw error;
    }
  }

  private startLoad(url: string): void {
    const controller = new AbortController();
    this.loadController = controller;
    this.phase = { kind: 'loading' };
    loadReport(url, { signal: controller.signal, timeoutMs: this.timeout * 1000, maxBytes: this.maxBytes, credentials: this.credentials }, (json) => this.parseData(json)).then(
      (report) => {
        if (this.loadController === controller) this.phase = { kind: 'data', report };
      },
      (error: unknown) => {
        // A superseded or disconnected request is silently dropped: the latest request wins.
        if (this.loadController !== controller || controller.signal.aborted) return;
        if (error instanceof WidgetLoadError) this.fail(error.code, error.detail, url);
        else this.fail('network', String(error), url);
      },
    );
  }

  private fail(code: WidgetErrorCode, detail: string, source: string): void {
    this.phase = { kind: 'error', code, detail };
    const message = `${BASE_MESSAGES[this.language].errors[code]}: ${detail}`;
    this.dispatchEvent(new CustomEvent<LgErrorDetail>('lg-error', { detail: { code, message, source }, bubbles: true, composed: true }));
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
        return this.renderReport(phase.report);
    }
  }

  /** The error state: an alert naming what failed. */
  protected renderError(code: WidgetErrorCode, detail: string): TemplateResult {
    return html`<div role="alert" part="error"><strong>${this.baseMessages.errors[code]}</strong><br /><small>${detail}</small></div>`;
  }

  /** Checks untrusted JSON against the widget's data contract; throws a LawGaugeError. */
  protected abstract parseData(json: unknown): T;

  /** The widget's view of valid data. */
  protected abstract renderReport(report: T): TemplateResult;

  /** Fires `lg-select` for a point, bar or row the user activated. */
  protected select(detail: LgSelectDetail): void {
    this.dispatchEvent(new CustomEvent<LgSelectDetail>('lg-select', { detail, bubbles: true, composed: true }));
  }
}

/** Base of the indicator widgets: data is an indicator Report (`lawgauge/report@1`). */
export abstract class LawGaugeElement extends DataElement<Report> {
  protected get messages(): Messages {
    return MESSAGES[this.language];
  }

  protected parseData(json: unknown): Report {
    return checkReportShape(json);
  }

  /** Fires `lg-select` for a Report row the user activated. */
  protected selectRow(report: Report, row: ReportRow): void {
    this.select({ indicator: report.indicator.id, period: row.period, group: { ...row.group }, label: groupName(report, row, this.language), value: row.value });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lg-error': LgErrorEvent;
    'lg-select': LgSelectEvent;
  }
}
