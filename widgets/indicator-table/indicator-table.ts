import { css, html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { formatValue, TOTAL, type Report, type ReportRow, type Status } from '../../src/index.js';
import { chartStyles } from '../base/chart.styles.js';
import { controlStyles } from '../base/controls.styles.js';
import { exportRows } from '../base/csv-export.js';
import { LawGaugeElement } from '../base/lawgauge-element.js';
import { periodLabel } from '../base/period-label.js';
import { groupName, valueText } from '../base/report-text.js';
import { sparkline } from '../base/sparkline.js';
import { themeStyles } from '../base/theme.styles.js';

type Column = 'group' | 'value' | 'change';
const STATUS_ICON: Record<Status, string> = { good: '●', warning: '▲', bad: '■' };

/**
 * @tagname indicator-table
 * @summary Groups of one indicator side by side: latest value, status, change and a sparkline.
 *
 * One row per group (then the total) for the latest period: value in its unit, status as icon and
 * word, target, change against the previous period, and a sparkline of recent periods. Column
 * headers sort by click, Enter or Space (`aria-sort` says how); activating a group's name fires
 * `lg-select`. Withheld values stay withheld.
 *
 * @attr period - Period key to show; default the latest.
 * @attr src - URL of Report JSON.
 * @attr lang - `zh-CN` (default) or `en`; inherited from ancestors.
 * @attr theme - `light` or `dark`; default follows the system.
 * @prop report - A Report object.
 * @fires lg-select - {indicator, period, group, value} when a group is activated
 * @fires lg-error - {code, message, source} when data cannot be loaded or validated
 * @csspart table - the table
 * @csspart export - the CSV export button
 */
export class IndicatorTable extends LawGaugeElement {
  static override styles = [
    themeStyles,
    controlStyles,
    chartStyles,
    css`
      th button {
        border: none;
        padding: 0;
        color: var(--lg-fg);
        font-weight: 600;
      }
      svg.spark {
        width: 64px;
        height: 20px;
      }
      svg.spark path {
        fill: none;
        stroke: var(--lg-series-1);
        stroke-width: 1.5;
      }
      svg.spark circle {
        fill: var(--lg-series-1);
      }
    `,
  ];

  // Declared without decorators, like the base class: no decorator helpers in the bundles.
  static override properties: PropertyDeclarations = {
    period: {},
    sortBy: { state: true },
    descending: { state: true },
  };

  period: string | undefined;
  private sortBy: Column | undefined;
  private descending = true;

  private latestRows(report: Report): ReportRow[] {
    const period = this.period ?? report.rows.at(-1)?.period;
    const rows = report.rows.filter((row) => row.period === period);
    const isTotal = (row: ReportRow): boolean => report.groupBy.every((field) => row.group[field] === TOTAL);
    const groups = rows.filter((row) => !isTotal(row));
    const sign = this.descending ? -1 : 1;
    if (this.sortBy === 'value') groups.sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : sign * (a.value - b.value)));
    if (this.sortBy === 'change') groups.sort((a, b) => sign * ((a.change.previous?.delta ?? -Infinity) - (b.change.previous?.delta ?? -Infinity)));
    if (this.sortBy === 'group') groups.sort((a, b) => sign * groupName(report, a, this.language).localeCompare(groupName(report, b, this.language), this.language));
    return [...groups, ...rows.filter(isTotal)];
  }

  /** The visible numbers as CSV (UTF-8 with BOM, formula-like text neutralised), also offered as a download. */
  exportCsv(): string {
    return this.phase.kind === 'data' ? exportRows(this.phase.report, this.latestRows(this.phase.report), this.language, this.messages) : '';
  }

  private sortHeader(column: Column, text: string): TemplateResult {
    const sorted = this.sortBy === column;
    return html`<th scope="col" class=${column === 'group' ? '' : 'num'} aria-sort=${sorted ? (this.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" @click=${() => {
        this.descending = sorted ? !this.descending : column !== 'group';
        this.sortBy = column;
      }}>${text}${sorted ? (this.descending ? ' ↓' : ' ↑') : ''}</button>
    </th>`;
  }

  protected renderReport(report: Report): TemplateResult {
    const m = this.messages;
    const lang = this.language;
    const rows = this.latestRows(report);
    const indicator = report.indicator;
    const zh = lang === 'zh-CN';
    if (rows.length === 0) return html`<h3>${indicator.label[lang]}</h3><p class="state" role="status">${m.empty}</p>`;
    // The twelve periods up to the one shown (period keys of one unit sort chronologically).
    const history = (row: ReportRow): ReportRow[] =>
      report.rows.filter((candidate) => candidate.period <= row.period && report.groupBy.every((field) => candidate.group[field] === row.group[field])).slice(-12);
    return html`<table part="table">
        <caption>${indicator.label[lang]} · ${periodLabel(rows[0]!.period, lang)}</caption>
        <thead>
          <tr>
            ${this.sortHeader('group', zh ? '分组' : 'Group')}${this.sortHeader('value', zh ? '数值' : 'Value')}
            <th scope="col">${zh ? '状态' : 'Status'}</th>
            ${this.sortHeader('change', m.previous)}
            <th scope="col">${zh ? '近期走势' : 'Recent'}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((row) => {
            const change = row.change.previous;
            return html`<tr>
              <th scope="row"><button type="button" @click=${() => this.selectRow(report, row)}>${groupName(report, row, lang)}</button></th>
              <td class="num">${valueText(report, row, lang, m)}</td>
              <td>${row.status === null || row.value === null ? '—' : html`<span class=${row.status}><span aria-hidden="true">${STATUS_ICON[row.status]}</span> ${m.status[row.status]}</span>`}</td>
              <td class="num">${change === null ? '—' : `${change.delta > 0 ? '+' : change.delta < 0 ? '−' : ''}${indicator.unit === 'percent' ? `${(Math.abs(change.delta) * 100).toFixed(1)} ${m.points}` : formatValue(Math.abs(change.delta), { unit: indicator.unit }, lang)}`}</td>
              <td>${((spark) => (spark === null ? nothing : html`<svg class="spark" viewBox="0 0 64 20" aria-hidden="true">${spark}</svg>`))(sparkline(history(row), 64, 20))}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${indicator.target === null ? nothing : html`<p class="state">${m.target} ${formatValue(indicator.target, indicator, lang)}</p>`}
      <button type="button" part="export" @click=${() => this.exportCsv()}>${m.exportCsv}</button>`;
  }
}
