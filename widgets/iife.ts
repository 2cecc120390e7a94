// The single-file build for <script> pages: registers every widget and exposes the widget API as
// the global `LawGauge` (dist/lawgauge.iife.min.js). It carries only the core the widgets need;
// pages that compute Reports themselves import the ESM build.
export * from './define.js';
export { checkReportShape, formatValue } from '../src/index.js';
