// dist/lawgauge-export.iife.min.js (global `LawGaugeExport`): a widget as an SVG or PNG image, for
// the <script> bundles, which load this file beside themselves on the first export
// (exporter.script.ts). A page may load it itself, before the widgets.
export { download, noData, svgToPng, widgetSvg } from './export-kit.js';
