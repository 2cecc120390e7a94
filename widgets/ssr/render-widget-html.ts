import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../define.js';
import type { DataElement } from '../base/lawgauge-element.js';
import { checkedData } from './checked-data.js';
import {
  DEFAULT_SSR_WIDTH,
  HOST_BORDER,
  HOST_PADDING,
  RENDER_WIDGET_OPTION_KEYS,
  SSR_WIDGETS,
  type RenderWidgetOptions,
  type SsrData,
  type SsrWidget,
} from './ssr-widgets.js';
import { escapeMarkup } from './escape-markup.js';
import { checkOptionKeys } from '../../src/internal.js';

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/** JSON that can neither end the `<script>` holding it nor open a comment in it: every `<` escaped. */
function scriptJson(data: SsrData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The attributes of the element as a page would write them, `lang` and `theme` included. */
function attributeText(options: RenderWidgetOptions): string {
  const attributes: Record<string, string> = { ...options.attributes, lang: options.lang ?? 'zh-CN' };
  if (options.theme !== undefined) attributes.theme = options.theme;
  return Object.entries(attributes)
    .map(([name, value]) => {
      if (!ATTRIBUTE_NAME.test(name)) throw new Error(`lawgauge/ssr: "${name}" is not an attribute name`);
      return `${name}="${escapeMarkup(value)}"`;
    })
    .join(' ');
}

/**
 * The element as Lit renders it on the server, from the templates the browser uses: its tag and
 * attributes around a declarative shadow root (`<template shadowrootmode="open">`) holding its
 * styles and its view of `data`, laid out at `options.width`. `light` is put inside the element
 * after the shadow root (its light DOM, which a shadow root without slots does not show).
 */
export async function renderWidgetView(
  widget: SsrWidget,
  data: SsrData,
  options: RenderWidgetOptions = {},
  light = '',
): Promise<string> {
  return (await renderWidgetElement(widget, data, options, light)).html;
}

/**
 * The element's server render (as {@link renderWidgetView}) and the element that drew it, in the
 * state it drew it in: what it shows (`periodsShown()`) is asked of it, as the browser's export asks
 * the element in the page.
 */
export async function renderWidgetElement(
  widget: SsrWidget,
  data: SsrData,
  options: RenderWidgetOptions = {},
  light = '',
): Promise<{ html: string; element: DataElement<object> }> {
  if (!SSR_WIDGETS.includes(widget))
    throw new Error(`lawgauge/ssr: no widget <${String(widget)}>; one of ${SSR_WIDGETS.join(', ')}`);
  // Checked first, whatever the caller's types said: bad data is an error naming its place, not a crash inside a template.
  const checked = checkedData(widget, data, options.lang);
  const width = options.width ?? DEFAULT_SSR_WIDTH;
  // The chart widgets draw at the content width they would measure in a page of that width.
  const contentWidth = Math.max(1, width - 2 * (HOST_BORDER + HOST_PADDING));
  const properties = Object.entries({ ...options.properties, report: checked, measuredWidth: contentWidth });
  for (const [name] of properties)
    if (!/^[a-zA-Z]\w*$/.test(name)) throw new Error(`lawgauge/ssr: "${name}" is not a property name`);
  // A template written for this element: its tag, attributes (checked names, escaped values) and
  // light DOM are text of the template, each property a binding (`.name=${value}`).
  const text = [
    `<${widget} ${attributeText(options)} .${properties[0]![0]}=`,
    ...properties.slice(1).map(([name]) => ` .${name}=`),
    `>${light}</${widget}>`,
  ];
  const strings = Object.assign(text, { raw: text }) as unknown as TemplateStringsArray;
  const template = html(strings, ...properties.map(([, value]) => value));
  let element: DataElement<object> | undefined;
  // Lit's renderer of elements, keeping the one it makes for the widget (none other is in the template).
  class KeptElementRenderer extends LitElementRenderer {
    constructor(tagName: string) {
      super(tagName);
      if (tagName === widget) element = this.element as DataElement<object>;
    }
  }
  const rendered = await collectResult(render(template, { elementRenderers: [KeptElementRenderer] }));
  if (element === undefined) throw new Error(`lawgauge/ssr: <${widget}> was not rendered`);
  if (options.nonce === undefined) return { html: rendered, element };
  if (!/^[A-Za-z0-9+/=_-]+$/.test(options.nonce)) throw new Error('lawgauge/ssr: a nonce is base64 or base64url text');
  // The only <style> tags are the shadow roots' own: Lit escapes every text and attribute value,
  // and the inline Report has every "<" escaped.
  return { html: rendered.replace(/<style>/g, `<style nonce="${options.nonce}">`), element };
}

/**
 * A widget as HTML a page can serve: the element with its view in a declarative shadow root, so
 * the chart, its text summary and its numbers show before any script runs (and with none), and
 * the Report inside it as inline JSON (`<script type="application/json">`), so the element, once
 * its script loads, takes the view over from that JSON: no fetch, and the same content drawn
 * again in the same task (no flash).
 *
 * The shadow root holds the widget's styles as a `<style>` element: a page whose CSP limits
 * `style-src` must allow it: give the response's nonce as `options.nonce`.
 *
 * @throws LawGaugeError, its message in `options.lang`, when `data` is not what `widget` reads
 * (a Report, or a reform report for `<reform-progress>`), naming the place, e.g. `report.schema`.
 */
export async function renderWidgetHtml(
  widget: SsrWidget,
  data: SsrData,
  options: RenderWidgetOptions = {},
): Promise<string> {
  checkOptionKeys(options, RENDER_WIDGET_OPTION_KEYS);
  const checked = checkedData(widget, data, options.lang);
  return renderWidgetView(widget, checked, options, `<script type="application/json">${scriptJson(checked)}</script>`);
}
