import * as z from 'zod/mini';
import { isAllowedName, isCalendarDate, isPeriodKey } from './contract-rules.js';
import { FORBIDDEN_KEYS } from './forbidden-key-names.js';

export { FORBIDDEN_KEYS };

/** Ids and field names: ASCII identifiers, so they are safe as keys, column names and SQL names. */
export const Identifier = z
  .string()
  .check(
    z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected an identifier (letters, digits and _, not starting with a digit)'),
    z.refine(isAllowedName, 'is a reserved name'),
  );

/** Catalog ids may also use hyphens: `court-case-quality`. */
export const CatalogId = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9_-]*$/, 'expected a catalog id (lower-case letters, digits, - and _)'));

/** Text in both languages the kit ships. */
export const LocalizedText = z.strictObject({
  'zh-CN': z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * Text that may be given in both languages, or as one string shown in both (an indicator's
 * `source`: a plain string is what catalogs wrote before it could be localized).
 */
export const TextInLanguages = z.union([z.string(), LocalizedText]);
export type TextInLanguages = z.infer<typeof TextInLanguages>;

/** `YYYY-MM-DD`. */
export const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'));

/** zod 4's number is finite: NaN and ±Infinity are not numbers to it (JSON cannot write them either). */
export const FiniteNumber = z.number();

/** A date that exists: `YYYY-MM-DD`, and no 2019-02-30. */
export const CalendarDate = IsoDate.check(z.refine(isCalendarDate, 'expected a date YYYY-MM-DD'));

/** A period key naming a real period: 2019, 2019-Q1, 2019-03, 2019-W10, 2019-03-05 (no 2019-13, no markup). */
export const PeriodKey = z
  .string()
  .check(z.refine(isPeriodKey, 'expected a period key such as 2019, 2019-Q1, 2019-03, 2019-W10 or 2019-03-05'));
