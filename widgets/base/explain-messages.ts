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
}

export const EXPLAIN_MESSAGES: Readonly<Record<WidgetLang, ExplainMessages>> = {
  'zh-CN': {
    documents: { report: '指标报告', reformReport: '改革进展报告', dashboard: '看板配置' },
    arrayGiven: (document, schema, items) =>
      `应为${document}对象${schema === undefined ? '' : `（"schema": "${schema}"）`}，实为含 ${items} 项的数组`,
    rowsGiven: '；各项像是报告的行（rows）：请给出整个报告，而不是它的 rows',
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
  },
};
