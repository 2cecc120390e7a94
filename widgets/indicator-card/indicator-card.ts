import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { formatNumber, TOTAL, type Change, type Report, type ReportRow, type Status } from '../../src/index.js';
import { formattedValue } from '../../src/internal.js';
import { ChartElement } from '../base/chart-element.js';
import { noGroup, noPeriod } from '../base/not-found.js';
import { periodLabel, type PeriodsShown } from '../base/period-label.js';
import { groupName } from '../base/report-text.js';
import { sparkline } from '../base/sparkline.js';
import { TEXT_MESSAGES } from '../base/text-messages.js';
import { themeStyles } from '../base/theme.styles.js';
import { variationStyles } from '../base/variation.styles.js';
import { variationIcon } from '../indicator-spc/spc-icons.js';
import { spcIconStyles } from '../indicator-spc/spc-icon.styles.js';
import { sideOf } from '../indicator-spc/spc-view.js';
import { VARIATION_MESSAGES } from '../indicator-spc/variation-messages.js';
import { CARD_MESSAGES } from './card-messages.js';
import { indicatorCardStyles } from './indicator-card.styles.js';

const STATUS_ICON: Record<Status, string> = { good: '●', warning: '▲', bad: '■' };
/** The sparkline's width until the card is measured (hidden from the start), and its height. */
const SPARK_WIDTH = 120;
const SPARK_HEIGHT = 36;

/**
 * @tagname indicator-card
 * @summary One indicator at a glance: latest value, status, target, change, sparkline.
 *
 * Shows the latest period of a Report for one group (the total by default; a group shown is named
 * beside the period): the label, the value in its unit, the status as an icon and a word (never colour alone), the target, the change
 * against the previous period and a year earlier with a polarity-aware word (better / worse),
 * a sparkline of recent periods, the 95% interval and sample size for sampled rates, and any flag
 * (`unstable`, `indicator-excluded`, `suppressed`, `no-data`) in words. A `group` or `period` the
 * Report does not have is named, with (a few of) those it has.
 *
 * With `status="spc"` the card shows, instead of the threshold status, the row's SPC variation
 * (common cause, or special cause: improvement, concern) as the NHS icon and its words, read from
 * the `spc` the Report carries (`lawgauge compute --spc`, `withSpc()`); the card computes none.
 * A Report that carries none gets a note saying so, and the threshold status.
 *
 * @attr group - Value of the Report's first group field to show; default the total (`*`).
 * @attr period - Period key to show; default the latest.
 * @attr status - `threshold` (default: good / warning / bad against the indicator's thresholds) or `spc` (the row's SPC variation, as carried by the Report).
 * @attr src - URL of Report JSON.
 * @attr lang - `zh-CN` (default) or `en`; inherited from ancestors.
 * @attr theme - `light` or `dark`; default follows the system.
 * @prop report - A Report object.
 * @fires lg-error - {code, message, source} when data cannot be loaded or validated
 * @csspart label - the indicator's name
 * @csspart value - the value
 * @csspart status - status icon and word (with `status="spc"`, the variation icon and words)
 * @csspart note - why the status is not the SPC variation asked for
 * @csspart delta - the changes
 * @csspart chart - the sparkline
 * @csspart summary - the sparkline's text alternative
 * @csspart error - the error message
 */
export class IndicatorCard extends ChartElement {
  static override styles = [themeStyles, variationStyles, spcIconStyles, indicatorCardStyles];

  // Declared without decorators, like the base class: no decorator helpers in the bundles.
  static override properties: PropertyDeclarations = {
    group: {},
    period: {},
    status: {},
  };

  group: string | undefined;
  period: string | undefined;
  /** What the status shows: `threshold` (default) or `spc`. */
  status: string | undefined;

  /** Rows of the chosen group, in period order. */
  #rowsOf(report: Report): ReportRow[] {
    const field = report.groupBy[0];
    const wanted = this.group ?? TOTAL;
    return report.rows.filter((row) => (field === undefined ? true : String(row.group[field]) === wanted));
  }

  /** The row the card shows: the chosen group's in `period`, else its latest. */
  #rowShown(rows: readonly ReportRow[]): ReportRow | undefined {
    return this.period === undefined ? rows.at(-1) : rows.find((candidate) => candidate.period === this.period);
  }

  /** The one period whose value the card shows (the sparkline beside it is its recent past). */
  protected override periodsIn(report: Report): PeriodsShown | undefined {
    const row = this.#rowShown(this.#rowsOf(report));
    return row === undefined ? undefined : { first: row.period, last: row.period };
  }

  protected renderReport(report: Report): TemplateResult {
    const m = this.messages;
    const lang = this.language;
    const rows = this.#rowsOf(report);
    const row = this.#rowShown(rows);
    const indicator = report.indicator;
    const label = indicator.label[lang];
    if (row === undefined) {
      const why =
        this.group !== undefined && rows.length === 0 && report.groupBy.length > 0
          ? noGroup(report, this.group, lang, m)
          : this.period !== undefined && rows.length > 0
            ? noPeriod(rows, this.period, lang, m)
            : m.empty;
      return html`<h3 part="label">${label}</h3><p class="state" role="status">${why}</p>`;
    }
    // A card of one group says which, beside the period and in the sparkline's summary: the total needs no name.
    const group =
      this.group === undefined || this.group === TOTAL || report.groupBy.length === 0
        ? undefined
        : groupName(report, row, lang);
    const value =
      row.value === null
        ? html`<span part="value" class="withheld">${m.flag[row.flag ?? 'no-data']}</span>`
        : html`<span part="value">${formattedValue(row.value, indicator, lang)}</span>`;
    return html`
      <div class="head">
        <h3 part="label">${label}</h3>
        ${this.#renderStatus(report, row)}
      </div>
      ${value}
      ${this.status === 'spc' && report.spc === undefined ? html`<p part="note" class="meta">${CARD_MESSAGES[lang].noSpc}</p>` : nothing}
      <p class="meta">${group === undefined ? '' : `${group} · `}${periodLabel(row.period, lang)}${indicator.target === null ? nothing : html` · ${m.target} ${formattedValue(indicator.target, indicator, lang)}`}</p>
      ${row.ci === null || row.n === null ? nothing : html`<p class="meta">${m.interval} ${formattedValue(row.ci.low, indicator, lang)}–${formattedValue(row.ci.high, indicator, lang)} · ${m.sample(row.n)}</p>`}
      ${this.#renderChanges(report, row)}
      ${row.flag === 'unstable' || row.flag === 'indicator-excluded' ? html`<p class="flag">${m.flag[row.flag]}</p>` : nothing}
      ${this.#renderSparkline(report, rows, group === undefined ? label : `${label} · ${group}`)}
    `;
  }

  /**
   * The status: the row's SPC variation when asked and carried (a row without a value or
   * suppressed carries none, and shows none), else its threshold status.
   */
  #renderStatus(report: Report, row: ReportRow): TemplateResult | typeof nothing {
    if (this.status === 'spc' && report.spc !== undefined) {
      if (row.spc === undefined) return nothing;
      const words = VARIATION_MESSAGES[this.language];
      const side = sideOf(row, row.spc, report.indicator.polarity);
      return html`<span part="status" class="spc">${variationIcon(row.spc.variation, side === null ? null : words.sideLetter[side])}<span>${words.variationSide(row.spc.variation, side)}</span></span>`;
    }
    return row.status === null
      ? nothing
      : html`<span part="status" class=${row.status}><span aria-hidden="true">${STATUS_ICON[row.status]}</span> ${this.messages.status[row.status]}</span>`;
  }

  #renderChanges(report: Report, row: ReportRow): TemplateResult | typeof nothing {
    const parts = [
      [this.messages.previous, row.change.previous],
      [this.messages.yearAgo, row.change.yearAgo],
    ].filter((entry): entry is [string, Change] => entry[1] !== null);
    if (parts.length === 0) return nothing;
    return html`<p part="delta">${parts.map(([label, change]) => html`<span>${this.#describeChange(report, label, change)}</span>`)}</p>`;
  }

  /** "比上期上升 2.3 个百分点，向好" / "vs previous period up 2.3 points, better". */
  #describeChange(report: Report, label: string, change: Change): string {
    const m = this.messages;
    const lang = this.language;
    const indicator = report.indicator;
    const size =
      indicator.unit === 'percent'
        ? `${formatNumber(Math.abs(change.delta) * 100, lang, 1)} ${m.points}`
        : // A difference of 1:x ratios is a plain number, not another ratio.
          formattedValue(
            Math.abs(change.delta),
            indicator.display?.format === 'oneTo'
              ? { unit: indicator.unit, display: { decimals: indicator.display.decimals } }
              : indicator,
            lang,
          );
    // A change too small to show at the display's decimals ("0.00") is no change: never "up 0.00, worse".
    if (!/[1-9]/.test(size)) return `${label} ${m.unchanged}`;
    const direction = change.delta > 0 ? m.up : m.down;
    const arrow = change.delta > 0 ? '↑' : '↓';
    const polarity = indicator.polarity;
    let verdict = '';
    if (polarity === 'higher-better' || polarity === 'lower-better') {
      const better = change.delta > 0 === (polarity === 'higher-better');
      verdict = `${TEXT_MESSAGES[lang].punctuation.comma}${better ? m.better : m.worse}`;
    }
    return `${arrow} ${label} ${direction} ${size}${verdict}`;
  }

  #renderSparkline(report: Report, rows: readonly ReportRow[], subject: string): TemplateResult | typeof nothing {
    const recent = rows.slice(-24);
    // Drawn at the card's width, one unit a pixel both ways (never stretched to it): the end dot stays
    // round and the line one thickness at any width, in the page, on paper and in exported images.
    const width = this.chartWidth(SPARK_WIDTH);
    const line = sparkline(recent, width, SPARK_HEIGHT);
    if (line === null) return nothing;
    const lang = this.language;
    const first = recent.find((row) => row.value !== null)!;
    const last = [...recent].reverse().find((row) => row.value !== null)!;
    const description = this.messages.trend(
      subject,
      formattedValue(first.value!, report.indicator, lang),
      formattedValue(last.value!, report.indicator, lang),
      periodLabel(first.period, lang),
      periodLabel(last.period, lang),
    );
    return html`<svg part="chart" viewBox="0 0 ${width} ${SPARK_HEIGHT}" role="img" aria-label=${description}>${line}</svg>
      <span part="summary" class="visually-hidden">${description}</span>`;
  }
}
