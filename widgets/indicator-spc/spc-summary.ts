import type { Report } from '../../src/index.js';
import { formattedValue } from '../../src/internal.js';
import type { Messages } from '../base/indicator-messages.js';
import type { WidgetLang } from '../base/messages.js';
import { unstableCount } from '../base/report-text.js';
import { periodLabel } from '../base/period-label.js';
import { TEXT_MESSAGES } from '../base/text-messages.js';
import { SPC_MESSAGES } from './spc-messages.js';
import { latestSignal, type SpcView } from './spc-view.js';

/**
 * The chart in words: the latest signal (what changed, since when, and whether it is an
 * improvement or a concern) or that there is none; each later phase's new centre; whether the
 * target will be met; a warning when a baseline is too short for firm limits; and how many
 * points rest on a small sample (indicative only).
 */
export function spcSummary(report: Report, view: SpcView, lang: WidgetLang, messages: Messages): string {
  const m = SPC_MESSAGES[lang];
  const p = TEXT_MESSAGES[lang].punctuation;
  const indicator = report.indicator;
  const format = (value: number): string => formattedValue(value, indicator, lang);
  const parts: string[] = [];
  const run = latestSignal(view);
  if (run === undefined) parts.push(m.noSignal);
  else {
    const { points } = view;
    const from = periodLabel(points[run.first]!.row.period, lang);
    const count = run.count === 1 ? null : m.periods(run.count, report.period.unit);
    const to = run.ongoing || run.count === 1 ? null : periodLabel(points[run.last]!.row.period, lang);
    parts.push(m.signal(count, run.rule, run.side, from, to, m.variation[run.variation]));
  }
  for (const phase of view.phases.slice(1)) {
    const centre = view.points[phase.from]?.spc?.centre;
    if (centre !== null && centre !== undefined)
      parts.push(m.newLimits(periodLabel(phase.period, lang), format(centre)));
  }
  const { assurance } = view.series;
  if (assurance !== null && view.result.target !== null) parts.push(m.assurance(assurance, format(view.result.target)));
  if (view.series.flags.includes('short_baseline'))
    parts.push(m.shortBaseline(Math.min(...view.phases.map((phase) => phase.baseline))));
  const small = unstableCount(
    report,
    view.points.map((point) => point.row),
    messages,
  );
  if (small !== '') parts.push(small);
  return parts.join(p.semicolon) + p.stop;
}
