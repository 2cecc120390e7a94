import type { ReformReport, Report } from '../../src/index.js';
import { EXPORT_KIT_MESSAGES } from './export-kit-messages.js';
import { exportNotes } from './export-notes.js';
import type { PeriodNames } from './period-label.js';
import { wrap } from './line-breaks.js';
import type { WidgetLang } from './messages.js';
import { SvgSnapshot } from './svg-snapshot.js';

import { saveFile } from './save-file.js';

/*
 * The export of a widget as an image (exportSvg, exportPng and the download menu of the shared
 * base). Loaded on first use: a chunk of its own in the ESM build (exporter.ts), and
 * `lawgauge-export.iife.min.js` beside the <script> bundles (exporter.script.ts).
 */

/** An exported image: the SVG document and its size in CSS pixels. */
export interface ExportedSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  readonly fileName: string;
}

/** The documents an exported image describes: an indicator Report or a reform report. */
export type ExportedData = Report | ReformReport;

/** The notes' font size and line height in CSS pixels (shared with the SVG export in Node, lawgauge/ssr). */
export const NOTE_SIZE = 11;
export const NOTE_LINE = 15;

/** A canvas 2D context for measuring text and reading colours as the canvas writes them. */
function context(): CanvasRenderingContext2D {
  return document.createElement('canvas').getContext('2d')!;
}

/** The exported image's root `<svg>` attributes, in a browser and in Node (lawgauge/ssr) alike. */
export function imageRootAttributes(
  width: number,
  height: number,
  lang: string,
  font: string,
): Record<string, string | number> {
  return {
    xmlns: 'http://www.w3.org/2000/svg',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': 'lg-title',
    'aria-describedby': 'lg-desc',
    lang,
    'font-family': font,
  };
}

/** The text summaries the widget gives screen readers (`part="summary"`), joined: the image's description. */
function summaries(root: ShadowRoot): string {
  return Array.from(root.querySelectorAll('[part~="summary"]'), (element) => element.textContent?.trim() ?? '')
    .filter((text) => text !== '')
    .join('\n');
}

/**
 * The widget `host` as drawn now, as a self-contained SVG document: its charts' marks and its
 * text where the browser put them, the theme's colours and the fonts (with CJK fallbacks) written
 * into every element, the title (if the widget does not show it) and the notes of `data` (the
 * periods `shown`, unit, source, method, suppression) under it, its name as `<title>` and its text
 * summary as `<desc>`.
 */
export function widgetSvg(
  host: HTMLElement,
  data: ExportedData,
  lang: WidgetLang,
  shown: PeriodNames | undefined,
): ExportedSvg {
  const root = host.shadowRoot!;
  const notes = exportNotes(data, lang, shown);
  const style = getComputedStyle(host);
  const snapshot = new SvgSnapshot(host);
  const box = host.getBoundingClientRect();
  const width = Math.ceil(box.width);
  const padding = parseFloat(style.paddingLeft) || 0;
  const border = parseFloat(style.borderTopWidth) || 0;
  const font = snapshot.font(style.fontFamily);
  const measure = context();
  measure.font = `${NOTE_SIZE}px ${font}`;
  // The muted colour as a colour any SVG reader knows (the canvas writes #rrggbb or rgba()).
  measure.fillStyle = style.getPropertyValue('--lg-muted').trim() || style.color;
  const muted = measure.fillStyle;
  const titled = (root.textContent ?? '').includes(notes.title);
  const noteLines = (titled ? notes.lines : [notes.title, ...notes.lines]).flatMap((line) =>
    wrap(line, width - 2 * (padding + border), measure),
  );
  const notesTop = Math.ceil(box.height) - border;
  const height = notesTop + noteLines.length * NOTE_LINE + padding + border;

  const svg = snapshot.element('svg', imageRootAttributes(width, height, lang, font));
  const title = snapshot.element('title', { id: 'lg-title' });
  title.textContent = notes.title;
  const desc = snapshot.element('desc', { id: 'lg-desc' });
  desc.textContent = summaries(root) || notes.lines.join('\n');
  svg.append(title, desc);
  svg.append(
    snapshot.element('rect', {
      x: border / 2,
      y: border / 2,
      width: width - border,
      height: height - border,
      rx: parseFloat(style.borderTopLeftRadius) || 0,
      fill: style.backgroundColor,
      ...(border > 0 ? { stroke: style.borderTopColor, 'stroke-width': border } : {}),
    }),
  );
  snapshot.content(root, svg);
  const lines = snapshot.element('g', { fill: muted, 'font-size': NOTE_SIZE });
  noteLines.forEach((text, index) => {
    const line = snapshot.element('text', { x: padding + border, y: notesTop + (index + 1) * NOTE_LINE - 4 });
    line.textContent = text;
    lines.append(line);
  });
  svg.append(lines);
  return { svg: new XMLSerializer().serializeToString(svg), width, height, fileName: notes.fileName };
}

/**
 * The SVG drawn into a canvas `scale` times its size, as a PNG. The SVG goes in through a `blob:`
 * URL, which the page's CSP must allow as an image source (`img-src blob:`); refused, the promise
 * rejects with that named.
 */
export async function svgToPng(image: ExportedSvg, scale: number, lang: WidgetLang): Promise<Blob> {
  const m = EXPORT_KIT_MESSAGES[lang];
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' }));
  try {
    const picture = new Image();
    picture.src = url;
    try {
      await picture.decode();
    } catch {
      throw new Error(m.imageBlocked);
    }
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    canvas.getContext('2d')!.drawImage(picture, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob === null ? reject(new Error(m.encodeFailed)) : resolve(blob)), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers the widget's image as a download: `<id>.svg`, or `<id>.png` at twice its size. */
export async function download(
  host: HTMLElement,
  data: ExportedData,
  lang: WidgetLang,
  shown: PeriodNames | undefined,
  format: 'svg' | 'png',
): Promise<void> {
  const image = widgetSvg(host, data, lang, shown);
  const blob = format === 'svg' ? new Blob([image.svg], { type: 'image/svg+xml' }) : await svgToPng(image, 2, lang);
  saveFile(blob, `${image.fileName}.${format}`);
}

/** The error of an export asked of a widget that shows no data. */
export function noData(lang: WidgetLang): Error {
  return new Error(EXPORT_KIT_MESSAGES[lang].noData);
}
