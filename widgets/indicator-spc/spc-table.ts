import { html, type TemplateResult } from 'lit';
import type { Report } from '../../src/index.js';
import { formattedValue } from '../../src/internal.js';
import type { Messages } from '../base/indicator-messages.js';
import type { WidgetLang } from '../base/messages.js';
import { pagedTable } from '../base/pager.js';
import { periodLabel } from '../base/period-label.js';
import { valueText } from '../base/report-text.js';
import { TEXT_MESSAGES } from '../base/text-messages.js';
import { SPC_MESSAGES } from './spc-messages.js';
import type { SpcPoint, SpcView } from './spc-view.js';

/** A point's rules and variation in words; a row without a chart has neither. */
export function pointWords(point: SpcPoint, lang: WidgetLang): { rules: string; variation: string } | null {
  if (point.spc === null) return null;
  const m = SPC_MESSAGES[lang];
  const { rules, variation } = point.spc;
  return {
    rules:
      rules.length === 0 ? m.noRules : rules.map((rule) => m.rules[rule]).join(TEXT_MESSAGES[lang].punctuation.list),
    variation: m.variationSide(variation, point.side),
  };
}

/**
 * The table view: each period of the series with its value (or why it has none), its centre and
 * limits, and the rules it breaks and its variation in words; a long series a page at a time.
 */
export function spcTable(report: Report, view: SpcView, lang: WidgetLang, messages: Messages): TemplateResult {
  const c = SPC_MESSAGES[lang].columns;
  const line = (value: number | null | undefined): string =>
    value === null || value === undefined ? '—' : formattedValue(value, report.indicator, lang);
  const { points } = view;
  const page = (
    first: number,
    count: number,
  ): TemplateResult => html`<table part="table" aria-rowcount=${points.length + 1}>
      <caption>${report.indicator.label[lang]}</caption>
      <thead><tr aria-rowindex="1"><th scope="col">${c.period}</th><th scope="col" class="num">${c.value}</th><th scope="col" class="num">${c.centre}</th><th scope="col" class="num">${c.lower}</th><th scope="col" class="num">${c.upper}</th><th scope="col">${c.rules}</th><th scope="col">${c.variation}</th></tr></thead>
      <tbody>${points.slice(first, first + count).map((point, offset) => {
        const words = pointWords(point, lang);
        const { row, spc } = point;
        return html`<tr aria-rowindex=${first + offset + 2}><th scope="row">${periodLabel(row.period, lang)}</th><td class="num">${valueText(report, row, lang, messages)}</td><td class="num">${line(spc?.centre)}</td><td class="num">${line(spc?.lower)}</td><td class="num">${line(spc?.upper)}</td><td>${words?.rules ?? '—'}</td><td>${words?.variation ?? '—'}</td></tr>`;
      })}</tbody>
    </table>`;
  // Focusable, so a keyboard can scroll it when it is wider than the widget.
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label=${report.indicator.label[lang]}>${pagedTable(view, points.length, lang, page)}</div>`;
}
