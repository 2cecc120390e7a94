import {
  checkDashboardShape,
  checkReformReportShape,
  checkReportShape,
  formatPath,
  LawGaugeError,
  REFORM_REPORT_SCHEMA_ID,
  REPORT_SCHEMA_ID,
  type LawGaugeIssue,
} from '../../src/index.js';
import { shapeIssueText } from '../../src/internal.js';
import { EXPLAIN_MESSAGES } from './explain-messages.js';
import type { WidgetLang } from './messages.js';

/*
 * The explanation of a document that failed its widget's validity test (`validReport`, …): the
 * contract's full check, generated from the same zod schema, says what is wrong, and its issues
 * are worded in the widget's language. The widgets load this on demand: a chunk of its own in the
 * ESM build (explainer.ts), `lawgauge-explain.iife.min.js` beside the <script> bundles
 * (explainer.script.ts), so that a page whose data is valid never downloads it.
 */

/** A problem's lines `path: problem` in a widget's language. */
export type Lines = (lang: WidgetLang) => string;

const FULL_CHECKS: Readonly<Record<string, (input: unknown) => unknown>> = {
  report: checkReportShape,
  reformReport: checkReformReportShape,
  dashboard: checkDashboardShape,
};

/** Issues of a check as lines `path: problem`, each problem worded in `lang` from its code and params. */
export function explainIssues(root: string, issues: readonly LawGaugeIssue[]): Lines {
  return (lang) => issues.map((issue) => `${formatPath(root, issue.path)}: ${shapeIssueText(issue, lang)}`).join('\n');
}

/** The `schema` id of each contract that has one, by its root name. */
const SCHEMAS: Readonly<Record<string, string>> = { report: REPORT_SCHEMA_ID, reformReport: REFORM_REPORT_SCHEMA_ID };

/**
 * `input` when it is an array (a Report's rows given as `.report = rows`): the document expected
 * and how many items were given, with a hint when they look like a Report's rows or are whole Reports; undefined for
 * anything else, whose problems the full check words.
 */
function arrayGiven(root: string, input: unknown): Lines | undefined {
  if (!Array.isArray(input)) return undefined;
  const first: unknown = input[0];
  const item = first !== null && typeof first === 'object' ? (first as Record<string, unknown>) : undefined;
  // Whole Reports (`lawgauge compute --format json` output): each one's indicator id, `?` for an item that has none.
  const reports =
    root === 'report' && item?.schema === REPORT_SCHEMA_ID
      ? input.map((report: unknown) => {
          try {
            const id = (report as { indicator?: { id?: unknown } } | null)?.indicator?.id;
            return typeof id === 'string' ? id : '?';
          } catch {
            return '?';
          }
        })
      : undefined;
  const rows = root === 'report' && item !== undefined && Object.hasOwn(item, 'period');
  return (lang) => {
    const m = EXPLAIN_MESSAGES[lang];
    const hint = reports !== undefined ? m.reportsGiven(reports) : rows ? m.rowsGiven : '';
    return `${root}: ${m.arrayGiven(m.documents[root] ?? root, SCHEMAS[root], input.length)}${hint}`;
  };
}

/**
 * What is wrong with `input`, a document of the contract `root` that its validity test refused;
 * undefined if the full check accepts it (it cannot while both come from one schema).
 */
export function explainDocument(root: string, input: unknown): Lines | undefined {
  const given = arrayGiven(root, input);
  if (given !== undefined) return given;
  try {
    FULL_CHECKS[root]?.(input);
  } catch (error) {
    if (error instanceof LawGaugeError) return explainIssues(error.root, error.issues);
    throw error;
  }
  return undefined;
}
