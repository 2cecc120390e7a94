import { css, html, nothing, svg, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { formatNumber, TOTAL, type Report, type ReportRow, type Status } from '../../src/index.js';
import { formattedValue } from '../../src/internal.js';
import { chartStyles } from '../base/chart.styles.js';
import { controlStyles } from '../base/controls.styles.js';
import { exportRows } from '../base/csv-export.js';
import { dataTable } from '../base/data-table.js';
import { ChartElement } from '../base/chart-element.js';
import { CHART_MESSAGES } from '../base/chart-messages.js';
import { noPeriod } from '../base/not-found.js';
import { periodLabel, type PeriodsShown } from '../base/period-label.js';
import { groupName, rowSelection, valueMark, valueText } from '../base/report-text.js';
import { themeStyles } from '../base/theme.styles.js';
import { BARS_MESSAGES } from './bars-messages.js';
import { bestOf, byValue, worstOf } from './best-rows.js';
import { steppedIndex } from '../base/stepped-index.js';

const STATUS_ICON: Record<Status, string> = { good: '●', warning: '▲', bad: '■' };
const BAR_HEIGHT = 18;
const ROW_HEIGHT = 26;
/** Space above the selected group drawn apart from the best, and above "others" after it. */
const GAP = 12;
const LABEL_WIDTH = 88;
const VALUE_WIDTH = 116;
/**
 * More room after the bars when a value drawn is marked as resting on a small sample ("62.5%*
 * Watch"): the mark only, its words in the note under the chart and in the bar's accessible name,
 * so value, mark and status fit a 300 px widget.
 */
const UNSTABLE_WIDTH = 10;
const DEFAULT_WIDTH = 480;
/** Bars drawn by default: the 16 districts of Shanghai and then some; more go to "others" and the table. */
const DEFAULT_TOP = 20;

/**
 * @tagname indicator-bars
 * @summary One period of an indicator by group (e.g. the 16 districts) as sorted bars.
 *
 * Bars are sorted by value (best first for lower-better indicators too), carry their status as
 * an icon and a word beside the value, and a dashed line marks the target. Only the best `top`
 * groups are drawn (20 by default), then one "others (k)" bar that opens the table view, which
 * lists every group a page at a time: a Report of 200,000 groups draws 21 bars. The `selected`
 * group (a cross-filter's choice) is always drawn: beyond the best, it comes after them, below a
 * gap, its rank among all in its accessible name. A text summary
 * names the best and worst groups of all; "view as table" shows the same numbers (withheld values
 * stay withheld) with a CSV export of all of them. Keyboard: one tab stop, then arrow keys / Home /
 * End between bars, Enter or Space selects (or, on "others", opens the table), Escape moves the
 * focus to the chart as a whole.
 *
 * @attr period - Period key to show; default the latest. One the Report lacks is named, with the periods it has.
 * @attr top - How many bars to draw before "others (k)"; default 20.
 * @attr selected - Group value to highlight.
 * @attr src - URL of Report JSON.
 * @attr lang - `zh-CN` (default) or `en`; inherited from ancestors.
 * @attr theme - `light` or `dark`; default follows the system.
 * @prop report - A Report object.
 * @fires lg-select - {indicator, period, group, value} when a bar is activated
 * @fires lg-error - {code, message, source} when data cannot be loaded or validated
 * @csspart chart - the bars
 * @csspart summary - the text summary
 * @csspart table - the table view
 * @csspart toggle - the chart / table switch
 * @csspart export - the CSV export button
 * @csspart pager - the table view's page controls
 * @csspart error - the error message
 */
export class IndicatorBars extends ChartElement {
  static override styles = [
    themeStyles,
    controlStyles,
    chartStyles,
    css`
      line.gap {
        stroke: var(--lg-border);
        stroke-dasharray: 2 3;
      }
      .note {
        margin: 0.25rem 0 0;
        font-size: 0.8rem;
        color: var(--lg-muted);
      }
    `,
  ];

  // Declared without decorators, like the base class: no decorator helpers in the bundles.
  static override properties: PropertyDeclarations = {
    period: {},
    selected: { reflect: true },
    top: { type: Number },
    tableView: { state: true },
    active: { state: true },
  };

  period: string | undefined;
  selected: string | undefined;
  /** How many bars are drawn before the one that stands for the rest. */
  top = DEFAULT_TOP;
  private tableView = false;
  private active = 0;
  /**
   * The last period's rows, kept with their full sorting once one was needed: a render for a focus
   * move or a resize neither filters 200,000 rows again nor sorts them.
   */
  private listing: { report: Report; period: string | undefined; rows: ReportRow[]; sorted?: ReportRow[] } | undefined;

  /** One period's groups (or its total when ungrouped), in the Report's order. */
  private periodRows(report: Report): NonNullable<IndicatorBars['listing']> {
    // The last period to appear, without an array of every row's period.
    let period = this.period;
    if (period === undefined) {
      const seen = new Set<string>();
      for (const row of report.rows) if (!seen.has(row.period)) seen.add((period = row.period));
    }
    if (this.listing?.report === report && this.listing.period === period) return this.listing;
    const grouped = report.groupBy.length > 0;
    const rows = report.rows.filter(
      (row) => row.period === period && (!grouped || !report.groupBy.every((field) => row.group[field] === TOTAL)),
    );
    this.listing = { report, period, rows };
    return this.listing;
  }

  /** The one period the bars show: `period`, else the latest. */
  protected override periodsIn(report: Report): PeriodsShown | undefined {
    const period = this.periodRows(report).rows[0]?.period;
    return period === undefined ? undefined : { first: period, last: period };
  }

  private order(report: Report): (a: ReportRow, b: ReportRow) => number {
    return byValue(report.indicator.polarity === 'lower-better' ? 1 : -1);
  }

  /** Every bar in order, best first (for the table view and the export; the chart needs only the best few). */
  private bars(report: Report): ReportRow[] {
    const listing = this.periodRows(report);
    listing.sorted ??= [...listing.rows].sort(this.order(report));
    return listing.sorted;
  }

  /** The number of bars drawn: `top` when it is a whole number ≥ 1, else the default. */
  private drawn(): number {
    return Number.isInteger(this.top) && this.top >= 1 ? this.top : DEFAULT_TOP;
  }

  private groupKey(report: Report, row: ReportRow): string {
    return String(row.group[report.groupBy[0] ?? ''] ?? TOTAL);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('period') || changed.has('report') || changed.has('src') || changed.has('top')) this.active = 0;
  }

  /** Shows the table view, with the focus on the switch back (the bar that had it is gone). */
  private showTable(): void {
    this.tableView = true;
    this.focusAfterUpdate('[part="toggle"]');
  }

  /** The visible numbers as CSV (UTF-8 with BOM, formula-like text neutralised), also offered as a download. */
  exportCsv(): string {
    return this.phase.kind === 'data'
      ? exportRows(this.phase.report, this.bars(this.phase.report), this.language, this.messages)
      : '';
  }

  private activate(report: Report, row: ReportRow): void {
    this.selected = this.groupKey(report, row);
    this.select(rowSelection(report, row, this.language));
  }

  /** Keys over the drawn bars, `rows`, and the "others" bar after them when `others` is true. */
  private onKey(event: KeyboardEvent, report: Report, rows: ReportRow[], others: boolean): void {
    // The chart itself, focused after Escape: Tab goes back to the bars.
    if (event.target === event.currentTarget) return;
    const moved = steppedIndex(event.key, this.active, rows.length + (others ? 1 : 0), 'forward');
    if (moved !== undefined) {
      event.preventDefault();
      this.active = moved;
      this.focusAfterUpdate(`[data-index="${this.active}"]`);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const row = rows[this.active];
      if (row === undefined) this.showTable();
      else this.activate(report, row);
    } else if (event.key === 'Escape') {
      this.leaveMarks(event);
    }
  }

  /**
   * The selected group when it is not among `drawn`, with its rank among all (1 + the groups
   * better than it; none without a value), found in one pass: a cross-filter choosing the 87th
   * district still sees it drawn.
   */
  private selectedBeyond(
    report: Report,
    rows: readonly ReportRow[],
    drawn: readonly ReportRow[],
  ): { row: ReportRow; rank: number | undefined } | undefined {
    const selected = this.selected;
    if (selected === undefined || drawn.some((row) => this.groupKey(report, row) === selected)) return undefined;
    const row = rows.find((candidate) => this.groupKey(report, candidate) === selected);
    if (row === undefined) return undefined;
    if (row.value === null) return { row, rank: undefined };
    const compare = this.order(report);
    let better = 0;
    for (const other of rows) if (compare(other, row) < 0) better++;
    return { row, rank: better + 1 };
  }

  protected renderReport(report: Report): TemplateResult {
    const m = this.messages;
    const lang = this.language;
    const chart = CHART_MESSAGES[lang];
    const bars = BARS_MESSAGES[lang];
    const { rows } = this.periodRows(report);
    const label = report.indicator.label[lang];
    const period = rows[0]?.period;
    const toggle = html`<button type="button" part="toggle" aria-pressed=${String(this.tableView)} @click=${() => (this.tableView = !this.tableView)}>${this.tableView ? chart.viewChart : chart.viewTable}</button>`;
    if (rows.length === 0 || period === undefined) {
      const why =
        this.period !== undefined && report.rows.length > 0 ? noPeriod(report.rows, this.period, lang, m) : m.empty;
      return html`<h3>${label}</h3><p class="state" role="status">${why}</p>`;
    }
    // The best and the worst with a value, each found in one pass.
    const drawn = bestOf(rows, this.drawn(), this.order(report));
    const best = drawn[0]?.value === null ? undefined : drawn[0];
    const worst = worstOf(rows, this.order(report));
    const named = (row: ReportRow): string => `${groupName(report, row, lang)} ${valueText(report, row, lang, m)}`;
    const summary = `${bars.summary(label, periodLabel(period, lang), formatNumber(rows.length, lang, 0))}${best !== undefined && worst !== undefined && best !== worst ? bars.bestAndWorst(named(best), named(worst)) : ''}`;
    return html`
      <div class="toolbar"><h3>${label} · ${periodLabel(period, lang)}</h3>${toggle}${this.exportControl()}</div>
      <p part="summary" class="visually-hidden">${summary}</p>
      ${this.tableView ? dataTable(report, this.bars(report), lang, m, () => this.exportCsv()) : this.renderBars(report, rows, drawn)}
    `;
  }

  /**
   * The chart: the best bars, `drawn`, then the selected group if it is not among them (below a
   * gap, with its rank), then one bar for the others of `rows` not drawn.
   */
  private renderBars(report: Report, rows: readonly ReportRow[], drawn: ReportRow[]): TemplateResult {
    const m = this.messages;
    const lang = this.language;
    const messages = BARS_MESSAGES[lang];
    const beyond = this.selectedBeyond(report, rows, drawn);
    const shown = beyond === undefined ? drawn : drawn.concat(beyond.row);
    const others = rows.length - shown.length;
    /** The top of bar `index`: the selected one beyond the best and "others" after a gap. */
    const top = (index: number): number =>
      index * ROW_HEIGHT + (beyond !== undefined && index >= drawn.length ? GAP : 0);
    const lines = shown.length + (others > 0 ? 1 : 0);
    const bottom = top(lines);
    const width = this.chartWidth(DEFAULT_WIDTH);
    const small = shown.some((row) => row.flag === 'unstable' && row.value !== null);
    const valueWidth = VALUE_WIDTH + (small ? UNSTABLE_WIDTH : 0);
    const plot = Math.max(40, width - LABEL_WIDTH - valueWidth);
    const target = report.indicator.target;
    // A loop, not Math.max(...rows): spreading a long list overflows the stack (130,000 rows did).
    let max = Math.max(0, target ?? 0);
    for (const row of shown) if (row.value !== null && row.value > max) max = row.value;
    max ||= 1;
    const x = (value: number): number => LABEL_WIDTH + (Math.max(0, value) / max) * plot;
    const height = bottom + (target === null ? 0 : 16);
    const helpId = 'bars-help';
    return html`<p id=${helpId} class="visually-hidden">${CHART_MESSAGES[lang].chartHelp}</p>
      <svg part="chart" role="group" tabindex="-1" aria-label=${report.indicator.label[lang]} aria-describedby=${helpId} viewBox="0 0 ${width} ${height}" height=${height}
        @keydown=${(event: KeyboardEvent) => this.onKey(event, report, shown, others > 0)}>
        ${shown.map((row, index) => {
          const y = top(index);
          const key = this.groupKey(report, row);
          const status = row.value === null ? 'none' : (row.status ?? 'none');
          const withStatus = row.status !== null && row.value !== null;
          const word = withStatus ? ` ${m.status[row.status!]}` : '';
          const text = `${row.value === null ? valueText(report, row, lang, m) : valueMark(report, row, lang, m)}${word}`;
          const valueX = (row.value === null ? LABEL_WIDTH : x(row.value)) + 6;
          // The accessible name starts with exactly the visible text, then adds the period (and the rank of one drawn beyond the best).
          const rank =
            index === drawn.length && beyond?.rank !== undefined
              ? `${messages.separator}${messages.rank(formatNumber(beyond.rank, lang, 0), formatNumber(rows.length, lang, 0))}`
              : '';
          const name = `${groupName(report, row, lang)} ${valueText(report, row, lang, m)}${word}${messages.separator}${periodLabel(row.period, lang)}${rank}`;
          return svg`${index === drawn.length ? svg`<line class="gap" aria-hidden="true" x1="0" x2=${width} y1=${y - GAP / 2 - 4} y2=${y - GAP / 2 - 4}></line>` : nothing}
            <g role="button" data-index=${index} tabindex=${index === this.active ? 0 : -1} aria-label=${name} aria-pressed=${String(key === this.selected)}
              class=${key === this.selected ? 'selected' : ''} @click=${() => this.activate(report, row)} @focus=${() => (this.active = index)}>
              <text x=${LABEL_WIDTH - 6} y=${y + BAR_HEIGHT - 5} text-anchor="end">${groupName(report, row, lang)}</text>
              <rect class=${status} x=${LABEL_WIDTH} y=${y} height=${BAR_HEIGHT} width=${row.value === null ? 0 : Math.max(1, x(row.value) - LABEL_WIDTH)}></rect>
              ${withStatus ? svg`<text aria-hidden="true" x=${valueX} y=${y + BAR_HEIGHT - 5}>${STATUS_ICON[row.status!]}</text>` : nothing}
              <text class=${row.value === null ? 'muted' : ''} x=${valueX + (withStatus ? 14 : 0)} y=${y + BAR_HEIGHT - 5}>${text}</text>
            </g>`;
        })}
        ${others > 0 ? this.renderOthers(others, shown.length, top(shown.length)) : nothing}
        ${
          target === null
            ? nothing
            : svg`<g aria-hidden="true"><line class="target" x1=${x(target)} x2=${x(target)} y1="0" y2=${bottom}></line>
          <text class="muted" x=${x(target)} y=${bottom + 12} text-anchor="middle">${m.target} ${formattedValue(target, report.indicator, lang)}</text></g>`
        }
      </svg>${small ? html`<p class="note">${m.unstableMark} ${m.flag.unstable}</p>` : nothing}`;
  }

  /** The bar after the first `index`, at `y`, that stands for the `count` groups not drawn; it opens the table of all. */
  private renderOthers(count: number, index: number, y: number): TemplateResult {
    const lang = this.language;
    const bars = BARS_MESSAGES[lang];
    const text = `${bars.others(formatNumber(count, lang, 0))} · ${bars.showAll}`;
    return svg`<g role="button" data-index=${index} tabindex=${index === this.active ? 0 : -1} aria-label=${text} @click=${() => this.showTable()} @focus=${() => (this.active = index)}>
      <text class="muted" x=${LABEL_WIDTH} y=${y + BAR_HEIGHT - 5}>${text} →</text>
    </g>`;
  }
}
