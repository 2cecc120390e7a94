// dist/lawgauge-reform-as-of.iife.min.js: the `as-of` recomputation for pages that use the
// single-widget bundle of <reform-progress>, which loads this file beside itself on first use.
export { reformReportAsOf } from '../../src/index.js';
