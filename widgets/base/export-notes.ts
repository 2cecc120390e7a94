import type { ReformReport, Report } from '../../src/index.js';
import { dateLabel } from './date-label.js';
import { EXPORT_KIT_MESSAGES } from './export-kit-messages.js';
import type { WidgetLang } from './messages.js';
import type { PeriodNames } from './period-label.js';

/** What an exported image says about its data beyond the chart: its name and the notes under it. */
export interface ExportNotes {
  /** The image's `<title>`: the indicator's or the programme's name. */
  readonly title: string;
  /** The file name without its extension. */
  readonly fileName: string;
  /** The lines under the chart: period, unit, source, method, suppression (an indicator Report); as-of date (a reform report). */
  readonly lines: readonly string[];
}

/**
 * The notes of an indicator Report or a reform report, in `lang`, from the document the widget
 * draws. `shown` names the periods the picture shows, as the widget words them (`periodNames`
 * of the element's `periodsShown()`: a card its one period, a trend its series), never the
 * Report's whole range; undefined (the widget shows no period: a message instead of a chart), no
 * period is named.
 */
export function exportNotes(
  data: Report | ReformReport,
  lang: WidgetLang,
  shown: PeriodNames | undefined,
): ExportNotes {
  const m = EXPORT_KIT_MESSAGES[lang];
  if ('programme' in data) {
    const lines = [m.asOf(dateLabel(data.asOf, lang))];
    if (data.programme.synthetic) lines.push(m.synthetic);
    return { title: data.programme.label[lang], fileName: data.programme.id, lines };
  }
  const { indicator, period } = data;
  const lines: string[] = [];
  if (shown !== undefined) {
    const { first, last } = shown;
    lines.push(`${first === last ? m.period(first) : m.periods(first, last)}${period.toDate ? m.toDate : ''}`);
  }
  lines.push(m.unit(m.units[indicator.unit]));
  // A source in both languages, or one string (as catalogs wrote it before) shown in both.
  const source = indicator.source;
  if (source !== null) lines.push(m.source(typeof source === 'string' ? source : source[lang]));
  if (indicator.methodology !== null) lines.push(m.methodology(indicator.methodology[lang]));
  if (data.suppressBelow !== null) lines.push(m.suppressed(data.suppressBelow));
  return { title: indicator.label[lang], fileName: indicator.id, lines };
}
