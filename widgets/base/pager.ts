import { html, nothing, type TemplateResult } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { formatNumber } from '../../src/index.js';
import type { WidgetLang } from './messages.js';
import { TABLE_MESSAGES } from './table-messages.js';

/**
 * Rows per page of a table. A page is what the browser lays out at once, so a table of any length
 * costs one page's layout to show and to turn: 200,000 rows are 2,000 pages, never one DOM.
 */
export const PAGE_SIZE = 100;

/** The pages of `total` rows: how many, and the first row of `page` once clamped into them. */
export function pageOf(total: number, page: number, size = PAGE_SIZE): { page: number; count: number; first: number } {
  const count = Math.max(1, Math.ceil(total / size));
  const clamped = Math.min(Math.max(0, page), count - 1);
  return { page: clamped, count, first: clamped * size };
}

/**
 * The controls below a paged table: first, previous, next, last, and which rows are shown (a
 * polite live region, so a page turned is announced). Nothing when one page holds every row.
 * Buttons at an end are `aria-disabled` rather than `disabled`, so the one just pressed keeps the
 * focus.
 */
export function pager(
  total: number,
  page: number,
  lang: WidgetLang,
  go: (page: number) => void,
  size = PAGE_SIZE,
): TemplateResult | typeof nothing {
  const { page: current, count, first } = pageOf(total, page, size);
  if (count === 1) return nothing;
  const m = TABLE_MESSAGES[lang];
  const at = (target: number, text: string, inactive: boolean): TemplateResult =>
    html`<button type="button" aria-disabled=${String(inactive)} @click=${() => inactive || go(target)}>${text}</button>`;
  const number = (value: number): string => formatNumber(value, lang, 0);
  return html`<div class="pager" part="pager" role="group" aria-label=${m.pages}>
    ${at(0, m.first, current === 0)}${at(current - 1, m.previous, current === 0)}
    <span role="status" aria-live="polite">${m.rows(number(first + 1), number(Math.min(total, first + size)), number(total))}</span>
    ${at(current + 1, m.next, current === count - 1)}${at(count - 1, m.last, current === count - 1)}
  </div>`;
}

/**
 * A table drawn one page at a time with its pager, keeping its page itself: for tables inside a
 * widget's template that has no state of its own for them (a chart's table view). `key` names
 * what is listed: a new one (another Report, say) starts again at the first page. `table` draws
 * `count` rows from row `first`.
 */
class PagedTable extends AsyncDirective {
  private page = 0;
  private key: unknown;
  private args: [total: number, lang: WidgetLang, table: (first: number, count: number) => TemplateResult] | undefined;

  render(
    key: unknown,
    total: number,
    lang: WidgetLang,
    table: (first: number, count: number) => TemplateResult,
  ): TemplateResult {
    if (key !== this.key) this.page = 0;
    this.key = key;
    this.args = [total, lang, table];
    return this.view();
  }

  private view(): TemplateResult {
    const [total, lang, table] = this.args!;
    const { page, first } = pageOf(total, this.page);
    this.page = page;
    return html`${table(first, Math.min(PAGE_SIZE, total - first))}${pager(total, page, lang, (next) => {
      this.page = next;
      this.setValue(this.view());
    })}`;
  }
}

export const pagedTable = directive(PagedTable);
