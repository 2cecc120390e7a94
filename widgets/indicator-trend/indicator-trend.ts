import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { parseIsoDay, parsePeriodKey, TOTAL, type Report, type ReportRow } from '../../src/index.js';
import { chartStyles } from '../base/chart.styles.js';
import { controlStyles } from '../base/controls.styles.js';
import { exportRows } from '../base/csv-export.js';
import { dataTable } from '../base/data-table.js';
import { ChartElement } from '../base/chart-element.js';
import { CHART_MESSAGES } from '../base/chart-messages.js';
import { periodLabel, type PeriodsShown } from '../base/period-label.js';
import { groupName, rowSelection, valueText } from '../base/report-text.js';
import { TEXT_MESSAGES } from '../base/text-messages.js';
import { themeStyles } from '../base/theme.styles.js';
import { indicatorTrendStyles } from './indicator-trend.styles.js';
import { periodLookup } from './period-lookup.js';
import { TREND_MESSAGES } from './trend-messages.js';
import { annotationMarks } from './marks/annotation-mark.js';
import { gapMarks } from './marks/gap-mark.js';
import { goodBandMark } from './marks/good-band-mark.js';
import { intervalBandMark } from './marks/interval-band-mark.js';
import { periodAxisMark } from './marks/period-axis-mark.js';
import { lineMark, loneValueMarks, pointMarks } from './marks/series-mark.js';
import { targetMark } from './marks/target-mark.js';
import { valueAxisMark } from './marks/value-axis-mark.js';
import { trendLayout } from './trend-layout.js';
import { steppedIndex } from '../base/stepped-index.js';

/** A dated note on the chart, e.g. `{date: "2019-11-05", label: "进博会"}`. */
export interface TrendAnnotation {
  readonly date: string;
  readonly label: string;
}

const DEFAULT_WIDTH = 560;
/** Series drawn at most; colours cycle through the four --lg-series-* properties. */
const MAX_SERIES = 16;

/** Whether a day (from `parseIsoDay`) falls within a period (a period key such as 2019-03). */
function inPeriod(day: number | undefined, key: string): boolean {
  if (day === undefined) return false;
  const period = parsePeriodKey(key);
  return period !== undefined && period.start <= day && day <= period.end;
}

interface Series {
  readonly key: string;
  readonly name: string;
  readonly rows: readonly ReportRow[];
}

/**
 * @tagname indicator-trend
 * @summary An indicator over time, for the total or several groups.
 *
 * One line per group (the total by default; `groups` picks up to 16, comma-separated), a
 * legend whose entries switch series on and off, the target as a dashed line, the "good"
 * threshold zone as a band, the 95% interval of sampled rates as a shaded band (single series),
 * and dated annotations, their labels in lanes above the plot (cut with an ellipsis where they do
 * not fit, whole in the announcement and under the table view). The value axis always has a
 * gridline at or beyond every value and interval drawn. One tab stop, then arrow keys / Home /
 * End move between periods, each announced with every visible series' value; Enter fires
 * `lg-select`; Escape moves the focus to the chart as a whole. "View as table" shows the same numbers with a CSV export.
 *
 * @attr groups - Comma-separated group values to draw; default the total.
 * @attr src - URL of Report JSON.
 * @attr lang - `zh-CN` (default) or `en`; inherited from ancestors.
 * @attr theme - `light` or `dark`; default follows the system.
 * @prop report - A Report object.
 * @prop annotations - Dated notes ({date, label}) drawn as vertical lines.
 * @fires lg-select - {indicator, period, group, value} when a point is activated
 * @fires lg-error - {code, message, source} when data cannot be loaded or validated
 * @csspart chart - the plot
 * @csspart legend - the series switches
 * @csspart tooltip - the focused period's values
 * @csspart summary - the text summary
 * @csspart table - the table view
 * @csspart annotations - the annotations listed under the table view
 * @csspart toggle - the chart / table switch
 * @csspart export - the CSV export button
 */
export class IndicatorTrend extends ChartElement {
  static override styles = [themeStyles, controlStyles, chartStyles, indicatorTrendStyles];

  // Declared without decorators, like the base class: no decorator helpers in the bundles.
  static override properties: PropertyDeclarations = {
    groups: {},
    annotations: { attribute: false },
    tableView: { state: true },
    hiddenSeries: { state: true },
    active: { state: true },
  };

  groups: string | undefined;
  annotations: readonly TrendAnnotation[] = [];
  private tableView = false;
  private hiddenSeries = new Set<string>();
  private active: number | undefined;

  /** The wanted series, their rows gathered in one pass over the Report. */
  private series(report: Report): Series[] {
    const field = report.groupBy[0];
    const wanted =
      !this.groups || field === undefined
        ? [TOTAL]
        : this.groups
            .split(',')
            .map((item) => item.trim())
            .filter(Boolean)
            .slice(0, MAX_SERIES);
    const rowsByKey = new Map<string, ReportRow[]>(wanted.map((key) => [key, []]));
    // Indexed loops over rows here and below: a first render runs in V8's interpreter, where
    // for-of allocates an iterator result per row.
    const rows = report.rows;
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index]!;
      rowsByKey.get(field === undefined ? TOTAL : String(row.group[field]))?.push(row);
    }
    const lang = this.language;
    return wanted.map((key) => {
      const rows = rowsByKey.get(key)!;
      const name = rows[0] === undefined ? key : groupName(report, rows[0], lang);
      return { key, name, rows };
    });
  }

  /** The Report's periods in the order they first appear. */
  private periods(report: Report): string[] {
    const periods = new Set<string>();
    const rows = report.rows;
    // Rows usually come a period at a time, so most are the previous row's period.
    let previous: string | undefined;
    for (let index = 0; index < rows.length; index++) {
      const period = rows[index]!.period;
      if (period !== previous) periods.add(period);
      previous = period;
    }
    return [...periods];
  }

  /** The periods along the time axis, first to last (every period of the Report, whichever series are drawn). */
  protected override periodsIn(report: Report): PeriodsShown | undefined {
    const periods = this.periods(report);
    if (periods.length === 0 || this.series(report).every((series) => series.rows.length === 0)) return undefined;
    return { first: periods[0]!, last: periods.at(-1)! };
  }

  /** The visible numbers as CSV (UTF-8 with BOM, formula-like text neutralised), also offered as a download. */
  exportCsv(): string {
    return this.phase.kind === 'data'
      ? exportRows(
          this.phase.report,
          this.series(this.phase.report).flatMap((series) => series.rows),
          this.language,
          this.messages,
        )
      : '';
  }

  /** A period as announced and shown in the tooltip: each visible series' value, then the period's annotations. */
  private describePeriod(report: Report, visible: readonly Series[], period: string): string {
    const lang = this.language;
    const m = this.messages;
    const p = TEXT_MESSAGES[lang].punctuation;
    const values = visible.map((series) => {
      const row = series.rows.find((candidate) => candidate.period === period);
      return `${series.name} ${row === undefined ? m.flag['no-data'] : valueText(report, row, lang, m)}`;
    });
    const notes = this.annotations.filter((note) => inPeriod(parseIsoDay(note.date), period)).map((note) => note.label);
    return `${periodLabel(period, lang)}${p.colon}${values.join(p.comma)}${notes.length > 0 ? `${p.semicolon}${notes.join(p.comma)}` : ''}`;
  }

  private onKey(event: KeyboardEvent, report: Report, periods: readonly string[], visible: readonly Series[]): void {
    const current = this.active ?? periods.length - 1;
    const moved = steppedIndex(event.key, current, periods.length, 'forward');
    if (moved !== undefined) {
      event.preventDefault();
      this.active = moved;
    } else if ((event.key === 'Enter' || event.key === ' ') && visible[0] !== undefined) {
      event.preventDefault();
      const row = visible[0].rows.find((candidate) => candidate.period === periods[current]);
      if (row !== undefined) this.select(rowSelection(report, row, this.language));
    } else if (event.key === 'Escape') {
      this.active = undefined;
      this.leaveMarks(event);
    }
  }

  protected renderReport(report: Report): TemplateResult {
    const m = this.messages;
    const lang = this.language;
    const chart = CHART_MESSAGES[lang];
    const all = this.series(report);
    const visible = all.filter((series) => !this.hiddenSeries.has(series.key));
    const periods = this.periods(report);
    const label = report.indicator.label[lang];
    if (periods.length === 0 || all.every((series) => series.rows.length === 0))
      return html`<h3>${label}</h3><p class="state" role="status">${m.empty}</p>`;
    // Every series described (a trend of several groups is more than its first).
    const described = all.flatMap((series) => {
      const first = series.rows.find((row) => row.value !== null);
      const last = series.rows.findLast((row) => row.value !== null);
      return first === undefined || last === undefined
        ? []
        : [
            m.trend(
              TEXT_MESSAGES[lang].punctuation.aside(label, series.name),
              valueText(report, first, lang, m),
              valueText(report, last, lang, m),
              periodLabel(first.period, lang),
              periodLabel(last.period, lang),
            ),
          ];
    });
    const summary = described.length === 0 ? m.empty : described.join(TEXT_MESSAGES[lang].punctuation.semicolon);
    return html`
      <div class="toolbar">
        <h3>${label}</h3>
        <button type="button" part="toggle" aria-pressed=${String(this.tableView)} @click=${() => (this.tableView = !this.tableView)}>${this.tableView ? chart.viewChart : chart.viewTable}</button>
        ${this.exportControl()}
      </div>
      <p part="summary" class="visually-hidden">${summary}</p>
      ${
        this.tableView
          ? html`${dataTable(
              report,
              all.flatMap((series) => series.rows),
              lang,
              m,
              () => this.exportCsv(),
            )}${this.renderNoteList(periods)}`
          : html`${all.length > 1 || all[0]!.key !== TOTAL ? this.renderLegend(all) : nothing}${this.renderPlot(report, periods, all, visible)}
            <p part="tooltip" class="tooltip" aria-live="polite">${this.active === undefined ? '' : this.describePeriod(report, visible, periods[this.active]!)}</p>`
      }
    `;
  }

  private renderLegend(all: readonly Series[]): TemplateResult {
    return html`<ul part="legend" class="legend">
      ${all.map(
        (series, index) => html`<li>
          <button type="button" aria-pressed=${String(!this.hiddenSeries.has(series.key))} @click=${() => {
            const next = new Set(this.hiddenSeries);
            if (next.has(series.key)) next.delete(series.key);
            else next.add(series.key);
            this.hiddenSeries = next;
          }}><span class="swatch s${index % 4}" aria-hidden="true"></span>${series.name}</button>
        </li>`,
      )}
    </ul>`;
  }

  /** The annotations within the periods, left to right, with their period's index (the same period: in the given order). */
  private notesInPeriods(periods: readonly string[]): { readonly note: TrendAnnotation; readonly index: number }[] {
    const indexOf = periodLookup(periods);
    return this.annotations
      .map((note) => ({ note, index: indexOf(parseIsoDay(note.date)) }))
      .filter((entry) => entry.index >= 0)
      .sort((a, b) => a.index - b.index);
  }

  /** Under the table view: every annotation within the periods, its label whole (the chart may cut it). */
  private renderNoteList(periods: readonly string[]): TemplateResult | typeof nothing {
    const notes = this.notesInPeriods(periods);
    if (notes.length === 0) return nothing;
    const lang = this.language;
    return html`<h4 class="notes-heading">${TREND_MESSAGES[lang].annotations}</h4>
      <ul part="annotations" class="notes">
        ${notes.map(({ note, index }) => html`<li>${periodLabel(periods[index]!, lang)}${TEXT_MESSAGES[lang].punctuation.colon}${note.label}</li>`)}
      </ul>`;
  }

  /**
   * The chart: the layout computed once, then its marks back to front (axes, good band, periods
   * without data, target, annotations, interval band, lines and lone values), and the focusable
   * plot area with the focused period's points.
   */
  private renderPlot(
    report: Report,
    periods: readonly string[],
    all: readonly Series[],
    visible: readonly Series[],
  ): TemplateResult {
    const lang = this.language;
    const indicator = report.indicator;
    const band = visible.length === 1;
    const layout = trendLayout({
      report,
      lang,
      width: this.chartWidth(DEFAULT_WIDTH),
      periods,
      visible,
      band,
      notes: this.notesInPeriods(periods).map(({ note, index }) => ({ label: note.label, index })),
    });
    const drawn = visible.map((series) => ({ rows: series.rows, colour: `s${all.indexOf(series) % 4}` }));
    const { width, height, left, plotTop, plotWidth, plotHeight } = layout;
    const active = this.active;
    const helpId = 'trend-help';
    return html`<p id=${helpId} class="visually-hidden">${CHART_MESSAGES[lang].chartHelp}</p>
      <svg part="chart" viewBox="0 0 ${width} ${height}" height=${height} role="group" tabindex="-1" aria-label=${indicator.label[lang]} aria-describedby=${helpId}>
        <g aria-hidden="true">
          ${valueAxisMark(layout)}
          ${periodAxisMark(layout)}
          ${goodBandMark(layout, indicator)}
          ${band ? gapMarks(layout, visible[0]!.rows, this.messages) : nothing}
          ${targetMark(layout, indicator.target)}
          ${annotationMarks(layout)}
          ${band ? intervalBandMark(layout, visible[0]!.rows) : nothing}
          ${drawn.map((series) => lineMark(layout, series))}
          ${drawn.map((series) => loneValueMarks(layout, series))}
        </g>
        <g role="button" tabindex="0" aria-label=${active === undefined ? CHART_MESSAGES[lang].chartHelp : this.describePeriod(report, visible, periods[active]!)}
            @keydown=${(event: KeyboardEvent) => this.onKey(event, report, periods, visible)} @focus=${() => (this.active ??= periods.length - 1)}>
          <rect x=${left} y=${plotTop} width=${plotWidth} height=${plotHeight} fill="transparent"
            @pointermove=${(event: PointerEvent) => {
              const box = (event.currentTarget as SVGRectElement).getBoundingClientRect();
              const ratio = (event.clientX - box.left) / Math.max(1, box.width);
              this.active = Math.max(0, Math.min(periods.length - 1, Math.round(ratio * (periods.length - 1))));
            }}
            @pointerleave=${() => (this.active = undefined)}></rect>
          ${active === undefined ? nothing : pointMarks(layout, drawn, periods[active]!, active)}
        </g>
      </svg>`;
  }
}
