import { periodKeyParts } from '../time/period.js';
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
