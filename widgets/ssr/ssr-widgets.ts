import type { ReformReport, Report } from '../../src/index.js';
import type { OptionKeys } from '../../src/internal.js';

/** The widgets `lawgauge/ssr` renders: the chart widgets, each by its tag. */
export const SSR_WIDGETS = [
  'indicator-card',
  'indicator-trend',
  'indicator-bars',
  'indicator-table',
  'indicator-spc',
  'indicator-funnel',
  'indicator-map',
  'reform-progress',
] as const;

/** A widget `lawgauge/ssr` renders. */
export type SsrWidget = (typeof SSR_WIDGETS)[number];

/** The document a widget draws: an indicator Report, or a reform report for `<reform-progress>`. */
export type SsrData = Report | ReformReport;

/** How a widget is rendered on the server. */
export interface RenderWidgetOptions {
  /** `zh-CN` (default) or `en`. */
  readonly lang?: 'zh-CN' | 'en';
  /** `light` or `dark`; unset, the HTML follows the system and the SVG is light. */
  readonly theme?: 'light' | 'dark';
  /**
   * The widget's width in CSS pixels, border included (default 560): charts are laid out to it,
   * as the browser lays them out to their container. The element measures itself again when its
   * script loads.
   */
  readonly width?: number;
  /** Further attributes of the element, as in a page: `group`, `period`, `groups`, `status`, `top`, … */
  readonly attributes?: Readonly<Record<string, string>>;
  /** Properties of the element that are not attributes: `groupLabels`, a trend's `annotations`. */
  readonly properties?: Readonly<Record<string, unknown>>;
  /**
   * The page's CSP nonce, written on the `<style>` elements of the declarative shadow roots, so a
   * policy such as `style-src 'self' 'nonce-…'` lets them style the view before any script runs.
   * A fresh value per response, as for any nonce.
   */
  readonly nonce?: string;
}

/** The keys of {@link RenderWidgetOptions}: renderWidgetHtml() and renderWidgetSvg() refuse any other. */
export const RENDER_WIDGET_OPTION_KEYS: OptionKeys<RenderWidgetOptions> = {
  lang: true,
  theme: true,
  width: true,
  attributes: true,
  properties: true,
  nonce: true,
};

/** The host's border and padding (theme.styles.ts: `1px solid`, `--lg-space: 12px`). */
export const HOST_BORDER = 1;
export const HOST_PADDING = 12;
export const DEFAULT_SSR_WIDTH = 560;
