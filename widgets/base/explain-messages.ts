import type { WidgetLang } from './messages.js';

/**
 * The explanation's own words (explain-kit.ts, loaded only when a document fails): what a widget
 * was given when it is no document at all (`.report = rows`, an array, a string). Apart from
 * BASE_MESSAGES, so no widget bundle carries them.
 */
export interface ExplainMessages {
  /** The document each contract's widgets read, by the contract's root name, with its `schema`. */
  readonly documents: Readonly<Record<string, string>>;
  /** `expected` is a document, `got` what was given. */
  readonly notADocument: (expected: string, got: string) => string;
  /** What was given: an array of `items` items. */
  readonly array: (items: number) => string;
  /** After `array`, when its first item looks like a Report's row (it has a `period`). */
  readonly rowsGiven: string;
  /** What was given: text, a number, a boolean, null, a function. */
  readonly value: (kind: string, shown: string) => string;
}

export const EXPLAIN_MESSAGES: Readonly<Record<WidgetLang, ExplainMessages>> = {
  'zh-CN': {
    documents: {
      report: '指标报告对象（"schema": "lawgauge/report@1"）',
      reformReport: '改革进展报告对象（"schema": "lawgauge/reform-report@1"）',
      dashboard: '看板配置对象（含 "sections"）',
    },
    notADocument: (expected, got) => `应为${expected}，实为${got}`,
    array: (items) => `含 ${items} 项的数组`,
    rowsGiven: '；各项像是报告的行（rows）：请给出整个报告，而不是它的 rows',
    value: (kind, shown) =>
      `${{ string: '文本', number: '数字', boolean: '布尔值', function: '函数' }[kind] ?? kind} ${shown}`,
  },
  en: {
    documents: {
      report: 'an indicator Report object ("schema": "lawgauge/report@1")',
      reformReport: 'a reform report object ("schema": "lawgauge/reform-report@1")',
      dashboard: 'a dashboard configuration object (with "sections")',
    },
    notADocument: (expected, got) => `expected ${expected}, got ${got}`,
    array: (items) => `an array of ${items} ${items === 1 ? 'item' : 'items'}`,
    rowsGiven: "; its items look like a Report's rows: give the whole Report, not its rows",
    value: (kind, shown) => `${kind === 'string' ? 'text' : kind === 'function' ? 'a function' : kind} ${shown}`,
  },
};
