import {
  checkDashboardShape,
  checkReformReportShape,
  checkReportShape,
  formatPath,
  LawGaugeError,
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

/**
 * `input` when it is no object at all (a Report's rows given as `.report = rows`, an array, a
 * string): the document expected and what was given (`an array of 12 items`); undefined for an
 * object, whose problems the full check words.
 */
function notADocument(root: string, input: unknown): Lines | undefined {
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) return undefined;
  return (lang) => {
    const m = EXPLAIN_MESSAGES[lang];
    let got: string;
    if (Array.isArray(input)) {
      const first: unknown = input[0];
      const rows = first !== null && typeof first === 'object' && Object.hasOwn(first, 'period');
      got = m.array(input.length) + (rows && root === 'report' ? m.rowsGiven : '');
    } else if (typeof input === 'string') {
      got = m.value('string', JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input));
    } else {
      got = input === null ? 'null' : m.value(typeof input, typeof input === 'function' ? '' : String(input));
    }
    return `${root}: ${m.notADocument(m.documents[root] ?? root, got.trimEnd())}`;
  };
}

/**
 * What is wrong with `input`, a document of the contract `root` that its validity test refused;
 * undefined if the full check accepts it (it cannot while both come from one schema).
 */
export function explainDocument(root: string, input: unknown): Lines | undefined {
  const given = notADocument(root, input);
  if (given !== undefined) return given;
  try {
    FULL_CHECKS[root]?.(input);
  } catch (error) {
    if (error instanceof LawGaugeError) return explainIssues(error.root, error.issues);
    throw error;
  }
  return undefined;
}
