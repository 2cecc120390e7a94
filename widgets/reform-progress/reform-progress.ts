import { validReformReport, csvText } from '../../src/internal.js';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import {
  formatPercent,
  REFORM_REPORT_SCHEMA_ID,
  reformTaskTable,
  TASK_STATUSES,
  type ReformReport,
  type Rollup,
  type TaskStatus,
} from '../../src/index.js';
import { controlStyles } from '../base/controls.styles.js';
import { download } from '../base/csv-export.js';
import { DataElement } from '../base/lawgauge-element.js';
import { dateLabel, monthLabel } from '../base/date-label.js';
import type { WidgetErrorCode } from '../base/messages.js';
import { themeStyles } from '../base/theme.styles.js';
import { nextAsOfView, type AsOfView } from './as-of-view.js';
import { REFORM_MESSAGES } from './reform-messages.js';
import { reformProgressStyles } from './reform-progress.styles.js';
import { steppedIndex } from '../base/stepped-index.js';

type View = 'summary' | 'areas' | 'tasks' | 'burnup';
const VIEWS: readonly View[] = ['summary', 'areas', 'tasks', 'burnup'];
const BURNUP = { width: 480, height: 180, left: 32, right: 12, top: 10, bottom: 22 };
const STATUS_ICON: Record<TaskStatus, string> = {
  // U+2713, which CJK fonts have (U+2714 is missing from Noto Sans CJK and drawn as a box).
  verified: '✓',
  completed: '●',
  overdue: '■',
  not_started: '○',
  at_risk: '▲',
  in_progress: '◐',
};

/**
 * @tagname reform-progress
 * @summary How far a reform programme has come: completion, what is late, who owns it, when it will finish.
 *
 * Renders a ReformReport (`lawgauge/reform-report@1`, from `progress(programme, {asOf})`). The
 * summary has a real progress bar (`role="progressbar"`, localized value text), verified versus
 * completed, counts per status with icons and words, the on-time rate and the projected finish;
 * `view="areas"` lists the areas with their progress; `view="tasks"` lists the overdue tasks
 * (title, owner, due date, days late); `view="burnup"` draws tasks due, completed and verified by
 * month, with a text summary and the numbers as a table. Lists have one tab stop and arrow keys; activating an
 * area or a task fires `lg-select` with its `id` (a host can drill down by setting `area`).
 *
 * @attr view - `summary` (default), `areas`, `tasks` or `burnup`.
 * @attr as-of - Show the programme as it stood on an earlier date (`YYYY-MM-DD`, not after the
 *   report's own): recomputed in the browser from the facts the report carries.
 * @attr area - Show one area only.
 * @attr owner - Show one owner's tasks only.
 * @attr compact - A small tile: the progress bar and the rate.
 * @attr src - URL of ReformReport JSON.
 * @attr lang - `zh-CN` (default) or `en`; inherited from ancestors.
 * @attr theme - `light` or `dark`; default follows the system.
 * @prop report - A ReformReport object.
 * @fires lg-select - {indicator: programme id, period: as-of date, group: {area} or {task}, value, id}
 * @fires lg-error - {code, message, source} when data cannot be loaded or validated, or `as-of` cannot be shown (`invalid_as_of`)
 * @csspart progress - the progress bar and rate
 * @csspart list - the areas or tasks list
 * @csspart views - the view buttons (summary, areas, tasks, burn-up); controls, left out of an exported image and of a page with no script
 * @csspart export - the CSV export button
 * @csspart error - the error message
 */
export class ReformProgress extends DataElement<ReformReport> {
  static override styles = [themeStyles, controlStyles, reformProgressStyles];

  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    area: { reflect: true },
    owner: { reflect: true },
    compact: { type: Boolean, reflect: true },
    asOf: { attribute: 'as-of' },
    active: { state: true },
  };

  view: View = 'summary';
  area: string | undefined;
  owner: string | undefined;
  compact = false;
  /** Removing the attribute sets null. */
  asOf: string | null | undefined;
  private active = 0;
  #asOfView: AsOfView | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const report = this.phase.kind === 'data' ? this.phase.report : null;
    this.#adopt(
      nextAsOfView(this.#asOfView, report, this.asOf, (view) => {
        if (this.#asOfView?.source !== view.source || this.#asOfView.asOf !== view.asOf) return;
        this.#adopt(view);
        this.requestUpdate();
      }),
    );
  }

  /** Takes a new as-of view; one that cannot be shown also fires `lg-error` (once). */
  #adopt(view: AsOfView | undefined): void {
    const previous = this.#asOfView;
    this.#asOfView = view;
    if (view !== previous && typeof view?.result === 'string') {
      this.fireError({
        code: 'invalid_as_of',
        message: `${this.baseMessages.errors.invalid_as_of}: ${view.result}`,
        source: 'as-of',
      });
    }
  }

  /** What is shown: the report, its recomputation for `as-of`, null while that runs, or why it cannot be. */
  #shown(report: ReformReport): ReformReport | string | null {
    return this.#asOfView?.source === report ? this.#asOfView.result : report;
  }

  protected override readonly dataSchema = REFORM_REPORT_SCHEMA_ID;

  protected parseData(json: unknown): ReformReport {
    return validReformReport(json);
  }

  protected override errorTitle(code: WidgetErrorCode): string {
    return code === 'invalid_report' ? REFORM_MESSAGES[this.language].invalidReport : super.errorTitle(code);
  }

  /** The leaf tasks in scope (area and owner filters). */
  #scopedTasks(report: ReformReport): ReformReport['tasks'] {
    return report.tasks.filter(
      (task) =>
        task.leaf &&
        (this.area === undefined || task.area === this.area) &&
        (this.owner === undefined || task.owner === this.owner),
    );
  }

  /** The rollup for the current filter: an area's, an owner's, or the whole programme's. */
  #scope(report: ReformReport): Rollup {
    const none = (id: string): Rollup => ({
      id,
      label: null,
      tasks: 0,
      completed: 0,
      verified: 0,
      overdue: 0,
      completionRate: null,
      weightedCompletionRate: null,
      progress: null,
    });
    if (this.area !== undefined) return report.byArea.find((area) => area.id === this.area) ?? none(this.area);
    if (this.owner !== undefined) return report.byOwner.find((owner) => owner.id === this.owner) ?? none(this.owner);
    const leaves = report.tasks.filter((task) => task.leaf);
    return {
      id: report.programme.label.en,
      label: report.programme.label,
      tasks: leaves.length,
      completed: report.counts.completed + report.counts.verified,
      verified: report.counts.verified,
      overdue: report.counts.overdue,
      completionRate: report.completionRate,
      weightedCompletionRate: report.weightedCompletionRate,
      progress: null,
    };
  }

  /** The task table as CSV (UTF-8 with BOM, formula-like text neutralised), also offered as a download. */
  exportCsv(): string {
    if (this.phase.kind !== 'data') return '';
    const report = this.#shown(this.phase.report);
    if (report === null || typeof report === 'string') return '';
    const csv = csvText(reformTaskTable(report));
    download(csv, `${report.programme.id}-${report.asOf}.csv`);
    return csv;
  }

  #onListKey(event: KeyboardEvent, count: number): void {
    const moved = steppedIndex(event.key, this.active, count, 'list');
    if (moved === undefined) return;
    event.preventDefault();
    this.active = moved;
    this.focusAfterUpdate(`[data-index="${this.active}"]`);
  }

  protected renderReport(source: ReformReport): TemplateResult {
    const report = this.#shown(source);
    if (report === null)
      return html`<p class="state" role="status" aria-live="polite">${this.baseMessages.loading}</p>`;
    if (typeof report === 'string') return this.renderError('invalid_as_of', report);
    const lang = this.language;
    const m = REFORM_MESSAGES[lang];
    const scope = this.#scope(report);
    const title =
      this.area !== undefined
        ? (scope.label?.[lang] ?? this.area)
        : this.owner !== undefined
          ? (scope.label?.[lang] ?? this.owner)
          : report.programme.label[lang];
    const rate = scope.completionRate ?? 0;
    const weighted = scope.weightedCompletionRate ?? 0;
    const verifiedShare = scope.tasks === 0 ? 0 : scope.verified / scope.tasks;
    const valueText = m.done(formatPercent(rate, lang, 0), formatPercent(weighted, lang, 0));
    return html`
      <div class="toolbar">
        <h3>${title}</h3>
        ${
          this.compact
            ? nothing
            : html`<div class="views" part="views">${VIEWS.map(
                (view) =>
                  html`<button type="button" aria-pressed=${String(this.view === view)} @click=${() => {
                    this.view = view;
                    this.active = 0;
                  }}>${m.views[view]}</button>`,
              )}</div>`
        }
        ${this.exportControl()}
      </div>
      <p class="meta">${m.asOf(dateLabel(report.asOf, lang))}${report.programme.synthetic ? ` · ${m.synthetic}` : ''}</p>
      <div part="progress" role="progressbar" aria-label=${title} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(rate * 100)} aria-valuetext=${valueText}>
        <span class="value">${formatPercent(rate, lang, 0)}</span>
        <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
          ${svg`<rect class="track" x="0" y="0" width="100" height="10"></rect><rect class="done" x="0" y="0" width=${rate * 100} height="10"></rect><rect class="verified" x="0" y="0" width=${verifiedShare * 100} height="10"></rect>`}
        </svg>
      </div>
      <p class="meta">${valueText}</p>
      ${this.compact ? nothing : this.view === 'areas' ? this.#renderAreas(report) : this.view === 'tasks' ? this.#renderTasks(report) : this.view === 'burnup' ? this.#renderBurnup(report) : this.#renderSummary(report, scope)}
    `;
  }

  #renderSummary(report: ReformReport, scope: Rollup): TemplateResult {
    const lang = this.language;
    const m = REFORM_MESSAGES[lang];
    const filtered = this.area !== undefined || this.owner !== undefined;
    const counts = filtered ? null : report.counts;
    const projection = report.projection;
    return html`
      <p class="meta extra">${m.tally(scope.verified, scope.completed - scope.verified, scope.tasks)}</p>
      ${counts === null ? nothing : html`<ul class="counts">${TASK_STATUSES.map((status) => html`<li class=${status === 'overdue' && counts[status] > 0 ? 'red' : ''}><span aria-hidden="true">${STATUS_ICON[status]}</span> ${m.status[status]} ${counts[status]}</li>`)}</ul>`}
      ${filtered || report.onTimeRate === null ? nothing : html`<p class="meta extra">${m.onTime(formatPercent(report.onTimeRate, lang, 0))}</p>`}
      ${filtered ? nothing : html`<p class="meta extra">${projection.date === null ? m.noPace : projection.reason === 'finished' ? m.finished(dateLabel(projection.date, lang)) : m.projected(dateLabel(projection.date, lang))}</p>`}
    `;
  }

  #renderAreas(report: ReformReport): TemplateResult {
    const lang = this.language;
    const m = REFORM_MESSAGES[lang];
    const areas = report.byArea;
    return html`<ul part="list" class="items" aria-label=${m.areas} @keydown=${(event: KeyboardEvent) => this.#onListKey(event, areas.length)}>
      ${areas.map(
        (area, index) => html`<li>
          <button type="button" data-index=${index} tabindex=${index === this.active ? 0 : -1} aria-pressed=${String(area.id === this.area)} @focus=${() => (this.active = index)}
            @click=${() => this.select({ indicator: report.programme.id, period: report.asOf, group: { area: area.id }, label: area.label?.[lang] ?? area.id, value: area.completionRate, id: area.id })}>
            ${area.label?.[lang] ?? area.id} ${area.completionRate === null ? '—' : formatPercent(area.completionRate, lang, 0)}
            <span class="detail">${m.tally(area.verified, area.completed - area.verified, area.tasks)}${area.overdue > 0 ? ` · ${m.status.overdue} ${area.overdue}` : ''}</span>
          </button>
        </li>`,
      )}
    </ul>`;
  }

  #renderBurnup(report: ReformReport): TemplateResult {
    const lang = this.language;
    const m = REFORM_MESSAGES[lang];
    const points = report.burnup;
    const { width, height, left, right, top, bottom } = BURNUP;
    // A loop, not Math.max(...points): spreading a long burn-up (a report's data decides its length) overflows the stack.
    let total = 1;
    for (const point of points) if (point.planned > total) total = point.planned;
    const x = (index: number): number =>
      left + (points.length < 2 ? 0 : (index / (points.length - 1)) * (width - left - right));
    const y = (count: number): number => top + (1 - count / total) * (height - top - bottom);
    const line = (pick: (point: ReformReport['burnup'][number]) => number | null): string =>
      points.reduce((path, point, index) => {
        const value = pick(point);
        return value === null ? path : `${path}${path === '' ? 'M' : 'L'}${x(index).toFixed(1)} ${y(value).toFixed(1)}`;
      }, '');
    const current = [...points].reverse().find((point) => point.completed !== null);
    const summary =
      current === undefined
        ? ''
        : m.burnup(monthLabel(current.month, lang), current.planned, current.completed!, current.verified!, total);
    const series = [
      ['planned', m.planned, (p: ReformReport['burnup'][number]) => p.planned],
      ['completed', m.status.completed, (p: ReformReport['burnup'][number]) => p.completed],
      ['verified', m.status.verified, (p: ReformReport['burnup'][number]) => p.verified],
    ] as const;
    return html`<p part="summary" class="meta">${summary}</p>
      <svg part="chart" class="burnup" viewBox="0 0 ${width} ${height}" role="img" aria-label=${summary}>
        ${svg`<line class="axis" x1=${left} x2=${width - right} y1=${y(0)} y2=${y(0)}></line>
          <text class="muted" x=${left - 4} y=${y(total) + 4} text-anchor="end">${total}</text>
          <text class="muted" x=${left - 4} y=${y(0) + 4} text-anchor="end">0</text>
          ${points.map((point, index) => (index % 3 === 0 ? svg`<text class="muted" x=${x(index)} y=${height - 6} text-anchor="middle">${monthLabel(point.month, lang)}</text>` : nothing))}
          ${series.map(([name, , pick]) => svg`<path class=${`b-${name}`} d=${line(pick)}></path>`)}`}
      </svg>
      <ul class="legend">${series.map(([name, label]) => html`<li><span class="swatch b-${name}" aria-hidden="true"></span>${label}</li>`)}</ul>
      <details>
        <summary>${m.table}</summary>
        <table part="table">
          <thead><tr><th scope="col">${m.month}</th>${series.map(([, label]) => html`<th scope="col">${label}</th>`)}</tr></thead>
          <tbody>${points.map((point) => html`<tr><th scope="row">${monthLabel(point.month, lang)}</th>${series.map(([, , pick]) => html`<td>${pick(point) ?? '—'}</td>`)}</tr>`)}</tbody>
        </table>
      </details>`;
  }

  #renderTasks(report: ReformReport): TemplateResult {
    const lang = this.language;
    const m = REFORM_MESSAGES[lang];
    const inScope = new Set(this.#scopedTasks(report).map((task) => task.id));
    const overdue = report.overdue.filter((task) => inScope.has(task.id));
    // Owners by their name in the page's language when the programme gives one (`owners`), else as written.
    const owners = new Map(report.byOwner.map((owner) => [owner.id, owner.label?.[lang] ?? owner.id]));
    return html`<h4 class="meta">${m.overdueTitle}</h4>
      ${
        overdue.length === 0
          ? html`<p class="meta">${m.noneOverdue}</p>`
          : html`<ul part="list" class="items" aria-label=${m.overdueTitle} @keydown=${(event: KeyboardEvent) => this.#onListKey(event, overdue.length)}>
            ${overdue.map(
              (task, index) => html`<li>
                <button type="button" data-index=${index} tabindex=${index === this.active ? 0 : -1} @focus=${() => (this.active = index)}
                  @click=${() => this.select({ indicator: report.programme.id, period: report.asOf, group: { task: task.id }, label: task.title[lang], value: null, id: task.id })}>
                  ${task.title[lang]} <span class="red">${m.daysLate(task.days_late)}</span>
                  <span class="detail">${owners.get(task.owner) ?? task.owner} · ${m.due} ${dateLabel(task.due_on, lang)}</span>
                </button>
              </li>`,
            )}
          </ul>`
      }
      <button type="button" part="export" @click=${() => this.exportCsv()}>${this.baseMessages.exportCsv}</button>`;
  }
}
