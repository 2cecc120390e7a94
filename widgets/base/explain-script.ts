// dist/lawgauge-explain.iife.min.js: what is wrong with a document that failed a widget's validity
// test, in the widget's language, for the <script> bundles, which load this file beside themselves
// on the first such failure (explainer.script.ts).
export { explainDocument, explainIssues } from './explain-kit.js';
