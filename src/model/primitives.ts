import * as z from 'zod/mini';
import { FORBIDDEN_KEYS } from './forbidden-key-names.js';

export { FORBIDDEN_KEYS };

/** Ids and field names: ASCII identifiers, so they are safe as keys, column names and SQL names. */
export const Identifier = z.string().check(
  z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected an identifier (letters, digits and _, not starting with a digit)'),
  z.refine((name) => !FORBIDDEN_KEYS.has(name), 'is a reserved name'),
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

/** `YYYY-MM-DD`. */
export const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'));

export const FiniteNumber = z.number().check(z.refine(Number.isFinite, 'expected a finite number'));
