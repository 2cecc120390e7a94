/**
 * lawgauge's widgets rendered in Node, from the templates the browser uses: HTML with declarative
 * shadow DOM that a page serves (the element takes it over when its script loads), and the image
 * a widget's `exportSvg()` gives, as a self-contained SVG. Listed by name; etc/lawgauge-ssr.api.md
 * records its shape.
 *
 * @packageDocumentation
 * @module lawgauge/ssr
 */

export { renderWidgetHtml } from './render-widget-html.js';
export { renderWidgetSvg } from './render-widget-svg.js';
export { renderDashboardHtml, renderDashboardSvg } from './render-dashboard.js';
export type { DashboardData, RenderDashboardOptions } from './render-dashboard.js';
export { SSR_WIDGETS } from './ssr-widgets.js';
export type { RenderWidgetOptions, SsrData, SsrWidget } from './ssr-widgets.js';
