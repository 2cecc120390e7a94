import {
  checkReformReportShape,
  checkReportShape,
  EN_ISSUES,
  LawGaugeError,
  wordIssue,
  ZH_CN_ISSUES,
} from '../../src/index.js';
import type { SsrData, SsrWidget } from './ssr-widgets.js';

/** The core's words for a problem, by the render's language. */
const ISSUE_WORDS = { 'zh-CN': ZH_CN_ISSUES, en: EN_ISSUES } as const;

/**
 * `data` checked as `widget` reads it, before anything is drawn: a reform report for
 * `<reform-progress>`, else a Report, by the core's full check (the verdicts, paths and codes of
 * parseReport). A failure is the LawGaugeError the check threw, its issues worded in `lang`, so
 * its message reads e.g. `report.schema: 应为 "lawgauge/report@1"…` in a zh-CN render.
 */
export function checkedData(widget: SsrWidget, data: unknown, lang: 'zh-CN' | 'en' = 'zh-CN'): SsrData {
  try {
    return widget === 'reform-progress' ? checkReformReportShape(data) : checkReportShape(data);
  } catch (error) {
    if (!(error instanceof LawGaugeError)) throw error;
    const words = ISSUE_WORDS[lang];
    throw new LawGaugeError(
      error.code,
      error.root,
      error.issues.map((issue) => ({ ...issue, message: wordIssue(words, issue) })),
    );
  }
}
