import { LawGaugeError } from '../errors/law-gauge-error.js';
import type { LawGaugeIssue } from '../errors/issues.js';
import type { Catalog } from './catalog.js';
import type { Composite } from './composite.js';
import type { Field } from './dataset.js';
import { findForbiddenKeys } from './forbidden-keys.js';
import type { Indicator } from './indicator.js';
import { parseCatalog } from './parse.js';

/** A partial object: nested objects partial too, `null` to remove an optional key. */
export type Patch<T> = {
  [K in keyof T]?: (T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? Patch<T[K]> : T[K]) | null;
};

/**
 * Changes to a catalog, by id. Objects are merged key by key; arrays, and the union-valued keys
 * `where`, `time`, `value`, `polarity`, `thresholds`, `normalisation` and `aggregation`, are
 * replaced whole; `null` removes an optional key (e.g. `target: null`).
 */
export interface CatalogOverrides {
  readonly id?: string;
  readonly version?: string | null;
  readonly label?: Catalog['label'];
  readonly description?: Catalog['description'] | null;
  readonly indicators?: Readonly<Record<string, Patch<Indicator>>>;
  readonly addIndicators?: readonly Indicator[];
  readonly removeIndicators?: readonly string[];
  /** Per dataset: field patches by name (e.g. more enum synonyms) and added fields. */
  readonly datasets?: Readonly<
    Record<string, { readonly fields?: Readonly<Record<string, Patch<Field>>>; readonly addFields?: readonly Field[] }>
  >;
  readonly composites?: Readonly<Record<string, Patch<Composite>>>;
}

const KIND_OF = { indicators: 'indicator', composites: 'composite' } as const;

const REPLACED_WHOLE = new Set(['where', 'time', 'value', 'polarity', 'thresholds', 'normalisation', 'aggregation']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function merge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base)) if (patch[key] !== null) out[key] = value;
  for (const [key, value] of Object.entries(patch)) {
    if (value !== null && value !== undefined) out[key] = REPLACED_WHOLE.has(key) ? value : merge(base[key], value);
  }
  return out;
}

function patchById<T extends { id: string }>(
  items: readonly T[],
  patches: Readonly<Record<string, unknown>> | undefined,
  path: 'indicators' | 'composites',
  issues: LawGaugeIssue[],
): T[] {
  if (patches === undefined) return [...items];
  const ids = new Set(items.map((item) => item.id));
  for (const id of Object.keys(patches)) {
    if (!ids.has(id))
      issues.push({
        code: 'unknown_reference',
        path: [path, id],
        message: `unknown ${KIND_OF[path]} "${id}" in the base catalog; known: ${[...ids].join(', ')}`,
        params: { kind: KIND_OF[path], id, base: true, known: [...ids] },
      });
  }
  return items.map((item) => (Object.hasOwn(patches, item.id) ? (merge(item, patches[item.id]) as T) : item));
}

/**
 * A new catalog: `base` with `overrides` applied, validated again. Use it to change thresholds,
 * labels, a filter or enum synonyms of a built-in catalog without copying it.
 *
 * @throws LawGaugeError naming overrides that refer to nothing (root `overrides`) or a result that
 *   is not a valid catalog (root `catalog`).
 */
export function extendCatalog(base: Catalog, overrides: CatalogOverrides): Catalog {
  const issues: LawGaugeIssue[] = findForbiddenKeys(overrides);
  if (issues.length > 0) throw new LawGaugeError('invalid_definition', 'overrides', issues);
  const catalog = parseCatalog(base);
  let indicators = patchById(catalog.indicators, overrides.indicators, 'indicators', issues);
  const removed = new Set(overrides.removeIndicators ?? []);
  for (const id of removed) {
    if (!indicators.some((indicator) => indicator.id === id))
      issues.push({
        code: 'unknown_reference',
        path: ['removeIndicators', id],
        message: `no indicator "${id}" to remove`,
        params: { kind: 'indicator', id, remove: true },
      });
  }
  indicators = [...indicators.filter((indicator) => !removed.has(indicator.id)), ...(overrides.addIndicators ?? [])];
  const datasetPatches = overrides.datasets ?? {};
  for (const id of Object.keys(datasetPatches)) {
    if (!catalog.datasets.some((dataset) => dataset.id === id))
      issues.push({
        code: 'unknown_reference',
        path: ['datasets', id],
        message: `unknown dataset "${id}" in the base catalog`,
        params: { kind: 'dataset', id, base: true },
      });
  }
  const datasets = catalog.datasets.map((dataset) => {
    if (!Object.hasOwn(datasetPatches, dataset.id)) return dataset;
    const patch = datasetPatches[dataset.id]!;
    const fieldPatches = patch.fields ?? {};
    for (const name of Object.keys(fieldPatches)) {
      if (!dataset.fields.some((field) => field.name === name))
        issues.push({
          code: 'unknown_reference',
          path: ['datasets', dataset.id, 'fields', name],
          message: `unknown field "${name}" in dataset "${dataset.id}"`,
          params: { kind: 'field', id: name, dataset: dataset.id },
        });
    }
    const fields = dataset.fields.map((field) =>
      Object.hasOwn(fieldPatches, field.name) ? (merge(field, fieldPatches[field.name]) as Field) : field,
    );
    return { ...dataset, fields: [...fields, ...(patch.addFields ?? [])] };
  });
  const composites = patchById(catalog.composites ?? [], overrides.composites, 'composites', issues);
  if (issues.length > 0) throw new LawGaugeError('invalid_definition', 'overrides', issues);
  const top = merge(catalog, {
    id: overrides.id,
    version: overrides.version,
    label: overrides.label,
    description: overrides.description,
  }) as Record<string, unknown>;
  return parseCatalog({ ...top, datasets, indicators, composites: composites.length > 0 ? composites : undefined });
}
