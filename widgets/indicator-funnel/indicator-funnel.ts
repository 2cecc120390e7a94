import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { formatNumber, LawGaugeError, TOTAL, type Report, type ReportRow } from '../../src/index.js';
import { formattedValue, csvText } from '../../src/internal.js';
import type { FunnelPosition, FunnelResult, RowFunnel } from '../../src/index.js';
import { ChartElement } from '../base/chart-element.js';
import { CHART_MESSAGES } from '../base/chart-messages.js';
import { chartStyles } from '../base/chart.styles.js';
import { controlStyles } from '../base/controls.styles.js';
import { download } from '../base/csv-export.js';
import { noPeriod } from '../base/not-found.js';
import { pagedTable } from '../base/pager.js';
import { periodLabel, type PeriodsShown } from '../base/period-label.js';
import { groupName, rowSelection, unstableCount, valueText } from '../base/report-text.js';
import { TABLE_MESSAGES } from '../base/table-messages.js';
import { TEXT_MESSAGES } from '../base/text-messages.js';
import { themeStyles } from '../base/theme.styles.js';
import { FUNNEL_MESSAGES, type Judgement } from './funnel-messages.js';
import { funnelLayout, type FunnelLayout } from './funnel-layout.js';
import { funnelOf } from './funnel-of.js';
import { indicatorFunnelStyles } from './indicator-funnel.styles.js';
import { unstableMarkStyles } from '../base/unstable-mark.styles.js';
import { placeLabels } from './point-labels.js';
import { steppedIndex } from '../base/stepped-index.js';

const DEFAULT_WIDTH = 560;
/** The positions in the order the summary and the legend name them. */
const POSITIONS: readonly FunnelPosition[] = ['above-998', 'above-95', 'within', 'below-95', 'below-998'];
/** Outliers named in the summary at most; the table lists all. */
const NAMED = 8;

/** A group that takes part in the funnel: its row, its size and rate, its limits and position. */
interface Unit {
  readonly row: ReportRow;
  readonly n: number;
  readonly value: number;
  readonly funnel: RowFunnel;
}

/** One period's funnel as drawn, or why there is none (`problem`: an alert; `status`: a note). */
type Drawing =
  | {
      readonly units: readonly Unit[];
      /** The period's groups without a funnel: withheld, without a value, n = 0. */
      readonly others: readonly ReportRow[];
      readonly period: string;
      readonly target: number;
      readonly k: number;
      readonly phi: number | null;
      readonly tau2: number;
    }
  | { readonly problem: string }
  | { readonly status: string };

/** `on` unless the attribute says `off` or `false` (as the CLI's `--no-overdispersion`). */
const overdispersionConverter = {
  fromAttribute: (value: string | null): boolean => value === null || !/^(off|false)$/i.test(value.trim()),
  toAttribute: (value: boolean): string | null => (value ? null : 'off'),
};

/** Path data of a position's shape at (x, y): a circle within, triangles pointing the way out. */
function shape(position: FunnelPosition, x: number, y: number): TemplateResult {
  if (position === 'within') return svg`<circle cx=${x} cy=${y} r="3.5"></circle>`;
  const s = position.endsWith('998') ? 6 : 5.5;
  const tip = position.startsWith('above') ? -s : s;
  return svg`<path d=${`M${x},${y + tip}L${x + s},${y - tip * 0.75}L${x - s},${y - tip * 0.75}Z`}></path>`;
}

/** Whether a position beyond the limits is good or bad news for this indicator. */
function judgementOf(report: Report, position: FunnelPosition): Judgement {
  const polarity = report.indicator.polarity;
  if (position === 'within' || (polarity !== 'higher-better' && polarity !== 'lower-better')) return 'none';
  return position.startsWith('above') === (polarity === 'higher-better') ? 'better' : 'worse';
}

/**
 * @tagname indicator-funnel
 * @summary One period of a rate across groups as a funnel plot: each group against the limits for its size.
 *
 * Each group (e.g. the 16 districts) is a point at its size n (the denominator) and its rate; the
 * target (the groups' pooled rate, or `target`) is a dashed line, and the 95% and 99.8% limits
 * around it are curves that narrow as n grows (Spiegelhalter 2005), widened for overdispersion
 * unless `overdispersion="off"` (a note gives k, φ and τ²). A group beyond a limit is drawn as a
 * triangle pointing the way out (hollow beyond 95%, filled beyond 99.8%), named beside its point,
 * and its position is given in words, judged by the indicator's polarity ("above the 99.8% limit,
 * better than expected"), never by colour alone. A text summary counts the groups at each
 * position and names those beyond the limits; no ranking is implied. "View as table" lists each
 * group's size, rate, limits and position. Keyboard: one tab stop, then arrow keys move between
 * the points in order of size, Home / End to the smallest or largest, Enter or Space selects
 * (`lg-select`, as the other widgets fire it), Escape moves the focus to the chart as a whole. The computation is the core's
 * `funnel()`; the widget draws it.
 *
 * @attr period - Period key to show; default the latest. One the Report lacks is named, with the periods it has.
 * @attr overdispersion - `off` draws the limits without the overdispersion adjustment; on by default.
 * @attr target - The target rate p0, from 0 to 1; default the groups' pooled rate (Σ numerators / Σ denominators).
 * @attr selected - Group value to highlight.
 * @attr view - `chart` (default) or `table`.
 * @attr src - URL of Report JSON.
 * @attr lang - `zh-CN` (default) or `en`; inherited from ancestors.
 * @attr theme - `light` or `dark`; default follows the system.
 * @prop report - A Report object (a rate: count over count).
 * @fires lg-select - {indicator, period, group, label, value} when a point is activated
 * @fires lg-error - {code, message, source} when data cannot be loaded or validated
 * @csspart chart - the plot
 * @csspart legend - the key to lines and shapes
 * @csspart note - the overdispersion note
 * @csspart summary - the text summary
 * @csspart table - the table view
 * @csspart toggle - the chart / table switch
 * @csspart export - the CSV export button
 * @csspart pager - the table view's page controls
 * @csspart error - the error message
 */
export class IndicatorFunnel extends ChartElement {
  static override styles = [themeStyles, controlStyles, chartStyles, indicatorFunnelStyles, unstableMarkStyles];

  // Declared without decorators, like the base class: no decorator helpers in the bundles.
  static override properties: PropertyDeclarations = {
    period: {},
    overdispersion: { converter: overdispersionConverter, reflect: true },
    target: { type: Number },
    selected: { reflect: true },
    view: { reflect: true },
    active: { state: true },
    focused: { state: true },
  };

  period: string | undefined;
  /** Widen the limits by the groups' overdispersion (the core's default). */
  overdispersion = true;
  /** The target rate p0 in [0, 1]; default the groups' pooled rate (also when null: the attribute removed). */
  target: number | null | undefined;
  selected: string | undefined;
  view: 'chart' | 'table' = 'chart';
  /** The point with the tab stop, by its place in size order. */
  private active = 0;
  /** Whether that point has the focus (its name is then drawn). */
  private focused = false;
  /** The last drawing and what it was made from: a focus move or a resize computes nothing again. */
  private drawing: { key: readonly unknown[]; drawing: Drawing } | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('period') || changed.has('report') || changed.has('src')) this.active = 0;
  }

  private groupKey(report: Report, row: ReportRow): string {
    return String(row.group[report.groupBy[0] ?? ''] ?? TOTAL);
  }

  /** The period's funnel, computed once per Report, period, overdispersion and target. */
  private drawingOf(report: Report): Drawing {
    const key = [report, this.period, this.overdispersion, this.target, this.language];
    if (this.drawing !== undefined && this.drawing.key.every((part, index) => Object.is(part, key[index])))
      return this.drawing.drawing;
    const drawing = this.compute(report);
    this.drawing = { key, drawing };
    return drawing;
  }

  private compute(report: Report): Drawing {
    const lang = this.language;
    const words = FUNNEL_MESSAGES[lang];
    // The last period to appear, or the one asked for when the Report has it.
    let period = this.period;
    if (period === undefined) for (const row of report.rows) period = row.period;
    if (period === undefined) return { status: this.messages.empty };
    if (!report.rows.some((row) => row.period === period))
      return { status: noPeriod(report.rows, period, lang, this.messages) };
    let result: FunnelResult;
    try {
      result = funnelOf(report, {
        period,
        overdispersion: this.overdispersion,
        ...(this.target == null ? {} : { target: this.target }),
      });
    } catch (error) {
      if (!(error instanceof LawGaugeError)) throw error;
      return {
        problem:
          error.root === 'options' && error.issues[0]?.path[0] === 'target'
            ? words.badTarget(this.getAttribute('target') ?? String(this.target))
            : words.notRate(report.indicator.id, report.indicator.measure),
      };
    }
    const units: Unit[] = [];
    const others: ReportRow[] = [];
    const grouped = report.groupBy.length > 0;
    report.rows.forEach((row, index) => {
      if (row.period !== period || !grouped || report.groupBy.every((field) => row.group[field] === TOTAL)) return;
      const funnel = result.rows[index];
      if (funnel) units.push({ row, n: row.denominator!, value: row.numerator! / row.denominator!, funnel });
      else others.push(row);
    });
    if (units.length < 2)
      return { status: words.tooFew(formatNumber(units.length, lang, 0), periodLabel(period, lang)) };
    units.sort((a, b) => a.n - b.n);
    const stats = result.periods.find((entry) => entry.period === period)!;
    return { units, others, period, target: units[0]!.funnel.target, k: stats.k, phi: stats.phi, tau2: stats.tau2 };
  }

  /** The one period the funnel shows: `period`, else the latest; none while it shows why there is no funnel. */
  protected override periodsIn(report: Report): PeriodsShown | undefined {
    const drawing = this.drawingOf(report);
    return 'period' in drawing ? { first: drawing.period, last: drawing.period } : undefined;
  }

  /** Selects a unit: highlights it and fires `lg-select`, as the other widgets do. */
  private activate(report: Report, row: ReportRow): void {
    this.selected = this.groupKey(report, row);
    this.select(rowSelection(report, row, this.language));
  }

  private onKey(event: KeyboardEvent, report: Report, units: readonly Unit[]): void {
    // The chart itself, focused after Escape: Tab goes back to the points.
    if (event.target === event.currentTarget) return;
    const moved = steppedIndex(event.key, this.active, units.length, 'rising');
    if (moved !== undefined) {
      event.preventDefault();
      this.active = moved;
      this.focusAfterUpdate(`[data-index="${this.active}"]`);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const unit = units[this.active];
      if (unit !== undefined) this.activate(report, unit.row);
    } else if (event.key === 'Escape') {
      this.leaveMarks(event);
    }
  }

  /** A unit's position in words, with its judgement when the indicator has a direction. */
  private positionText(report: Report, position: FunnelPosition): string {
    const words = FUNNEL_MESSAGES[this.language];
    const judgement = judgementOf(report, position);
    return judgement === 'none'
      ? words.position[position]
      : `${words.position[position]}${TEXT_MESSAGES[this.language].punctuation.comma}${words.judgement[judgement]}`;
  }

  /** The table's cells: group, n, value, the four limits, the position in words (a row without a funnel says so). */
  private tableCells(report: Report, drawing: Extract<Drawing, { units: unknown }>): string[][] {
    const lang = this.language;
    const words = FUNNEL_MESSAGES[lang];
    const value = (number: number): string => formattedValue(number, report.indicator, lang);
    const rows = drawing.units.map(({ row, n, funnel }) => [
      groupName(report, row, lang),
      formatNumber(n, lang, 0),
      valueText(report, row, lang, this.messages),
      value(funnel.lower95),
      value(funnel.upper95),
      value(funnel.lower998),
      value(funnel.upper998),
      this.positionText(report, funnel.position),
    ]);
    for (const row of drawing.others)
      rows.push([
        groupName(report, row, lang),
        row.denominator === null ? '—' : formatNumber(row.denominator, lang, 0),
        valueText(report, row, lang, this.messages),
        '—',
        '—',
        '—',
        '—',
        words.none,
      ]);
    return rows;
  }

  private header(): string[] {
    const lang = this.language;
    const c = FUNNEL_MESSAGES[lang].columns;
    const t = TABLE_MESSAGES[lang].columns;
    return [t.group, 'n', t.value, c.lower95, c.upper95, c.lower998, c.upper998, c.position];
  }

  /** The table view's cells as CSV (UTF-8 with BOM, formula-like text neutralised), also offered as a download. */
  exportCsv(): string {
    if (this.phase.kind !== 'data') return '';
    const report = this.shown(this.phase.report);
    const drawing = this.drawingOf(report);
    if (!('units' in drawing)) return '';
    const csv = csvText([this.header(), ...this.tableCells(report, drawing)]);
    download(csv, `${report.indicator.id}-funnel.csv`);
    return csv;
  }

  protected renderReport(report: Report): TemplateResult {
    const lang = this.language;
    const label = report.indicator.label[lang];
    const drawing = this.drawingOf(report);
    if ('problem' in drawing)
      return html`<h3>${label}</h3><div role="alert" part="error"><strong>${FUNNEL_MESSAGES[lang].cannot}</strong><br /><small>${drawing.problem}</small></div>`;
    if ('status' in drawing) return html`<h3>${label}</h3><p class="state" role="status">${drawing.status}</p>`;
    const chart = CHART_MESSAGES[lang];
    const table = this.view === 'table';
    return html`
      <div class="toolbar">
        <h3>${label} · ${periodLabel(drawing.period, lang)}</h3>
        <button type="button" part="toggle" aria-pressed=${String(table)} @click=${() => (this.view = table ? 'chart' : 'table')}>${table ? chart.viewChart : chart.viewTable}</button>
        ${this.exportControl()}
      </div>
      ${table ? this.renderTable(report, drawing) : this.renderChart(report, drawing)}
      <p part="summary" class="summary">${this.summary(report, drawing)}</p>
      <p part="note" class="note">${this.note(drawing)}</p>
    `;
  }

  /** How many units at each position, the outliers named, and that no ranking is implied. */
  private summary(report: Report, drawing: Extract<Drawing, { units: unknown }>): string {
    const lang = this.language;
    const words = FUNNEL_MESSAGES[lang];
    const p = TEXT_MESSAGES[lang].punctuation;
    const count = (value: number): string => formatNumber(value, lang, 0);
    const parts = POSITIONS.flatMap((position) => {
      const at = drawing.units.filter((unit) => unit.funnel.position === position);
      if (at.length === 0) return [];
      const names =
        position === 'within'
          ? ''
          : at
              .slice(0, NAMED)
              .map((unit) => groupName(report, unit.row, lang))
              .join(p.list) + (at.length > NAMED ? `${p.list}…` : '');
      return [words.atPosition(count(at.length), this.positionText(report, position), names)];
    });
    if (drawing.others.length > 0) parts.push(words.notCompared(count(drawing.others.length)));
    const total = drawing.units.length + drawing.others.length;
    const small = unstableCount(report, [...drawing.units.map((unit) => unit.row), ...drawing.others], this.messages);
    return `${words.units(count(total), periodLabel(drawing.period, lang))}${parts.join(p.semicolon)}${p.stop}${small === '' ? '' : ` ${small}${p.stop}`} ${words.noRanking}`;
  }

  /** The overdispersion note: widened (φ, τ²), not needed, not estimable, or switched off. */
  private note(drawing: Extract<Drawing, { units: unknown }>): string {
    const lang = this.language;
    const words = FUNNEL_MESSAGES[lang];
    const k = formatNumber(drawing.k, lang, 0);
    if (!this.overdispersion) return words.off;
    if (drawing.phi === null) return words.notEstimable;
    const phi = formatNumber(drawing.phi, lang, 2);
    if (drawing.tau2 === 0) return words.notWidened(k, phi);
    // τ² is small (a variance of rates): three significant digits.
    const decimals = Math.min(10, Math.max(2, 2 - Math.floor(Math.log10(drawing.tau2))));
    return words.widened(k, phi, formatNumber(drawing.tau2, lang, decimals));
  }

  private renderTable(report: Report, drawing: Extract<Drawing, { units: unknown }>): TemplateResult {
    const lang = this.language;
    const header = this.header();
    const rows = this.tableCells(report, drawing);
    // Group and position are words; the rest are numbers, right-aligned.
    const align = (column: number): string => (column === 0 || column === 7 ? '' : 'num');
    const page = (
      first: number,
      count: number,
    ): TemplateResult => html`<table part="table" aria-rowcount=${rows.length + 1}>
      <caption>${report.indicator.label[lang]} · ${periodLabel(drawing.period, lang)}</caption>
      <thead><tr aria-rowindex="1">${header.map((name, column) => html`<th scope="col" class=${align(column)}>${name}</th>`)}</tr></thead>
      <tbody>${rows.slice(first, first + count).map((cells, index) => html`<tr aria-rowindex=${first + index + 2}>${cells.map((cell, column) => (column === 0 ? html`<th scope="row">${cell}</th>` : html`<td class=${align(column)}>${cell}</td>`))}</tr>`)}</tbody>
    </table>`;
    // Focusable and named: a keyboard scrolls it sideways when it is wider than the widget.
    return html`<div class="table-wrap" role="region" tabindex="0" aria-label=${report.indicator.label[lang]}>
      ${pagedTable(drawing, rows.length, lang, page)}
      <button type="button" part="export" @click=${() => this.exportCsv()}>${this.messages.exportCsv}</button>
    </div>`;
  }

  private renderChart(report: Report, drawing: Extract<Drawing, { units: unknown }>): TemplateResult {
    const lang = this.language;
    const words = FUNNEL_MESSAGES[lang];
    const { units } = drawing;
    const layout = funnelLayout({
      indicator: report.indicator,
      lang,
      width: this.chartWidth(DEFAULT_WIDTH),
      sizes: units.map((unit) => unit.n),
      values: units.map((unit) => unit.value),
      target: drawing.target,
      tau2: drawing.tau2,
    });
    const { x, y, left, top, plotWidth, plotHeight, width, height } = layout;
    const active = Math.min(this.active, units.length - 1);
    // Names drawn: the focused and the selected units first, then those beyond 99.8%, then beyond 95%.
    const rank = (unit: Unit, index: number): number =>
      index === active && this.focused
        ? 0
        : this.groupKey(report, unit.row) === this.selected
          ? 1
          : unit.funnel.position.endsWith('998')
            ? 2
            : unit.funnel.position === 'within'
              ? 9
              : 3;
    const wishes = units
      .map((unit, index) => ({ unit, index, rank: rank(unit, index) }))
      .filter((entry) => entry.rank < 9)
      .sort((a, b) => a.rank - b.rank)
      .map(({ unit }) => ({ x: x(unit.n), y: y(unit.value), text: groupName(report, unit.row, lang) }));
    const labels = placeLabels(wishes, left, left + plotWidth + 10);
    const helpId = 'funnel-help';
    const sep = TEXT_MESSAGES[lang].punctuation.comma;
    return html`<p id=${helpId} class="visually-hidden">${CHART_MESSAGES[lang].chartHelp}</p>
      <svg part="chart" role="group" tabindex="-1" aria-label=${report.indicator.label[lang]} aria-describedby=${helpId} viewBox="0 0 ${width} ${height}" height=${height}
        @keydown=${(event: KeyboardEvent) => this.onKey(event, report, units)}>
        <defs><clipPath id="funnel-plot"><rect x=${left} y=${top} width=${plotWidth} height=${plotHeight}></rect></clipPath></defs>
        <g aria-hidden="true">
          ${this.renderAxes(layout)}
          <g clip-path="url(#funnel-plot)">
            ${layout.curves.map((curve) => svg`<path class=${curve.kind} d=${curve.path}></path>`)}
            <line class="target" x1=${left} x2=${left + plotWidth} y1=${y(drawing.target)} y2=${y(drawing.target)}></line>
          </g>
        </g>
        ${units.map((unit, index) => {
          const key = this.groupKey(report, unit.row);
          const position = unit.funnel.position;
          const judgement = judgementOf(report, position);
          const px = x(unit.n);
          const py = y(unit.value);
          const name = `${groupName(report, unit.row, lang)} ${valueText(report, unit.row, lang, this.messages)}${sep}${words.size(formatNumber(unit.n, lang, 0))}${sep}${this.positionText(report, position)}${sep}${periodLabel(unit.row.period, lang)}`;
          return svg`<g role="button" data-index=${index} tabindex=${index === active ? 0 : -1} aria-label=${name} aria-pressed=${String(key === this.selected)}
            @click=${() => {
              this.active = index;
              this.activate(report, unit.row);
            }} @focus=${() => {
              this.active = index;
              this.focused = true;
            }} @blur=${() => (this.focused = false)}>
            <circle class="focus" cx=${px} cy=${py} r="10"></circle>
            ${key === this.selected ? svg`<circle class="ring" cx=${px} cy=${py} r="9"></circle>` : nothing}
            <g class=${`pt ${judgement}${position === 'above-95' || position === 'below-95' ? ' hollow' : ''}`}>${shape(position, px, py)}</g>
            ${unit.row.flag === 'unstable' ? svg`<text class="unstable" aria-hidden="true" x=${px} y=${py - 7 < top + 8 ? py + 16 : py - 7} text-anchor="middle">${this.messages.unstableMark}</text>` : nothing}
          </g>`;
        })}
        <g aria-hidden="true">${labels.map((placed) => svg`<text class="label" x=${placed.x} y=${placed.y} text-anchor=${placed.end ? 'end' : 'start'}>${placed.text}</text>`)}</g>
      </svg>
      ${this.renderLegend(report, drawing)}`;
  }

  /** Gridlines and tick labels on both axes, and the axis names. */
  private renderAxes(layout: FunnelLayout): TemplateResult {
    const { x, y, left, top, plotWidth, plotHeight } = layout;
    const bottom = top + plotHeight;
    const words = FUNNEL_MESSAGES[this.language];
    return svg`${layout.valueTicks.map(
      (tick) => svg`<line class="grid" x1=${left} x2=${left + plotWidth} y1=${y(tick.value)} y2=${y(tick.value)}></line>
        <text class="muted" x=${left - 6} y=${y(tick.value) + 4} text-anchor="end">${tick.text}</text>`,
    )}
      <line class="axis" x1=${left} x2=${left + plotWidth} y1=${bottom} y2=${bottom}></line>
      ${layout.sizeTicks.map(
        (tick) => svg`<line class="axis" x1=${x(tick.value)} x2=${x(tick.value)} y1=${bottom} y2=${bottom + 4}></line>
        <text class="muted" x=${x(tick.value)} y=${bottom + 16} text-anchor="middle">${tick.text}</text>`,
      )}
      <text class="muted" x=${left + plotWidth / 2} y=${bottom + 33} text-anchor="middle">${words.sizeAxis}</text>`;
  }

  /** The key: the target and the two limits as line samples, the shape of each position drawn with its words. */
  private renderLegend(report: Report, drawing: Extract<Drawing, { units: unknown }>): TemplateResult {
    const lang = this.language;
    const words = FUNNEL_MESSAGES[lang];
    const target = formattedValue(drawing.target, report.indicator, lang);
    const line = (kind: string, text: string): TemplateResult =>
      html`<li><svg aria-hidden="true" viewBox="0 0 22 12"><line class=${kind} x1="0" x2="22" y1="6" y2="6"></line></svg>${text}</li>`;
    return html`<ul part="legend" class="legend">
      ${line('target', this.target == null ? words.pooledTarget(target) : words.givenTarget(target))}
      ${line('l95', words.limit95)}${line('l998', words.limit998)}
      ${POSITIONS.filter((position) => drawing.units.some((unit) => unit.funnel.position === position)).map(
        (position) => {
          const judgement = judgementOf(report, position);
          const hollow = position === 'above-95' || position === 'below-95' ? ' hollow' : '';
          return html`<li><svg aria-hidden="true" viewBox="0 0 22 12"><g class=${`pt ${judgement}${hollow}`}>${shape(position, 11, 6)}</g></svg>${this.positionText(report, position)}</li>`;
        },
      )}
      ${drawing.units.some((unit) => unit.row.flag === 'unstable') ? html`<li><span class="key unstable" aria-hidden="true">${this.messages.unstableMark}</span>${this.messages.flag.unstable}</li>` : nothing}
    </ul>`;
  }
}
