import * as z from 'zod/mini';
import { Composite } from './composite.js';
import { Dataset } from './dataset.js';
import { Indicator } from './indicator.js';
import { CatalogId, LocalizedText } from './primitives.js';

export const Catalog = z.strictObject({
  /** Editors use this to find the JSON Schema; ignored otherwise. */
  $schema: z.optional(z.string()),
  id: CatalogId,
  version: z.optional(z.string()),
  label: LocalizedText,
  description: z.optional(LocalizedText),
  datasets: z.array(Dataset),
  indicators: z.array(Indicator),
  composites: z.optional(z.array(Composite)),
});
export type Catalog = z.infer<typeof Catalog>;
