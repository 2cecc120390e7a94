// The single-file build for <script> pages: registers every widget and exposes the widget API as
// the global `LawGauge` (dist/lawgauge.iife.min.js). It carries only the core the widgets need;
// pages that compute Reports themselves import the ESM build. The full checks of the contracts
// (`checkReportShape`, …) are in `lawgauge-explain.iife.min.js` (global `LawGaugeExplain`), which
// the widgets load beside this file only when a document fails, and a page may load itself.
export * from './define.js';
export { formatValue } from '../src/index.js';
