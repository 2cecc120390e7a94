import * as z from 'zod/mini';
import { Identifier } from './primitives.js';

/**
 * How one source file maps onto a dataset: `columns` names the file's header for a field
 * (fields not listed are matched by name or by their Chinese or English label; `null` says the
 * file has no column for it, so it reads as empty and takes its `default`); `values`
 * rewrites raw spellings before parsing (`{"case_type": {"刑": "criminal"}}`); `formats` gives a
 * date field's pattern (`DD/MM/YYYY`, `YYYY年M月D日`, or `excel-serial`); `headerRow` (1-based,
 * default 1) is the CSV record or sheet row holding the header, when a title sits above it (the
 * rows above it are counted as skipped).
 */
export const DatasetMapping = z.strictObject({
  columns: z.optional(z.record(Identifier, z.nullable(z.string().check(z.minLength(1))))),
  values: z.optional(z.record(Identifier, z.record(z.string(), z.string()))),
  formats: z.optional(z.record(Identifier, z.string().check(z.minLength(1)))),
  headerRow: z.optional(z.int().check(z.gte(1))),
});
export type DatasetMapping = z.infer<typeof DatasetMapping>;

/** The keys a dataset's entry in a mapping may have. */
export const MAPPING_ENTRY_KEYS: readonly string[] = ['columns', 'values', 'formats'];

/**
 * A mapping file: one entry per dataset id, e.g.
 * `{"cases": {"columns": {"filed_on": "立案时间"}, "formats": {"filed_on": "YYYY年M月D日"}}}`.
 * `$schema` is allowed for editors.
 */
export const Mapping = z.catchall(z.strictObject({ $schema: z.optional(z.string()) }), DatasetMapping);
export type Mapping = z.infer<typeof Mapping>;
