import { periodKeyParts } from '../time/period.js';
import { PANEL_OPTIONS, PANEL_OPTIONS_OF, type PanelWidget } from '../dashboard/dashboard-constants.js';
import { FORBIDDEN_KEYS } from './forbidden-key-names.js';

/*
 * The refinements of the contracts (Report, ReformReport, Dashboard) that JSON Schema cannot state:
 * each a named, zod-free predicate, so the schemas refine with it (`z.refine(isPeriodKey, …)`)
 * and the checkers generated from those schemas (scripts/generate-checkers.ts) import and call
 * the same function. A refinement written inline in a schema has no name to import: the
 * generator stops on it and names the place.
 */

/** A name other than `__proto__`, `constructor` and `prototype`, which could reach an object's prototype. */
export function isAllowedName(name: string): boolean {
  return !FORBIDDEN_KEYS.has(name);
}

/** A date that exists: `YYYY-MM-DD` and no 2019-02-30 (a day's period key). */
export function isCalendarDate(text: string): boolean {
  return periodKeyParts(text)?.unit === 'day';
}

/** A period key naming a real period: 2019, 2019-Q1, 2019-03, 2019-W10, 2019-03-05 (no 2019-13, no markup). */
export function isPeriodKey(text: string): boolean {
  return periodKeyParts(text) !== undefined;
}

/** A dashboard panel gives exactly one of `src` and `compute`. */
export function hasOneSource(panel: { readonly src?: unknown; readonly compute?: unknown }): boolean {
  return (panel.src === undefined) !== (panel.compute === undefined);
}

/**
 * A dashboard panel sets only options its widget takes (PANEL_OPTIONS_OF): another would be
 * dropped silently. A panel naming no known widget passes here, as does a key that is no option
 * at all: the `widget` field and the options' key schema refuse those (and zod's record leaves
 * such a key out of what this refinement sees).
 */
export function takesItsOptions(panel: { readonly widget?: unknown; readonly options?: unknown }): boolean {
  const { widget, options } = panel;
  if (typeof widget !== 'string' || !Object.hasOwn(PANEL_OPTIONS_OF, widget)) return true;
  if (options === null || typeof options !== 'object') return true;
  const taken: readonly string[] = PANEL_OPTIONS_OF[widget as PanelWidget];
  const known: readonly string[] = PANEL_OPTIONS;
  return Object.keys(options).every((key) => taken.includes(key) || !known.includes(key));
}
