import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Report, SpcChart, SpcResult } from '../../src/index.js';
import { formattedValue } from '../../src/internal.js';
import { chartStyles } from '../base/chart.styles.js';
import { CHART_MESSAGES } from '../base/chart-messages.js';
import { ChartElement } from '../base/chart-element.js';
import { controlStyles } from '../base/controls.styles.js';
import { loadError, type Detail } from '../base/load-report.js';
import { periodLabel, type PeriodsShown } from '../base/period-label.js';
import { rowSelection, valueText } from '../base/report-text.js';
import { TEXT_MESSAGES } from '../base/text-messages.js';
import { themeStyles } from '../base/theme.styles.js';
import { variationStyles } from '../base/variation.styles.js';
import { indicatorSpcStyles } from './indicator-spc.styles.js';
import { unstableMarkStyles } from '../base/unstable-mark.styles.js';
import { spcIconStyles } from './spc-icon.styles.js';
import { assuranceIcon, variationIcon } from './spc-icons.js';
import { spcLayout } from './spc-layout.js';
import {
  axisMarks,
  focusMark,
  gapMarks,
  limitMarks,
  phaseBreakMarks,
  pointMarks,
  pointShape,
  targetMark,
  valueLineMark,
} from './spc-marks.js';
import { SPC_MESSAGES } from './spc-messages.js';
import { spcOf, type SpcAsked } from './spc-of.js';
import { optionError } from './spc-option-errors.js';
import { spcSummary } from './spc-summary.js';
import { pointWords, spcTable } from './spc-table.js';
import { spcView, type SpcView } from './spc-view.js';
import { steppedIndex } from '../base/stepped-index.js';

const DEFAULT_WIDTH = 560;

/** The chart computed for one Report and one set of options, or why it cannot be. */
type Computed =
  | { readonly report: Report; readonly key: string; readonly result: SpcResult }
  | { readonly report: Report; readonly key: string; readonly error: Detail };

/**
 * @tagname indicator-spc
 * @summary A process-behaviour (SPC) chart: whether a change is a signal or noise.
 *
 * One series of the Report (the total by default; `group` picks a group) over its periods, with
 * its centre line, process limits and two-sigma lines (XmR, or Laney p′ for rates), set again in
 * each phase (`phases`, e.g. the month a reform began). Points that break an NHS rule (outside the
 * limits, a shift of 7 on one side, a trend of 7, two of three beyond two sigma) are marked by
 * shape and colour as an improvement, a concern or, for a neutral indicator, special cause; the
 * latest point's variation icon and, with a target, the assurance icon are shown with their
 * words. A text summary says what changed and whether it is a signal. One tab stop, then arrow
 * keys / Home / End move between periods, each announced; Enter fires `lg-select`; Escape moves the
 * focus to the chart as a whole. "View as table" lists each period's value, lines, rules and variation. Options spc() refuses (p′ on an
 * indicator that is not a rate, a phase the Report lacks) are shown as an error in the widget.
 *
 * @attr src - URL of Report JSON.
 * @attr group - The group value to chart (in the Report's first grouping field); default the total.
 * @attr chart - `xmr` (default, any indicator) or `pprime` (Laney p′, rates only).
 * @attr baseline - How many values at the start of each phase set its limits (≥ 2); default all.
 * @attr phases - Space-separated period keys where a new phase starts, e.g. `2019-04`.
 * @attr target - The target assurance is judged against; default the indicator's.
 * @attr view - `chart` (default) or `table`.
 * @attr lang - `zh-CN` (default) or `en`; inherited from ancestors.
 * @attr theme - `light` or `dark`; default follows the system.
 * @prop report - A Report object.
 * @fires lg-select - {indicator, period, group, value} when a point is activated
 * @fires lg-error - {code, message, source} when data cannot be loaded or validated, or the options cannot chart it (`invalid_options`)
 * @cssprop --lg-improvement - special-cause improvement (marks and icons; always with a shape and a letter too)
 * @cssprop --lg-concern - special-cause concern
 * @cssprop --lg-special - special cause of a neutral indicator
 * @cssprop --lg-common - common-cause variation, and the values' line
 * @csspart chart - the plot
 * @csspart summary - the text summary
 * @csspart icons - the variation and assurance icons with their words
 * @csspart legend - what the lines and marks mean
 * @csspart tooltip - the focused period's values
 * @csspart table - the table view
 * @csspart toggle - the chart / table switch
 */
export class IndicatorSpc extends ChartElement {
  static override styles = [
    themeStyles,
    variationStyles,
    controlStyles,
    chartStyles,
    spcIconStyles,
    indicatorSpcStyles,
    unstableMarkStyles,
  ];

  static override properties: PropertyDeclarations = {
    group: {},
    chart: {},
    baseline: { type: Number },
    phases: {},
    target: { type: Number },
    view: { reflect: true },
    active: { state: true },
  };

  group: string | undefined;
  /** Left out: the chart the Report carries, else `xmr`. */
  chart: SpcChart | undefined;
  baseline: number | null | undefined;
  /** Space-separated period keys. */
  phases: string | undefined;
  target: number | null | undefined;
  view: 'chart' | 'table' = 'chart';
  private active: number | undefined;
  #computed: Computed | undefined;
  #reported: Computed | undefined;

  /** The options the attributes ask for; those left out are left out. */
  #options(): SpcAsked {
    const phases = (this.phases ?? '').split(/\s+/).filter(Boolean);
    return {
      chart: this.chart,
      ...(this.baseline === null || this.baseline === undefined ? {} : { baseline: this.baseline }),
      ...(phases.length === 0 ? {} : { phases }),
      ...(this.target === null || this.target === undefined ? {} : { target: this.target }),
    };
  }

  /** The chart of `report` for the current options, computed once per Report and options. */
  #compute(report: Report): Computed {
    const options = this.#options();
    const key = JSON.stringify(options);
    const last = this.#computed;
    if (last?.report === report && last.key === key) return last;
    let computed: Computed;
    try {
      computed = { report, key, result: spcOf(report, options) };
    } catch (error) {
      const given = {
        chart: options.chart,
        baseline: this.baseline,
        phases: options.phases ?? [],
        target: this.target,
      };
      const detail = optionError(error, report, given);
      if (detail === undefined) throw error;
      computed = { report, key, error: detail };
    }
    this.#computed = computed;
    return computed;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Options the chart cannot be drawn with are fired once, as data failures are.
    const computed = this.#computed;
    if (this.phase.kind === 'data' && computed !== undefined && 'error' in computed && computed !== this.#reported) {
      this.#reported = computed;
      const detail = typeof computed.error === 'string' ? computed.error : computed.error(this.language);
      this.fireError({
        code: 'invalid_options',
        message: `${this.baseMessages.errors.invalid_options}: ${detail}`,
        source: 'options',
      });
    }
  }

  /** The series' periods, first to last; none while the widget shows why there is no chart. */
  protected override periodsIn(report: Report): PeriodsShown | undefined {
    let computed: Computed;
    try {
      computed = this.#compute(report);
    } catch {
      return undefined;
    }
    if ('error' in computed) return undefined;
    const points = spcView(report, computed.result, this.group)?.points ?? [];
    return points.length === 0 ? undefined : { first: points[0]!.row.period, last: points.at(-1)!.row.period };
  }

  protected renderReport(report: Report): TemplateResult {
    const lang = this.language;
    const m = SPC_MESSAGES[lang];
    const label = report.indicator.label[lang];
    let computed: Computed;
    try {
      computed = this.#compute(report);
    } catch (error) {
      const { code, detail } = loadError(error);
      return this.renderError(code, detail);
    }
    if ('error' in computed) return this.renderError('invalid_options', computed.error);
    const view = spcView(report, computed.result, this.group);
    if (view === undefined || view.points.length === 0)
      return html`<h3>${label}</h3><p class="state" role="status">${view === undefined ? m.noGroup(this.group ?? '') : this.messages.empty}</p>`;
    const table = this.view === 'table';
    const chartWords = CHART_MESSAGES[lang];
    return html`
      <div class="toolbar">
        <h3>${label}</h3>
        <button type="button" part="toggle" aria-pressed=${String(table)} @click=${() => (this.view = table ? 'chart' : 'table')}>${table ? chartWords.viewChart : chartWords.viewTable}</button>
        ${this.exportControl()}
      </div>
      <p class="chart-kind">${m.charts[computed.result.chart]}</p>
      <p part="summary" class="summary">${spcSummary(report, view, lang, this.messages)}</p>
      ${this.renderIcons(report, view)}
      ${
        table
          ? spcTable(report, view, lang, this.messages)
          : html`${this.renderPlot(report, view)}${this.renderLegend(view)}
            <p part="tooltip" class="tooltip" aria-live="polite">${this.active === undefined || this.active >= view.points.length ? '' : this.describe(report, view, this.active)}</p>`
      }
    `;
  }

  /** The latest point's variation icon and, with a target, the assurance icon, each with its words. */
  private renderIcons(report: Report, view: SpcView): TemplateResult | typeof nothing {
    if (view.latest === undefined) return nothing;
    const lang = this.language;
    const m = SPC_MESSAGES[lang];
    const point = view.points[view.latest]!;
    const { variation } = point.spc!;
    const { assurance } = view.series;
    const target = view.result.target;
    return html`<ul part="icons" class="icons">
      <li>${variationIcon(variation, point.side === null ? null : m.sideLetter[point.side])}<span>${m.latest(periodLabel(point.row.period, lang), m.variationSide(variation, point.side))}</span></li>
      ${
        assurance === null || target === null
          ? nothing
          : html`<li>${assuranceIcon(assurance, m.assuranceLetter[assurance])}<span>${m.assurance(assurance, formattedValue(target, report.indicator, lang))}</span></li>`
      }
    </ul>`;
  }

  /** What the lines and marks mean: the lines always, the marks of the variations the series shows. */
  private renderLegend(view: SpcView): TemplateResult {
    const m = SPC_MESSAGES[this.language];
    const shown = new Set(view.points.map((point) => point.spc?.variation));
    const small = view.points.some((point) => point.spc !== null && point.row.flag === 'unstable');
    const line = (kind: string, words: string): TemplateResult =>
      html`<li><svg class="key" viewBox="0 0 22 12" aria-hidden="true"><path class=${kind} d="M1 6H21"></path></svg>${words}</li>`;
    return html`<ul part="legend" class="legend">
      ${line('values', m.values)}${line('centre', m.centre)}${line('limit', m.limits)}${line('two-sigma', m.twoSigma)}
      ${view.result.target === null ? nothing : html`<li><svg class="key" viewBox="0 0 22 12" aria-hidden="true"><line class="target" x1="1" x2="21" y1="6" y2="6"></line></svg>${m.target}</li>`}
      ${(['improvement', 'concern', 'special', 'common'] as const)
        .filter((variation) => shown.has(variation))
        .map(
          (variation) =>
            html`<li><svg class="key" viewBox="0 0 22 12" aria-hidden="true">${pointShape(variation, 11, 6)}</svg>${m.variation[variation]}</li>`,
        )}
      ${small ? html`<li><span class="key unstable" aria-hidden="true">${this.messages.unstableMark}</span>${this.messages.flag.unstable}</li>` : nothing}
    </ul>`;
  }

  /** A period as announced: its value (or why it has none), its lines, its rules and variation. */
  private describe(report: Report, view: SpcView, index: number): string {
    const lang = this.language;
    const m = SPC_MESSAGES[lang];
    const point = view.points[index]!;
    const { row, spc } = point;
    const period = periodLabel(row.period, lang);
    const value = valueText(report, row, lang, this.messages);
    const words = pointWords(point, lang);
    if (spc === null || words === null) return `${period}${TEXT_MESSAGES[lang].punctuation.colon}${value}`;
    const line = (x: number | null): string => (x === null ? '—' : formattedValue(x, report.indicator, lang));
    const lines = spc.lower === null ? '' : m.linesAt(line(spc.centre), line(spc.lower), line(spc.upper));
    const rules = spc.rules.length === 0 ? '' : `${words.rules} · `;
    return m.point(period, value, lines, `${rules}${words.variation}`);
  }

  private onKey(event: KeyboardEvent, report: Report, view: SpcView): void {
    const current = this.active ?? view.points.length - 1;
    const moved = steppedIndex(event.key, current, view.points.length, 'forward');
    if (moved !== undefined) {
      event.preventDefault();
      this.active = moved;
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(rowSelection(report, view.points[current]!.row, this.language));
    } else if (event.key === 'Escape') {
      this.active = undefined;
      this.leaveMarks(event);
    }
  }

  /**
   * The chart: the layout computed once, then its marks back to front (axes, periods without a
   * chart, phase breaks, two-sigma lines, limits and centres, target, the values' line, the
   * points), and the focusable plot area with the focused period.
   */
  private renderPlot(report: Report, view: SpcView): TemplateResult {
    const lang = this.language;
    const m = SPC_MESSAGES[lang];
    const layout = spcLayout(report, view, lang, this.chartWidth(DEFAULT_WIDTH), m.phaseFrom);
    const { width, height, left, plotTop, plotWidth, plotHeight } = layout;
    const count = view.points.length;
    // A focused period beyond a Report that has since shrunk is none.
    const active = this.active !== undefined && this.active < count ? this.active : undefined;
    const help = CHART_MESSAGES[lang].chartHelp;
    return html`<p id="spc-help" class="visually-hidden">${help}</p>
      <svg part="chart" viewBox="0 0 ${width} ${height}" height=${height} role="group" tabindex="-1" aria-label=${report.indicator.label[lang]} aria-describedby="spc-help">
        <g aria-hidden="true">
          ${axisMarks(layout)}
          ${gapMarks(layout, view, (flag) => this.messages.flag[flag ?? 'no-data'])}
          ${phaseBreakMarks(layout)}
          ${limitMarks(layout, view)}
          ${targetMark(layout, view.result.target)}
          ${valueLineMark(layout, view)}
          ${pointMarks(layout, view, this.messages.unstableMark)}
        </g>
        <g role="button" tabindex="0" aria-label=${active === undefined ? help : this.describe(report, view, active)}
            @keydown=${(event: KeyboardEvent) => this.onKey(event, report, view)} @focus=${() => (this.active ??= view.latest ?? count - 1)}>
          <rect x=${left} y=${plotTop} width=${plotWidth} height=${plotHeight} fill="transparent"
            @pointermove=${(event: PointerEvent) => {
              const box = (event.currentTarget as SVGRectElement).getBoundingClientRect();
              const ratio = (event.clientX - box.left) / Math.max(1, box.width);
              this.active = Math.max(0, Math.min(count - 1, Math.round(ratio * (count - 1))));
            }}
            @pointerleave=${() => (this.active = undefined)}></rect>
          ${active === undefined ? nothing : svg`<g aria-hidden="true">${focusMark(layout, view, active)}</g>`}
        </g>
      </svg>`;
  }
}
