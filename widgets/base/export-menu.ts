import { html, nothing, type TemplateResult } from 'lit';
import { EXPORT_MENU_MESSAGES } from './export-messages.js';
import type { WidgetLang } from './messages.js';

/** What the download menu offers. */
export type ExportFormat = 'svg' | 'png' | 'csv';

/** Escape closes the menu and gives the focus back to its button. */
function onKey(event: KeyboardEvent): void {
  if (event.key !== 'Escape') return;
  const menu = event.currentTarget as HTMLDetailsElement;
  if (!menu.open) return;
  event.preventDefault();
  event.stopPropagation();
  menu.open = false;
  menu.querySelector('summary')?.focus();
}

/**
 * The download menu in a widget's top corner: a disclosure (`<details>`, whose `<summary>` is a
 * button that says whether it is expanded) holding one button per format; Escape closes it. The
 * menu closes when a format is chosen. `problem`, if any, is shown beside it as an alert.
 */
export function exportMenu(
  lang: WidgetLang,
  formats: readonly ExportFormat[],
  choose: (format: ExportFormat) => void,
  problem: string | undefined,
): TemplateResult {
  const m = EXPORT_MENU_MESSAGES[lang];
  return html`<details part="export-menu" class="lg-export" @keydown=${onKey}>
      <summary part="export-button" title=${m.download}><svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M3 13.5h10" fill="none" stroke="currentColor" stroke-width="1.5"/></svg><span class="visually-hidden">${m.download}</span></summary>
      <div part="export-list">${formats.map(
        (format) =>
          html`<button type="button" @click=${(event: Event) => {
            const menu = (event.currentTarget as HTMLElement).closest('details')!;
            menu.open = false;
            menu.querySelector('summary')!.focus();
            choose(format);
          }}>${m[format]}</button>`,
      )}</div>
    </details>${problem === undefined ? nothing : html`<p role="alert" part="export-error" class="lg-export-error">${problem}</p>`}`;
}
