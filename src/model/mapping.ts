import * as z from 'zod/mini';
import { Identifier } from './primitives.js';

/**
 * How the columns of a source file map onto a dataset's fields: `{"dataset": "cases",
 * "columns": {"案号": "case_id", "立案日期": "filed_on", …}}`. Columns not listed are ignored.
 */
export const Mapping = z.strictObject({
  $schema: z.optional(z.string()),
  dataset: Identifier,
  columns: z.record(z.string().check(z.minLength(1)), Identifier),
});
export type Mapping = z.infer<typeof Mapping>;
