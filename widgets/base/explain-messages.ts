import type { WidgetLang } from './messages.js';

/**
 * The explanation's own words (explain-kit.ts, loaded only when a document fails): what a widget
 * was given when it is an array (`.report = rows`) rather than a document. Apart from
 * BASE_MESSAGES, so no widget bundle carries them.
 */
export interface ExplainMessages {
  /** The document each contract's widgets read, by the contract's root name. */
  readonly documents: Readonly<Record<string, string>>;
  /** `document` (with `schema`, its `schema` id, if it has one) expected, an array of `items` items given. */
  readonly arrayGiven: (document: string, schema: string | undefined, items: number) => string;
  /** After `arrayGiven`, when the first item looks like a Report's row (it has a `period`). */
  readonly rowsGiven: string;
  /**
   * After `arrayGiven`, when the items are whole Reports (`lawgauge compute --format json` writes
   * one per indicator): their indicators' ids, listed, and that one of them is wanted.
   */
  readonly reportsGiven: (ids: readonly string[]) => string;
}

/** Ids as a short list: the first five, then how many more. */
const some = (ids: readonly string[], separator: string, more: (count: number) => string): string =>
  ids.slice(0, 5).join(separator) + (ids.length > 5 ? more(ids.length - 5) : '');

export const EXPLAIN_MESSAGES: Readonly<Record<WidgetLang, ExplainMessages>> = {
  'zh-CN': {
    documents: { report: '指标报告', reformReport: '改革进展报告', dashboard: '看板配置' },
    arrayGiven: (document, schema, items) =>
      `应为${document}对象${schema === undefined ? '' : `（"schema": "${schema}"）`}，实为含 ${items} 项的数组`,
    rowsGiven: '；各项像是报告的行（rows）：请给出整个报告，而不是它的 rows',
    reportsGiven: (ids) =>
      `；各项是完整的指标报告（指标 ${some(ids, '、', (count) => ` 等另 ${count} 个`)}，如 lawgauge compute --format json 所输出的数组）：请给出其中一个报告，而不是整个数组`,
  },
  en: {
    documents: {
      report: 'an indicator Report',
      reformReport: 'a reform report',
      dashboard: 'a dashboard configuration',
    },
    arrayGiven: (document, schema, items) =>
      `expected ${document} object${schema === undefined ? '' : ` ("schema": "${schema}")`}, got an array of ${items} ${items === 1 ? 'item' : 'items'}`,
    rowsGiven: "; its items look like a Report's rows: give the whole Report, not its rows",
    reportsGiven: (ids) =>
      `; it is an array of ${ids.length} whole Reports (indicators ${some(ids, ', ', (count) => ` and ${count} more`)}, as lawgauge compute --format json writes them): give one of these Reports, not the array`,
  },
};
