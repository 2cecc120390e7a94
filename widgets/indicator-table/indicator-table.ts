import { css, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { formatNumber, TOTAL, type GroupValue, type Report, type ReportRow, type Status } from '../../src/index.js';
import { formattedValue } from '../../src/internal.js';
import { chartStyles } from '../base/chart.styles.js';
import { controlStyles } from '../base/controls.styles.js';
import { exportRows } from '../base/csv-export.js';
import { LawGaugeElement } from '../base/lawgauge-element.js';
import type { WidgetLang } from '../base/messages.js';
import { noPeriod } from '../base/not-found.js';
import { PAGE_SIZE, pageOf, pager } from '../base/pager.js';
import { periodLabel, type PeriodsShown } from '../base/period-label.js';
import { groupName, rowSelection, valueText } from '../base/report-text.js';
import { sparkline } from '../base/sparkline.js';
import { steppedIndex } from '../base/stepped-index.js';
import { TABLE_MESSAGES } from '../base/table-messages.js';
import { themeStyles } from '../base/theme.styles.js';
import { CollationOrder } from './collation-order.js';
import type { OrderJob } from './order-job.js';
import { RadixOrder } from './radix-order.js';

type Column = 'group' | 'value' | 'change';
interface Sort {
  readonly column: Column;
  readonly descending: boolean;
}
const STATUS_ICON: Record<Status, string> = { good: '●', warning: '▲', bad: '■' };
/** Periods a sparkline shows, up to the row's own. */
const HISTORY = 12;
/**
 * How long one task may spend ordering rows (ms) before it yields: the first slice has the render
 * of a page on top, a slow machine may overrun it, and a task over 50 ms is a long task.
 */
const SLICE_MS = 10;

/**
 * One period's rows of a Report, its groups in the Report's order and its total, with which of
 * the optional columns some row fills, decided over every row (not the page), so columns do not
 * come and go as pages turn.
 */
interface Listing {
  readonly report: Report;
  readonly period: string | undefined;
  readonly groups: ReportRow[];
  readonly totals: ReportRow[];
  readonly columns: { status: boolean; rank: boolean; change: boolean; trend: boolean };
  /** The groups' names in collation order, by language, worked out the first time they are sorted. */
  readonly collations: Map<WidgetLang, CollationOrder>;
}

/** One order of a listing: worked out by `job` (none: the Report's order), its rows picked from it as needed. */
interface Ordering {
  readonly listing: Listing;
  readonly key: string;
  readonly sort: Sort | undefined;
  readonly job: OrderJob | undefined;
  /** Read the job's order backwards (names descending: their collation reversed). */
  readonly reverse: boolean;
}

/**
 * A listing's rows in one order, the total last, picked by index as a page needs them: turning to a
 * page of 200,000 sorted rows builds that page, not the list.
 */
class OrderedRows {
  constructor(
    private readonly listing: Listing,
    private readonly order: Uint32Array | undefined,
    private readonly reverse: boolean,
  ) {}

  get length(): number {
    return this.listing.groups.length + this.listing.totals.length;
  }

  /** Rows `first` to `first + count` (fewer at the end). */
  slice(first: number, count: number): ReportRow[] {
    const { groups, totals } = this.listing;
    const { order, reverse } = this;
    const rows: ReportRow[] = [];
    const last = groups.length - 1;
    for (let index = first; index < Math.min(this.length, first + count); index++)
      rows.push(
        index > last
          ? totals[index - groups.length]!
          : groups[order === undefined ? index : order[reverse ? last - index : index]!]!,
      );
    return rows;
  }
}

/** A row's group as one Map key: the value itself for one group field, else the values as JSON. */
function groupKey(report: Report, row: ReportRow): GroupValue | string {
  const fields = report.groupBy;
  return fields.length === 1 ? row.group[fields[0]!]! : JSON.stringify(fields.map((field) => row.group[field]));
}

/**
 * The last {@link HISTORY} periods up to its own of each of `shown`, from one pass over the
 * Report's rows: a page's sparklines cost one pass, however many groups the Report has.
 */
function histories(report: Report, shown: readonly ReportRow[]): Map<ReportRow, ReportRow[]> {
  const wanted = new Map<GroupValue | string, { row: ReportRow; rows: ReportRow[] }>();
  for (const row of shown) wanted.set(groupKey(report, row), { row, rows: [] });
  // Period keys of one unit sort chronologically.
  for (const candidate of report.rows) {
    const entry = wanted.get(groupKey(report, candidate));
    if (entry !== undefined && candidate.period <= entry.row.period) entry.rows.push(candidate);
  }
  return new Map(Array.from(wanted.values(), ({ row, rows }) => [row, rows.slice(-HISTORY)]));
}

/** A composite index is a ranking: its table opens sorted by value, best first. Others keep the Report's order. */
function defaultSort(report: Report): Sort | undefined {
  return report.indicator.measure === 'composite'
    ? { column: 'value', descending: report.indicator.polarity !== 'lower-better' }
    : undefined;
}

/**
 * @tagname indicator-table
 * @summary Groups of one indicator side by side: latest value, status, change and a sparkline.
 *
 * One row per group (then the total) for the latest period: value in its unit, status as icon and
 * word, a composite's rank, change against the previous period, and a sparkline of recent
 * periods. A column no row fills is left out (no status without thresholds, no change or trend
 * for a Report of one period), decided over every row so columns stay as pages turn. Rows come
 * in the Report's order, but a composite index (a ranking) opens sorted by value, best first.
 * Column headers sort by click, Enter or Space (`aria-sort` says how); activating a group's name
 * fires `lg-select`. The rows are one tab stop, like a chart's marks: ↑ / ↓ move between groups,
 * Home / End to the first or last, Page Up / Page Down a page's worth, turning pages; the sort
 * buttons and page controls keep their own. Withheld values stay withheld. A long table is shown `page-size` rows at a
 * time with page controls: the table's `aria-rowcount` counts every row and each row carries its
 * `aria-rowindex`, so a screen reader says where in the whole list a row is; 200,000 groups cost
 * one page to draw and to turn. Sorting them takes no long task: numbers are radix-sorted in
 * linear time and names collated a slice at a time, the table `aria-busy` (and its caption saying
 * so) until the new order is shown.
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
      /* No title bar here: the download icon sits on the caption's line, which leaves it room. */
      .lg-export {
        position: absolute;
        top: var(--lg-space);
        right: var(--lg-space);
      }
      caption {
        padding-right: 24px;
      }
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
      table.busy {
        cursor: progress;
      }
    `,
  ];

  // Declared without decorators, like the base class: no decorator helpers in the bundles.
  static override properties: PropertyDeclarations = {
    period: {},
    pageSize: { type: Number, attribute: 'page-size' },
    sort: { state: true },
    page: { state: true },
    active: { state: true },
  };

  period: string | undefined;
  /** Rows per page. */
  pageSize = PAGE_SIZE;
  /** The order asked for by a column header; until one is, the Report's default ({@link defaultSort}). */
  private sort: Sort | undefined;
  private page = 0;
  /**
   * The row (index in the whole ordered list) whose group button is the rows' one tab stop; a row
   * of another page gives way to the first row of the page shown.
   */
  private active = 0;
  /** The last period's rows, kept: turning a page does not filter the Report again. */
  private listing: Listing | undefined;
  /** The order asked for last, finished or under way, and the last one finished (shown meanwhile). */
  private ordering: Ordering | undefined;
  private lastOrder: { ordering: Ordering; rows: OrderedRows } | undefined;
  /** The timer of the next slice of an order under way. */
  private slice: ReturnType<typeof setTimeout> | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another list, or another order of it, starts at its first page, its first row the tab stop.
    if (['report', 'src', 'period', 'sort', 'pageSize'].some((name) => changed.has(name as keyof IndicatorTable)))
      this.page = this.active = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // An order left unfinished when the element left the page goes on.
    if (this.ordering?.job !== undefined && this.ordering.job.order === undefined) this.continueOrdering();
  }

  /** The rows of the period shown, and which optional columns they fill, in one pass. */
  private listingOf(report: Report): Listing {
    const period = this.period ?? report.rows.at(-1)?.period;
    if (this.listing?.report === report && this.listing.period === period) return this.listing;
    const groups: ReportRow[] = [];
    const totals: ReportRow[] = [];
    const columns = { status: false, rank: false, change: false, trend: false };
    for (const row of report.rows) {
      if (row.period !== period) {
        // Period keys of one unit sort chronologically: an earlier period gives the trend a past.
        if (period !== undefined && row.period < period) columns.trend = true;
        continue;
      }
      (report.groupBy.every((field) => row.group[field] === TOTAL) ? totals : groups).push(row);
      if (row.status !== null && row.value !== null) columns.status = true;
      if (typeof row.rank === 'number') columns.rank = true;
      if (row.change.previous !== null) columns.change = true;
    }
    this.listing = { report, period, groups, totals, columns, collations: new Map() };
    return this.listing;
  }

  /** The one period whose rows the table lists (the sparklines beside them are their recent past). */
  protected override periodsIn(report: Report): PeriodsShown | undefined {
    const { period, groups, totals } = this.listingOf(report);
    return period === undefined || groups.length + totals.length === 0 ? undefined : { first: period, last: period };
  }

  /** What orders `listing` by `sort`: a radix sort of numbers, or the names' collation. */
  private newOrdering(listing: Listing, sort: Sort | undefined, key: string): Ordering {
    const { groups } = listing;
    if (sort === undefined) return { listing, key, sort, job: undefined, reverse: false };
    if (sort.column === 'group') {
      const lang = this.language;
      let collation = listing.collations.get(lang);
      if (collation === undefined) {
        // Names worded as they are asked for, and one collator: localeCompare with a locale sets one up per comparison.
        collation = new CollationOrder(
          groups.length,
          (index) => groupName(listing.report, groups[index]!, lang),
          new Intl.Collator(lang).compare,
        );
        listing.collations.set(lang, collation);
      }
      return { listing, key, sort, job: collation, reverse: sort.descending };
    }
    const keyOf =
      sort.column === 'value'
        ? (index: number) => groups[index]!.value ?? NaN
        : (index: number) => groups[index]!.change.previous?.delta ?? NaN;
    return { listing, key, sort, job: new RadixOrder(groups.length, keyOf, sort.descending), reverse: false };
  }

  /**
   * The listing's rows in the order asked for, its total last: at once when the order is known or
   * takes one slice to work out, else the order shown before (`busy`) while later tasks work on it.
   */
  private ordered(listing: Listing): { rows: OrderedRows; sort: Sort | undefined; busy: boolean } {
    const sort = this.sort ?? defaultSort(listing.report);
    const key =
      sort === undefined ? '' : `${sort.column}|${sort.descending}|${sort.column === 'group' ? this.language : ''}`;
    let ordering = this.ordering;
    if (ordering?.listing !== listing || ordering.key !== key)
      ordering = this.ordering = this.newOrdering(listing, sort, key);
    const { job } = ordering;
    if (job === undefined || job.run(performance.now() + SLICE_MS)) {
      if (this.lastOrder?.ordering !== ordering)
        this.lastOrder = { ordering, rows: new OrderedRows(listing, job?.order, ordering.reverse) };
      return { rows: this.lastOrder.rows, sort, busy: false };
    }
    this.continueOrdering();
    // Meanwhile the order shown before, if it was of these rows.
    return this.lastOrder?.ordering.listing === listing
      ? { rows: this.lastOrder.rows, sort: this.lastOrder.ordering.sort, busy: true }
      : { rows: new OrderedRows(listing, undefined, false), sort: undefined, busy: true };
  }

  /** Works on the order under way a slice a task, and renders once it is done. */
  private continueOrdering(): void {
    if (this.slice !== undefined) return;
    this.slice = setTimeout(() => {
      this.slice = undefined;
      const ordering = this.ordering;
      if (ordering?.job === undefined || ordering.job.order !== undefined || !this.isConnected) return;
      // Done: the page is drawn in a task of its own, not on top of this slice.
      if (ordering.job.run(performance.now() + SLICE_MS))
        this.slice = setTimeout(() => {
          this.slice = undefined;
          this.requestUpdate();
        }, 0);
      else this.continueOrdering();
    }, 0);
  }

  /** Rows per page: `page-size` when it is a whole number ≥ 1, else the default. */
  private rowsPerPage(): number {
    return Number.isInteger(this.pageSize) && this.pageSize >= 1 ? this.pageSize : PAGE_SIZE;
  }

  /** The visible numbers as CSV (UTF-8 with BOM, formula-like text neutralised), in the order shown, also offered as a download. */
  exportCsv(): string {
    if (this.phase.kind !== 'data') return '';
    const report = this.phase.report;
    const { rows } = this.ordered(this.listingOf(report));
    return exportRows(report, rows.slice(0, rows.length), this.language, this.messages);
  }

  private sortHeader(column: Column, text: string, shown: Sort | undefined, wanted: Sort | undefined): TemplateResult {
    const sorted = shown?.column === column;
    return html`<th scope="col" class=${column === 'group' ? '' : 'num'} aria-sort=${sorted ? (shown.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" @click=${() => {
        this.sort = {
          column,
          descending: wanted?.column === column ? !wanted.descending : column !== 'group',
        };
      }}>${text}${sorted ? (shown.descending ? ' ↓' : ' ↑') : ''}</button>
    </th>`;
  }

  /**
   * Keys over the rows' group buttons, one tab stop like a chart's marks: ↑ / ↓ the previous or
   * next row, Home / End the first or last, Page Up / Page Down a page's worth of rows, turning
   * pages when the row is on another (Enter or Space on the button selects, as a click does).
   */
  private onRowKey(event: KeyboardEvent, stop: number, total: number, size: number): void {
    const moved =
      event.key === 'PageDown'
        ? Math.min(total - 1, stop + size)
        : event.key === 'PageUp'
          ? Math.max(0, stop - size)
          : steppedIndex(event.key, stop, total, 'list');
    if (moved === undefined) return;
    event.preventDefault();
    this.active = moved;
    this.page = Math.floor(moved / size);
    this.focusAfterUpdate(`tbody button[data-row="${moved}"]`);
  }

  /** A change against the previous period: signed, in points for a percentage. */
  private changeText(row: ReportRow): string {
    const change = row.change.previous;
    if (change === null) return '—';
    const unit = this.phase.kind === 'data' ? this.phase.report.indicator.unit : 'count';
    const sign = change.delta > 0 ? '+' : change.delta < 0 ? '−' : '';
    const size = Math.abs(change.delta);
    return `${sign}${unit === 'percent' ? `${(size * 100).toFixed(1)} ${this.messages.points}` : formattedValue(size, { unit }, this.language)}`;
  }

  protected renderReport(report: Report): TemplateResult {
    const m = this.messages;
    const lang = this.language;
    const t = TABLE_MESSAGES[lang];
    const listing = this.listingOf(report);
    const { columns } = listing;
    const indicator = report.indicator;
    if (listing.groups.length + listing.totals.length === 0) {
      const why =
        this.period !== undefined && report.rows.length > 0 ? noPeriod(report.rows, this.period, lang, m) : m.empty;
      return html`<h3>${indicator.label[lang]}</h3><p class="state" role="status">${why}</p>`;
    }
    const { rows: all, sort: shown, busy } = this.ordered(listing);
    const wanted = this.sort ?? defaultSort(report);
    const size = this.rowsPerPage();
    const { page, first } = pageOf(all.length, this.page, size);
    const rows = all.slice(first, size);
    const stop = this.active >= first && this.active < first + rows.length ? this.active : first;
    const history = columns.trend ? histories(report, rows) : undefined;
    return html`<table part="table" aria-rowcount=${all.length + 1} aria-busy=${String(busy)} class=${busy ? 'busy' : ''}>
        <caption>${indicator.label[lang]} · ${periodLabel(rows[0]!.period, lang)}${busy ? ` · ${t.sorting}` : ''}</caption>
        <thead>
          <tr aria-rowindex="1">
            ${this.sortHeader('group', t.columns.group, shown, wanted)}${this.sortHeader('value', t.columns.value, shown, wanted)}
            ${columns.status ? html`<th scope="col">${t.columns.status}</th>` : nothing}
            ${columns.rank ? html`<th scope="col" class="num">${t.columns.rank}</th>` : nothing}
            ${columns.change ? this.sortHeader('change', m.previous, shown, wanted) : nothing}
            ${columns.trend ? html`<th scope="col">${t.columns.recent}</th>` : nothing}
          </tr>
        </thead>
        <tbody @keydown=${(event: KeyboardEvent) => this.onRowKey(event, stop, all.length, size)}>
          ${rows.map(
            (row, index) =>
              html`<tr aria-rowindex=${first + index + 2}>
              <th scope="row"><button type="button" data-row=${first + index} tabindex=${first + index === stop ? 0 : -1} @focus=${() => (this.active = first + index)} @click=${() => this.select(rowSelection(report, row, lang))}>${groupName(report, row, lang)}</button></th>
              <td class="num">${valueText(report, row, lang, m)}</td>
              ${columns.status ? html`<td>${row.status === null || row.value === null ? '—' : html`<span class=${row.status}><span aria-hidden="true">${STATUS_ICON[row.status]}</span> ${m.status[row.status]}</span>`}</td>` : nothing}
              ${columns.rank ? html`<td class="num">${typeof row.rank === 'number' ? formatNumber(row.rank, lang, 0) : '—'}</td>` : nothing}
              ${columns.change ? html`<td class="num">${this.changeText(row)}</td>` : nothing}
              ${history === undefined ? nothing : html`<td>${((spark) => (spark === null ? nothing : html`<svg class="spark" viewBox="0 0 64 20" aria-hidden="true">${spark}</svg>`))(sparkline(history.get(row)!, 64, 20))}</td>`}
            </tr>`,
          )}
        </tbody>
      </table>
      ${pager(all.length, page, lang, (next) => (this.page = next), size)}
      ${indicator.target === null ? nothing : html`<p class="state">${m.target} ${formattedValue(indicator.target, indicator, lang)}</p>`}
      <button type="button" part="export" @click=${() => this.exportCsv()}>${m.exportCsv}</button>`;
  }
}
