import { html, nothing, type TemplateResult } from 'lit';
import { EXPORT_MENU_MESSAGES } from './export-messages.js';
import type { WidgetLang } from './messages.js';

/** What the download menu offers. */
export type ExportFormat = 'svg' | 'png' | 'csv';
const IMAGES: readonly ExportFormat[] = ['svg', 'png'];
const ALL: readonly ExportFormat[] = [...IMAGES, 'csv'];

/** Closes the menu `event` happened in and gives the focus back to its button. */
function close(event: Event): void {
  const menu = (event.currentTarget as HTMLElement).closest('details')!;
  menu.open = false;
  menu.querySelector('summary')!.focus();
}

function onKey(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || !(event.currentTarget as HTMLDetailsElement).open) return;
  event.stopPropagation();
  close(event);
}

/**
 * The download menu in a widget's top corner: a disclosure (`<details>`, whose `<summary>` is a
 * button that says whether it is expanded) holding one button per format (CSV where the widget
 * has `exportCsv()`). Escape closes it, and so does choosing a format; either way the focus goes
 * back to its button. `problem`, if any, is shown beside it as an alert.
 */
export function exportMenu(
  lang: WidgetLang,
  csv: boolean,
  choose: (format: ExportFormat) => void,
  problem: string | undefined,
): TemplateResult {
  const m = EXPORT_MENU_MESSAGES[lang];
  const onClick = (event: Event): void => {
    const format = (event.target as HTMLElement).closest('button')?.value as ExportFormat | undefined;
    if (format === undefined) return;
    close(event);
    choose(format);
  };
  // One line, no indentation: the <script> bundles keep a template's text as written.
  return html`<details part="export-menu" class="lg-export" @keydown=${onKey}><summary part="export-button" title=${m.download}><svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M3 13.5h10" fill="none" stroke="currentColor" stroke-width="1.5"/></svg><span class="visually-hidden">${m.download}</span></summary><div part="export-list" @click=${onClick}>${(csv ? ALL : IMAGES).map((format) => html`<button type="button" value=${format}>${m[format]}</button>`)}</div></details>${problem === undefined ? nothing : html`<p role="alert" part="export-error" class="lg-export-error">${problem}</p>`}`;
}
