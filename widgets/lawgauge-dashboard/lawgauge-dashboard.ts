import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { checkDashboardShape, type Dashboard, type Panel } from '../../src/index.js';
import { DataElement, type LgSelectDetail } from '../base/lawgauge-element.js';
import { dateLabel } from '../base/date-label.js';
import { themeStyles } from '../base/theme.styles.js';
import { controlStyles } from '../base/controls.styles.js';
import { DASHBOARD_MESSAGES } from './dashboard-messages.js';
import { dashboardStyles } from './lawgauge-dashboard.styles.js';

/** The filter value carried in the page's URL hash (`#district=黄浦区`), so a view can be shared. */
function hashFilter(field: string): string | undefined {
  return new URLSearchParams(location.hash.slice(1)).get(field) ?? undefined;
}

/**
 * @tagname lawgauge-dashboard
 * @summary A whole dashboard from one JSON config: sections of widget panels, cross-filtered.
 *
 * Renders a dashboard config (schema: `schema/dashboard.schema.json`): a title, sections with
 * headings, and a responsive grid of panels, each an `<indicator-card|trend|bars|table>` or
 * `<reform-progress>` reading its Report from a URL. With `filter` (e.g. `district`), selecting a
 * bar, point or row in one panel filters the others (cards show that group, bars highlight it,
 * trends show its series); a "clear filter" button undoes it, and the URL hash (`#district=…`)
 * holds the filter so the view can be shared. A skip button (shown on focus) leads to the first section; focus follows
 * the layout. The language (`lang`) and theme (`theme`) are passed to every panel.
 *
 * @attr src - URL of the dashboard config JSON.
 * @attr lang - `zh-CN` (default) or `en`; inherited from ancestors.
 * @attr theme - `light` or `dark`; default follows the system.
 * @prop report - The dashboard config object.
 * @fires lg-error - {code, message, source} when the config cannot be loaded or validated
 * @csspart header - the title and date
 * @csspart section - each section of panels
 * @csspart error - the error message
 */
export class LawgaugeDashboard extends DataElement<Dashboard> {
  static override styles = [themeStyles, controlStyles, dashboardStyles];
  static override properties: PropertyDeclarations = { filterValue: { state: true } };

  /** The selected value of the config's filter field, if any. */
  private filterValue: string | undefined;
  private readonly onHash = (): void => {
    const field = this.phase.kind === 'data' ? this.phase.report.filter : undefined;
    if (field !== undefined) this.filterValue = hashFilter(field);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
  }

  protected parseData(json: unknown): Dashboard {
    const config = checkDashboardShape(json);
    if (config.filter !== undefined) this.filterValue = hashFilter(config.filter);
    return config;
  }

  private setFilter(value: string | undefined): void {
    const field = this.phase.kind === 'data' ? this.phase.report.filter : undefined;
    if (field === undefined) return;
    this.filterValue = value;
    const params = new URLSearchParams(location.hash.slice(1));
    if (value === undefined) params.delete(field);
    else params.set(field, value);
    const hash = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash === '' ? '' : `#${hash}`}`);
  }

  private onSelect(event: CustomEvent<LgSelectDetail>, config: Dashboard): void {
    const field = config.filter;
    if (field === undefined) return;
    const value = event.detail.group[field];
    if (value !== undefined && value !== null && value !== '*') this.setFilter(String(value));
  }

  private renderPanel(panel: Panel, lang: 'zh-CN' | 'en', theme: string | undefined): TemplateResult {
    const options = panel.options ?? {};
    const filter = panel.filtered === false ? undefined : this.filterValue;
    // Panel URLs are relative to the config file when it was loaded from one, else to the page.
    const src = this.src === undefined || this.src === '' ? panel.src : new URL(panel.src, new URL(this.src, document.baseURI)).href;
    switch (panel.widget) {
      case 'indicator-card':
        return html`<indicator-card lang=${lang} theme=${ifDefined(theme)} src=${src} group=${ifDefined(options.group ?? filter)} period=${ifDefined(options.period)}></indicator-card>`;
      case 'indicator-trend':
        return html`<indicator-trend lang=${lang} theme=${ifDefined(theme)} src=${src} groups=${ifDefined(filter ?? options.groups)} .annotations=${(panel.annotations ?? []).map((note) => ({ date: note.date, label: note.label[lang] }))}></indicator-trend>`;
      case 'indicator-bars':
        return html`<indicator-bars lang=${lang} theme=${ifDefined(theme)} src=${src} period=${ifDefined(options.period)} selected=${ifDefined(filter ?? options.selected)}></indicator-bars>`;
      case 'indicator-table':
        return html`<indicator-table lang=${lang} theme=${ifDefined(theme)} src=${src} period=${ifDefined(options.period)}></indicator-table>`;
      case 'reform-progress':
        return html`<reform-progress lang=${lang} theme=${ifDefined(theme)} src=${src} view=${ifDefined(options.view)} area=${ifDefined(options.area)} owner=${ifDefined(options.owner)} as-of=${ifDefined(options['as-of'])}></reform-progress>`;
    }
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
        ${config.subtitle === undefined && config.asOf === undefined
          ? nothing
          : html`<p>${config.subtitle?.[lang] ?? ''}${config.subtitle !== undefined && config.asOf !== undefined ? ' · ' : ''}${config.asOf === undefined ? '' : m.asOf(dateLabel(config.asOf, lang))}</p>`}
      </div>
      ${this.filterValue === undefined || config.filter === undefined
        ? nothing
        : html`<p class="filter" role="status">${m.filteredBy(this.filterValue)} <button type="button" @click=${() => this.setFilter(undefined)}>${m.clear}</button></p>`}
      <div id="panels" @lg-select=${(event: CustomEvent<LgSelectDetail>) => this.onSelect(event, config)}>
        ${config.sections.map(
          (section) => html`<section part="section" aria-labelledby=${`s-${section.id}`}>
            <h2 id=${`s-${section.id}`} tabindex="-1">${section.title[lang]}</h2>
            <div class="grid">${section.panels.map((panel) => html`<div class=${`panel span-${panel.span ?? 1}`}>${this.renderPanel(panel, lang, theme)}</div>`)}</div>
          </section>`,
        )}
      </div>
    `;
  }
}
