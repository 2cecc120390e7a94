import { css, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { formatValue, TOTAL, type GroupValue, type Report, type ReportRow, type Status } from '../../src/index.js';
import { chartStyles } from '../base/chart.styles.js';
import { controlStyles } from '../base/controls.styles.js';
import { exportRows } from '../base/csv-export.js';
import { LawGaugeElement } from '../base/lawgauge-element.js';
import { noPeriod } from '../base/not-found.js';
import { PAGE_SIZE, pageOf, pager } from '../base/pager.js';
import { periodLabel } from '../base/period-label.js';
import { groupName, rowSelection, valueText } from '../base/report-text.js';
import { sparkline } from '../base/sparkline.js';
import { TABLE_MESSAGES } from '../base/table-messages.js';
import { themeStyles } from '../base/theme.styles.js';

type Column = 'group' | 'value' | 'change';
const STATUS_ICON: Record<Status, string> = { good: '●', warning: '▲', bad: '■' };
/** Periods a sparkline shows, up to the row's own. */
const HISTORY = 12;

/** A row's group as one Map key: the value itself for one group field, else the values as JSON. */
function groupKey(report: Report, row: ReportRow): GroupValue | string {
  const fields = report.groupBy;
  return fields.length === 1 ? row.group[fields[0]!]! : JSON.stringify(fields.map((field) => row.group[field]));
}

/**
 * The last {@link HISTORY} periods up to its own of each of `shown`, from one pass over the
 * Report's rows: a page's sparklines cost one pass, however many groups the Report has. A Report
 * of one period (`onePeriod`) needs no pass: each row is its own history.
 */
function histories(report: Report, shown: readonly ReportRow[], onePeriod: boolean): Map<ReportRow, ReportRow[]> {
  if (onePeriod) return new Map(shown.map((row) => [row, [row]]));
  const wanted = new Map<GroupValue | string, { row: ReportRow; rows: ReportRow[] }>();
  for (const row of shown) wanted.set(groupKey(report, row), { row, rows: [] });
  // Period keys of one unit sort chronologically.
  for (const candidate of report.rows) {
    const entry = wanted.get(groupKey(report, candidate));
    if (entry !== undefined && candidate.period <= entry.row.period) entry.rows.push(candidate);
  }
  return new Map(Array.from(wanted.values(), ({ row, rows }) => [row, rows.slice(-HISTORY)]));
}

/**
 * @tagname indicator-table
 * @summary Groups of one indicator side by side: latest value, status, change and a sparkline.
 *
 * One row per group (then the total) for the latest period: value in its unit, status as icon and
 * word, target, change against the previous period, and a sparkline of recent periods. Column
 * headers sort by click, Enter or Space (`aria-sort` says how); activating a group's name fires
 * `lg-select`. Withheld values stay withheld. A long table is shown `page-size` rows at a time
 * with page controls: the table's `aria-rowcount` counts every row and each row carries its
 * `aria-rowindex`, so a screen reader says where in the whole list a row is; 200,000 groups cost
 * one page to draw and to turn.
 *
 * @attr period - Period key to show; default the latest. One the Report lacks is named, with the periods it has.
 * @attr page-size - Rows per page; default 100.
 * @attr src - URL of Report JSON.
 * @attr lang - `zh-CN` (default) or `en`; inherited from ancestors.
 * @attr theme - `light` or `dark`; default follows the system.
 * @prop report - A Report object.
 * @fires lg-select - {indicator, period, group, value} when a group is activated
 * @fires lg-error - {code, message, source} when data cannot be loaded or validated
 * @csspart table - the table
 * @csspart pager - the page controls
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
    pageSize: { type: Number, attribute: 'page-size' },
    sortBy: { state: true },
    descending: { state: true },
    page: { state: true },
  };

  period: string | undefined;
  /** Rows per page. */
  pageSize = PAGE_SIZE;
  private sortBy: Column | undefined;
  private descending = true;
  private page = 0;
  /** The last listing, kept: turning a page does not filter and sort the Report again. */
  private listed: { report: Report; period: string | undefined; order: string; rows: ReportRow[] } | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another list, or another order of it, starts at its first page.
    if (
      ['report', 'src', 'period', 'sortBy', 'descending', 'pageSize'].some((name) =>
        changed.has(name as keyof IndicatorTable),
      )
    )
      this.page = 0;
  }

  private latestRows(report: Report): ReportRow[] {
    const period = this.period ?? report.rows.at(-1)?.period;
    const order = `${this.sortBy}|${this.descending}|${this.language}`;
    const listed = this.listed;
    if (listed?.report === report && listed.period === period && listed.order === order) return listed.rows;
    // One pass: the period's groups, and its total (last, whatever the order).
    const groups: ReportRow[] = [];
    const totals: ReportRow[] = [];
    for (const row of report.rows) {
      if (row.period === period)
        (report.groupBy.every((field) => row.group[field] === TOTAL) ? totals : groups).push(row);
    }
    const sign = this.descending ? -1 : 1;
    if (this.sortBy === 'value')
      groups.sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : sign * (a.value - b.value)));
    if (this.sortBy === 'change')
      groups.sort((a, b) => sign * ((a.change.previous?.delta ?? -Infinity) - (b.change.previous?.delta ?? -Infinity)));
    if (this.sortBy === 'group') {
      // Names worded once and one collator: localeCompare with a locale sets one up per comparison.
      const names = new Map(groups.map((row) => [row, groupName(report, row, this.language)]));
      const compare = new Intl.Collator(this.language).compare;
      groups.sort((a, b) => sign * compare(names.get(a)!, names.get(b)!));
    }
    for (const row of totals) groups.push(row);
    this.listed = { report, period, order, rows: groups };
    return groups;
  }

  /** Rows per page: `page-size` when it is a whole number ≥ 1, else the default. */
  private rowsPerPage(): number {
    return Number.isInteger(this.pageSize) && this.pageSize >= 1 ? this.pageSize : PAGE_SIZE;
  }

  /** The visible numbers as CSV (UTF-8 with BOM, formula-like text neutralised), also offered as a download. */
  exportCsv(): string {
    return this.phase.kind === 'data'
      ? exportRows(this.phase.report, this.latestRows(this.phase.report), this.language, this.messages)
      : '';
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
    const all = this.latestRows(report);
    const indicator = report.indicator;
    const columns = TABLE_MESSAGES[lang].columns;
    if (all.length === 0) {
      const why =
        this.period !== undefined && report.rows.length > 0 ? noPeriod(report.rows, this.period, lang, m) : m.empty;
      return html`<h3>${indicator.label[lang]}</h3><p class="state" role="status">${why}</p>`;
    }
    const size = this.rowsPerPage();
    const { page, first } = pageOf(all.length, this.page, size);
    const rows = all.slice(first, first + size);
    const history = histories(report, rows, all.length === report.rows.length);
    return html`<table part="table" aria-rowcount=${all.length + 1}>
        <caption>${indicator.label[lang]} · ${periodLabel(rows[0]!.period, lang)}</caption>
        <thead>
          <tr aria-rowindex="1">
            ${this.sortHeader('group', columns.group)}${this.sortHeader('value', columns.value)}
            <th scope="col">${columns.status}</th>
            ${this.sortHeader('change', m.previous)}
            <th scope="col">${columns.recent}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((row, index) => {
            const change = row.change.previous;
            return html`<tr aria-rowindex=${first + index + 2}>
              <th scope="row"><button type="button" @click=${() => this.select(rowSelection(report, row, lang))}>${groupName(report, row, lang)}</button></th>
              <td class="num">${valueText(report, row, lang, m)}</td>
              <td>${row.status === null || row.value === null ? '—' : html`<span class=${row.status}><span aria-hidden="true">${STATUS_ICON[row.status]}</span> ${m.status[row.status]}</span>`}</td>
              <td class="num">${change === null ? '—' : `${change.delta > 0 ? '+' : change.delta < 0 ? '−' : ''}${indicator.unit === 'percent' ? `${(Math.abs(change.delta) * 100).toFixed(1)} ${m.points}` : formatValue(Math.abs(change.delta), { unit: indicator.unit }, lang)}`}</td>
              <td>${((spark) => (spark === null ? nothing : html`<svg class="spark" viewBox="0 0 64 20" aria-hidden="true">${spark}</svg>`))(sparkline(history.get(row)!, 64, 20))}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${pager(all.length, page, lang, (next) => (this.page = next), size)}
      ${indicator.target === null ? nothing : html`<p class="state">${m.target} ${formatValue(indicator.target, indicator, lang)}</p>`}
      <button type="button" part="export" @click=${() => this.exportCsv()}>${m.exportCsv}</button>`;
  }
}
