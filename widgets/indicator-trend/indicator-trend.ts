import { ticks } from 'd3-array';
import { html, nothing, svg, type TemplateResult, type PropertyDeclarations } from 'lit';
import { formatValue, parseIsoDay, parsePeriodKey, TOTAL, type Report, type ReportRow } from '../../src/index.js';
import { chartStyles } from '../base/chart.styles.js';
import { controlStyles } from '../base/controls.styles.js';
import { exportRows } from '../base/csv-export.js';
import { dataTable } from '../base/data-table.js';
import { ChartElement } from '../base/chart-element.js';
import { periodLabel } from '../base/period-label.js';
import { bandPath, polylinePath } from '../base/polyline-path.js';
import { groupName, valueText } from '../base/report-text.js';
import { themeStyles } from '../base/theme.styles.js';
import { indicatorTrendStyles } from './indicator-trend.styles.js';

/** A dated note on the chart, e.g. `{date: "2019-11-05", label: "进博会"}`. */
export interface TrendAnnotation {
  readonly date: string;
  readonly label: string;
}

const HEIGHT = 220;
const MARGIN = { top: 12, right: 16, bottom: 28, left: 48 };
const DEFAULT_WIDTH = 560;
/** Series drawn at most; colours cycle through the four --lg-series-* properties. */
const MAX_SERIES = 16;

/** Whether a day (from `parseIsoDay`) falls within a period (a period key such as 2019-03). */
function inPeriod(day: number | undefined, key: string): boolean {
  if (day === undefined) return false;
  const period = parsePeriodKey(key);
  return period !== undefined && period.start <= day && day <= period.end;
}

/**
 * A generous width of a 12px label: CJK and full-width characters 1em, others 0.6em. The ellipsis
 * counts 1em: it is that wide in CJK fonts and in DejaVu Sans (Linux's system-ui), so at 0.6em a cut
 * label overran the plot by a pixel or so.
 */
function labelWidth(text: string): number {
  let em = 0;
  for (const char of text) em += char === '…' || char.codePointAt(0)! >= 0x2e80 ? 1 : 0.6;
  return em * 12;
}

/** `text` as it fits in `room` pixels: whole, or cut with an ellipsis. */
function fitted(text: string, room: number): string {
  if (labelWidth(text) <= room) return text;
  const chars = [...text];
  while (chars.length > 1 && labelWidth(`${chars.join('')}…`) > room) chars.pop();
  return `${chars.join('')}…`;
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
 * and dated annotations. One tab stop, then arrow keys / Home / End move between periods, each
 * announced with every visible series' value; Enter fires `lg-select`; Escape leaves. "View as
 * table" shows the same numbers with a CSV export.
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
    const wanted = !this.groups || field === undefined ? [TOTAL] : this.groups.split(',').map((item) => item.trim()).filter(Boolean).slice(0, MAX_SERIES);
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

  /** The visible numbers as CSV (UTF-8 with BOM, formula-like text neutralised), also offered as a download. */
  exportCsv(): string {
    return this.phase.kind === 'data' ? exportRows(this.phase.report, this.series(this.phase.report).flatMap((series) => series.rows), this.language, this.messages) : '';
  }

  /** A period as announced and shown in the tooltip: each visible series' value, then the period's annotations. */
  private describePeriod(report: Report, visible: readonly Series[], period: string): string {
    const lang = this.language;
    const m = this.messages;
    const zh = lang === 'zh-CN';
    const values = visible.map((series) => {
      const row = series.rows.find((candidate) => candidate.period === period);
      return `${series.name} ${row === undefined ? m.flag['no-data'] : valueText(report, row, lang, m)}`;
    });
    const notes = this.annotations.filter((note) => inPeriod(parseIsoDay(note.date), period)).map((note) => note.label);
    return `${periodLabel(period, lang)}${zh ? '：' : ': '}${values.join(zh ? '，' : ', ')}${notes.length > 0 ? `${zh ? '；' : '; '}${notes.join(zh ? '，' : ', ')}` : ''}`;
  }

  private onKey(event: KeyboardEvent, report: Report, periods: readonly string[], visible: readonly Series[]): void {
    const last = periods.length - 1;
    const current = this.active ?? last;
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowDown: current + 1, ArrowLeft: current - 1, ArrowUp: current - 1, Home: 0, End: last };
    if (event.key in moves) {
      event.preventDefault();
      this.active = Math.max(0, Math.min(last, moves[event.key]!));
    } else if ((event.key === 'Enter' || event.key === ' ') && visible[0] !== undefined) {
      event.preventDefault();
      const row = visible[0].rows.find((candidate) => candidate.period === periods[current]);
      if (row !== undefined) this.selectRow(report, row);
    } else if (event.key === 'Escape') {
      this.active = undefined;
      (event.target as SVGElement).blur();
    }
  }

  protected renderReport(report: Report): TemplateResult {
    const m = this.messages;
    const lang = this.language;
    const all = this.series(report);
    const visible = all.filter((series) => !this.hiddenSeries.has(series.key));
    const periods = this.periods(report);
    const label = report.indicator.label[lang];
    if (periods.length === 0 || all.every((series) => series.rows.length === 0)) return html`<h3>${label}</h3><p class="state" role="status">${m.empty}</p>`;
    const first = all[0]!.rows.find((row) => row.value !== null);
    const last = all[0]!.rows.findLast((row) => row.value !== null);
    const summary =
      first !== undefined && last !== undefined
        ? m.trend(lang === 'zh-CN' ? `${label}（${all[0]!.name}）` : `${label} (${all[0]!.name})`, valueText(report, first, lang, m), valueText(report, last, lang, m), periodLabel(first.period, lang), periodLabel(last.period, lang))
        : m.empty;
    return html`
      <div class="toolbar">
        <h3>${label}</h3>
        <button type="button" part="toggle" aria-pressed=${String(this.tableView)} @click=${() => (this.tableView = !this.tableView)}>${this.tableView ? m.viewChart : m.viewTable}</button>
      </div>
      <p part="summary" class="visually-hidden">${summary}</p>
      ${this.tableView
        ? dataTable(report, all.flatMap((series) => series.rows), lang, m, () => this.exportCsv())
        : html`${all.length > 1 || all[0]!.key !== TOTAL ? this.renderLegend(all) : nothing}${this.renderPlot(report, periods, all, visible)}
            <p part="tooltip" class="tooltip" aria-live="polite">${this.active === undefined ? '' : this.describePeriod(report, visible, periods[this.active]!)}</p>`}
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

  private renderPlot(report: Report, periods: readonly string[], all: readonly Series[], visible: readonly Series[]): TemplateResult {
    const colour = (series: Series): string => `s${all.indexOf(series) % 4}`;
    const m = this.messages;
    const lang = this.language;
    const indicator = report.indicator;
    const width = this.chartWidth(DEFAULT_WIDTH);
    const inner = { width: width - MARGIN.left - MARGIN.right, height: HEIGHT - MARGIN.top - MARGIN.bottom };
    const thresholds = indicator.thresholds !== null && 'good' in indicator.thresholds ? indicator.thresholds : null;
    // The value axis spans 0, the target and what is drawn: every visible value, and the interval
    // bounds when the interval band is drawn (a single visible series).
    let lo = Math.min(0, indicator.target ?? 0);
    let hi = indicator.target ?? -Infinity;
    const band = visible.length === 1;
    for (const series of visible) {
      for (let index = 0; index < series.rows.length; index++) {
        const row = series.rows[index]!;
        const value = row.value;
        if (value !== null) {
          if (value < lo) lo = value;
          if (value > hi) hi = value;
        }
        if (band && row.ci !== null) {
          lo = Math.min(lo, row.ci.low, row.ci.high);
          hi = Math.max(hi, row.ci.low, row.ci.high);
        }
      }
    }
    hi = Math.max(hi, lo + 1e-9);
    const yTicks = ticks(lo, hi, 4);
    const top = Math.max(hi, yTicks.at(-1) ?? hi);
    const x = (index: number): number => MARGIN.left + (periods.length === 1 ? inner.width / 2 : (index / (periods.length - 1)) * inner.width);
    const y = (value: number): number => MARGIN.top + inner.height - ((value - lo) / (top - lo)) * inner.height;
    const periodIndex = new Map(periods.map((period, index) => [period, index]));
    const positions = periods.map((_, index) => x(index));
    /** Where each of a series' rows sits across the plot: at its period's place. */
    const across = (rows: readonly ReportRow[]) => (index: number): number => positions[periodIndex.get(rows[index]!.period)!]!;
    const linePath = (rows: readonly ReportRow[]): string =>
      polylinePath(rows.length, across(rows), (index) => {
        const value = rows[index]!.value;
        return value === null ? null : y(value);
      });
    const intervalPath = (rows: readonly ReportRow[]): string => bandPath(rows.length, across(rows), y, (index) => rows[index]!.ci);
    const everyNth = Math.max(1, Math.ceil(periods.length / Math.max(2, Math.floor(inner.width / 70))));
    // Only the labelled periods go to the template: each item of a list is a part of its own, even `nothing`.
    const labelled: number[] = [];
    for (let index = 0; index < periods.length; index += everyNth) labelled.push(index);
    const active = this.active;
    const helpId = 'trend-help';
    // Annotations within the periods, left to right. A label right of the middle reads leftwards
    // from its line, so it stays inside the chart, and labels alternate between two rows, so
    // neighbours do not overlap.
    const notes = this.annotations
      .map((note) => {
        const day = parseIsoDay(note.date);
        return { note, index: periods.findIndex((key) => inPeriod(day, key)) };
      })
      .filter((entry) => entry.index >= 0)
      .sort((a, b) => a.index - b.index);
    const annotation = ({ note, index }: (typeof notes)[number], order: number): TemplateResult => {
      const at = x(index);
      const leftwards = at > MARGIN.left + inner.width / 2;
      // Cut to the plot's width on its side; the whole label is in the <title> and is announced with its period.
      const label = fitted(note.label, leftwards ? at - MARGIN.left - 3 : MARGIN.left + inner.width - at - 3);
      return svg`<g aria-hidden="true"><line class="event" x1=${at} x2=${at} y1=${MARGIN.top} y2=${MARGIN.top + inner.height}></line>
        <text class="muted" x=${at + (leftwards ? -3 : 3)} y=${MARGIN.top + 10 + (order % 2) * 18} text-anchor=${leftwards ? 'end' : 'start'}>${label === note.label ? nothing : svg`<title>${note.label}</title>`}${label}</text></g>`;
    };
    // One template down to the plot's own groups: a first render prepares each template literal once,
    // and fewer of them cost less.
    return html`<p id=${helpId} class="visually-hidden">${m.chartHelp}</p>
      <svg part="chart" viewBox="0 0 ${width} ${HEIGHT}" height=${HEIGHT} role="group" aria-label=${indicator.label[lang]} aria-describedby=${helpId}>
        <g aria-hidden="true">
          ${yTicks.map((tick) => svg`<line class="grid" x1=${MARGIN.left} x2=${MARGIN.left + inner.width} y1=${y(tick)} y2=${y(tick)}></line>
            <text class="muted" x=${MARGIN.left - 6} y=${y(tick) + 4} text-anchor="end">${formatValue(tick, indicator, lang)}</text>`)}
          ${labelled.map((index) => svg`<text class="muted" x=${positions[index]} y=${HEIGHT - 8} text-anchor="middle">${periodLabel(periods[index]!, lang)}</text>`)}
          ${thresholds === null ? nothing : indicator.polarity === 'higher-better'
            ? svg`<rect class="good-band" x=${MARGIN.left} width=${inner.width} y=${y(top)} height=${Math.max(0, y(Math.min(thresholds.good, top)) - y(top))}></rect>`
            : svg`<rect class="good-band" x=${MARGIN.left} width=${inner.width} y=${y(Math.max(lo, Math.min(thresholds.good, top)))} height=${Math.max(0, y(lo) - y(Math.max(lo, Math.min(thresholds.good, top))))}></rect>`}
          ${indicator.target === null ? nothing : svg`<line class="target" x1=${MARGIN.left} x2=${MARGIN.left + inner.width} y1=${y(indicator.target)} y2=${y(indicator.target)}></line>`}
          ${notes.map(annotation)}
          ${band ? svg`<path class="band" d=${intervalPath(visible[0]!.rows)}></path>` : nothing}
          ${visible.map((series) => svg`<path class=${`line ${colour(series)}`} d=${linePath(series.rows)}></path>`)}
        </g>
        <g role="button" tabindex="0" aria-label=${active === undefined ? m.chartHelp : this.describePeriod(report, visible, periods[active]!)}
            @keydown=${(event: KeyboardEvent) => this.onKey(event, report, periods, visible)} @focus=${() => (this.active ??= periods.length - 1)}>
          <rect x=${MARGIN.left} y=${MARGIN.top} width=${inner.width} height=${inner.height} fill="transparent"
            @pointermove=${(event: PointerEvent) => {
              const box = (event.currentTarget as SVGRectElement).getBoundingClientRect();
              const ratio = (event.clientX - box.left) / Math.max(1, box.width);
              this.active = Math.max(0, Math.min(periods.length - 1, Math.round(ratio * (periods.length - 1))));
            }}
            @pointerleave=${() => (this.active = undefined)}></rect>
          ${active === undefined ? nothing : visible.map((series) => {
            const row = series.rows.find((candidate) => candidate.period === periods[active]);
            return row === undefined || row.value === null ? nothing : svg`<circle class=${`point ${colour(series)}`} cx=${x(active)} cy=${y(row.value)} r="4"></circle>`;
          })}
        </g>
      </svg>`;
  }
}
