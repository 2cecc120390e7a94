// dist/lawgauge-explain.iife.min.js (global `LawGaugeExplain`): what is wrong with a document that
// failed a widget's validity test, in the widget's language, for the <script> bundles, which load
// this file beside themselves on the first such failure (explainer.script.ts). It holds the full
// checks of the three contracts anyway, so it is also where a <script> page finds them: a page that
// checks documents itself loads this file and calls `LawGaugeExplain.checkReportShape(…)`.
export { explainDocument, explainIssues } from './explain-kit.js';
export { checkDashboardShape, checkReformReportShape, checkReportShape } from '../../src/index.js';
