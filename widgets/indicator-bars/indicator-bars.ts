import { html, nothing, svg, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { formatValue, TOTAL, type Report, type ReportRow, type Status } from '../../src/index.js';
import { chartStyles } from '../base/chart.styles.js';
import { controlStyles } from '../base/controls.styles.js';
import { exportRows } from '../base/csv-export.js';
import { dataTable } from '../base/data-table.js';
import { ChartElement } from '../base/chart-element.js';
import { periodLabel } from '../base/period-label.js';
import { groupName, valueText } from '../base/report-text.js';
import { themeStyles } from '../base/theme.styles.js';

const STATUS_ICON: Record<Status, string> = { good: '●', warning: '▲', bad: '■' };
const BAR_HEIGHT = 18;
const ROW_HEIGHT = 26;
const LABEL_WIDTH = 88;
const VALUE_WIDTH = 116;
const DEFAULT_WIDTH = 480;

/**
 * @tagname indicator-bars
 * @summary One period of an indicator by group (e.g. the 16 districts) as sorted bars.
 *
 * Bars are sorted by value (best first for lower-better indicators too), carry their status as
 * an icon and a word beside the value, and a dashed line marks the target. A text summary names
 * the best and worst groups; "view as table" shows the same numbers (withheld values stay
 * withheld) with a CSV export. Keyboard: one tab stop, then arrow keys / Home / End between bars,
 * Enter or Space selects, Escape leaves.
 *
 * @attr period - Period key to show; default the latest.
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
 * @csspart error - the error message
 */
export class IndicatorBars extends ChartElement {
  static override styles = [themeStyles, controlStyles, chartStyles];

  // Declared without decorators, like the base class: no decorator helpers in the bundles.
  static override properties: PropertyDeclarations = {
    period: {},
    selected: { reflect: true },
    tableView: { state: true },
    active: { state: true },
  };

  period: string | undefined;
  selected: string | undefined;
  private tableView = false;
  private active = 0;

  /** The bars shown: one period's groups (or its total when ungrouped), sorted best first. */
  private bars(report: Report): ReportRow[] {
    const periods = [...new Set(report.rows.map((row) => row.period))];
    const period = this.period ?? periods.at(-1);
    const grouped = report.groupBy.length > 0;
    const rows = report.rows.filter((row) => row.period === period && (!grouped || !report.groupBy.every((field) => row.group[field] === TOTAL)));
    const direction = report.indicator.polarity === 'lower-better' ? 1 : -1;
    return rows.sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : direction * (a.value - b.value)));
  }

  private groupKey(report: Report, row: ReportRow): string {
    return String(row.group[report.groupBy[0] ?? ''] ?? TOTAL);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('period') || changed.has('report') || changed.has('src')) this.active = 0;
  }

  /** The visible numbers as CSV (UTF-8 with BOM, formula-like text neutralised), also offered as a download. */
  exportCsv(): string {
    return this.phase.kind === 'data' ? exportRows(this.phase.report, this.bars(this.phase.report), this.language, this.messages) : '';
  }

  private activate(report: Report, row: ReportRow): void {
    this.selected = this.groupKey(report, row);
    this.selectRow(report, row);
  }

  private onKey(event: KeyboardEvent, report: Report, rows: ReportRow[]): void {
    const last = rows.length - 1;
    const moves: Record<string, number> = { ArrowDown: this.active + 1, ArrowRight: this.active + 1, ArrowUp: this.active - 1, ArrowLeft: this.active - 1, Home: 0, End: last };
    if (event.key in moves) {
      event.preventDefault();
      this.active = Math.max(0, Math.min(last, moves[event.key]!));
      void this.updateComplete.then(() => this.renderRoot.querySelector<SVGGElement>(`[data-index="${this.active}"]`)?.focus());
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.activate(report, rows[this.active]!);
    } else if (event.key === 'Escape') {
      (event.target as SVGElement).blur();
    }
  }

  protected renderReport(report: Report): TemplateResult {
    const m = this.messages;
    const lang = this.language;
    const rows = this.bars(report);
    const label = report.indicator.label[lang];
    const period = rows[0]?.period;
    const toggle = html`<button type="button" part="toggle" aria-pressed=${String(this.tableView)} @click=${() => (this.tableView = !this.tableView)}>${this.tableView ? m.viewChart : m.viewTable}</button>`;
    if (rows.length === 0 || period === undefined) return html`<h3>${label}</h3><p class="state" role="status">${m.empty}</p>`;
    const withValues = rows.filter((row) => row.value !== null);
    const best = withValues[0];
    const worst = withValues.at(-1);
    const summary = `${m.summary(label, periodLabel(period, lang), rows.length)}${best !== undefined && worst !== undefined && withValues.length > 1 ? ` ${m.best}${lang === 'zh-CN' ? '：' : ': '}${groupName(report, best, lang)} ${valueText(report, best, lang, m)}${lang === 'zh-CN' ? '；' : '; '}${m.worst}${lang === 'zh-CN' ? '：' : ': '}${groupName(report, worst, lang)} ${valueText(report, worst, lang, m)}${lang === 'zh-CN' ? '。' : '.'}` : ''}`;
    return html`
      <div class="toolbar"><h3>${label} · ${periodLabel(period, lang)}</h3>${toggle}</div>
      <p part="summary" class="visually-hidden">${summary}</p>
      ${this.tableView ? dataTable(report, rows, lang, m, () => this.exportCsv()) : this.renderBars(report, rows)}
    `;
  }

  private renderBars(report: Report, rows: ReportRow[]): TemplateResult {
    const m = this.messages;
    const lang = this.language;
    const width = this.chartWidth(DEFAULT_WIDTH);
    const plot = Math.max(40, width - LABEL_WIDTH - VALUE_WIDTH);
    const target = report.indicator.target;
    const max = Math.max(0, ...rows.map((row) => row.value ?? 0), target ?? 0) || 1;
    const x = (value: number): number => LABEL_WIDTH + (Math.max(0, value) / max) * plot;
    const height = rows.length * ROW_HEIGHT + (target === null ? 0 : 16);
    const helpId = 'bars-help';
    return html`<p id=${helpId} class="visually-hidden">${m.chartHelp}</p>
      <svg part="chart" role="group" aria-label=${report.indicator.label[lang]} aria-describedby=${helpId} viewBox="0 0 ${width} ${height}" height=${height}
        @keydown=${(event: KeyboardEvent) => this.onKey(event, report, rows)}>
        ${rows.map((row, index) => {
          const y = index * ROW_HEIGHT;
          const key = this.groupKey(report, row);
          const status = row.value === null ? 'none' : (row.status ?? 'none');
          const shown = row.status !== null && row.value !== null;
          const text = `${valueText(report, row, lang, m)}${shown ? ` ${m.status[row.status!]}` : ''}`;
          const valueX = (row.value === null ? LABEL_WIDTH : x(row.value)) + 6;
          // The accessible name starts with exactly the visible text, then adds the period.
          const name = `${groupName(report, row, lang)} ${text}${lang === 'zh-CN' ? '，' : ', '}${periodLabel(row.period, lang)}`;
          return svg`<g role="button" data-index=${index} tabindex=${index === this.active ? 0 : -1} aria-label=${name} aria-pressed=${String(key === this.selected)}
              class=${key === this.selected ? 'selected' : ''} @click=${() => this.activate(report, row)} @focus=${() => (this.active = index)}>
              <text x=${LABEL_WIDTH - 6} y=${y + BAR_HEIGHT - 5} text-anchor="end">${groupName(report, row, lang)}</text>
              <rect class=${status} x=${LABEL_WIDTH} y=${y} height=${BAR_HEIGHT} width=${row.value === null ? 0 : Math.max(1, x(row.value) - LABEL_WIDTH)}></rect>
              ${shown ? svg`<text aria-hidden="true" x=${valueX} y=${y + BAR_HEIGHT - 5}>${STATUS_ICON[row.status!]}</text>` : nothing}
              <text class=${row.value === null ? 'muted' : ''} x=${valueX + (shown ? 14 : 0)} y=${y + BAR_HEIGHT - 5}>${text}</text>
            </g>`;
        })}
        ${target === null ? nothing : svg`<g aria-hidden="true"><line class="target" x1=${x(target)} x2=${x(target)} y1="0" y2=${rows.length * ROW_HEIGHT}></line>
          <text class="muted" x=${x(target)} y=${rows.length * ROW_HEIGHT + 12} text-anchor="middle">${m.target} ${formatValue(target, report.indicator, lang)}</text></g>`}
      </svg>`;
  }
}
