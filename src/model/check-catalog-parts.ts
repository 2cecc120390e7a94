import type { LawGaugeIssue } from '../errors/issues.js';
import { baseIndicator } from '../measures/registry.js';
import type { Catalog } from './catalog.js';
import { checkCatalog, checkUnique } from './check-catalog.js';
import { Composite } from './composite.js';
import { Dataset } from './dataset.js';
import { Indicator } from './indicator.js';

type Part<T> = { readonly index: number; readonly value: T };

/** An input item's `id` when it is a string. */
function idOf(item: unknown): string | undefined {
  const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** The items of `list` that parse on their own, with their places in the input. */
function validItems<T>(
  list: unknown,
  parse: (item: unknown) => { success: boolean; data?: T },
): { valid: Part<T>[]; invalidIds: Set<string> } {
  const valid: Part<T>[] = [];
  const invalidIds = new Set<string>();
  if (!Array.isArray(list)) return { valid, invalidIds };
  list.forEach((item: unknown, index) => {
    const result = parse(item);
    const id = idOf(item);
    if (result.success) valid.push({ index, value: result.data as T });
    else if (id !== undefined) invalidIds.add(id);
  });
  return { valid, invalidIds };
}

/**
 * The semantic problems of a catalog whose structure is invalid, so that one run of `validate`
 * reports everything it can: `checkCatalog` over the datasets, indicators and composites that
 * parse on their own (unknown datasets and fields, duplicate ids, thresholds, cycles), with paths
 * pointing at their places in the input. A part that refers to a structurally invalid one (an
 * indicator reading a broken dataset, a composite of a broken indicator) is left out: whatever
 * it says about that reference would be noise until the structure is fixed.
 */
export function checkCatalogParts(input: unknown): LawGaugeIssue[] {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return [];
  const raw = input as Record<string, unknown>;
  const datasets = validItems(raw['datasets'], (item) => Dataset.safeParse(item));
  const allIndicators = validItems(raw['indicators'], (item) => Indicator.safeParse(item));
  const indicators = allIndicators.valid.filter(
    ({ value }) =>
      !datasets.invalidIds.has(value.dataset) && !allIndicators.invalidIds.has(baseIndicator(value.measure) ?? ''),
  );
  const leftOut = new Set([
    ...allIndicators.invalidIds,
    ...allIndicators.valid.filter((part) => !indicators.includes(part)).map(({ value }) => value.id),
  ]);
  const allComposites = validItems(raw['composites'], (item) => Composite.safeParse(item));
  // A composite of a left-out indicator or composite is left out too, up the tree.
  const leftOutComposites = new Set(allComposites.invalidIds);
  let composites = allComposites.valid;
  for (let before = -1; before !== composites.length;) {
    before = composites.length;
    composites = composites.filter(({ value }) => {
      const keep = value.children.every(
        (child) => !leftOut.has(child.indicator ?? '') && !leftOutComposites.has(child.composite ?? ''),
      );
      if (!keep) leftOutComposites.add(value.id);
      return keep;
    });
  }
  const partial: Catalog = {
    id: 'parts',
    label: { 'zh-CN': '', en: '' },
    datasets: datasets.valid.map(({ value }) => value),
    indicators: indicators.map(({ value }) => value),
    composites: composites.map(({ value }) => value),
  };
  const places: Record<string, readonly Part<unknown>[]> = { datasets: datasets.valid, indicators, composites };
  const semantic = checkCatalog(partial)
    // Duplicates are found below among every item with an id, valid or not.
    .filter((issue) => !(issue.code === 'duplicate_id' && issue.path.at(-1) === 'id' && issue.path.length === 3))
    .map((issue) => {
      const [list, position, ...rest] = issue.path;
      const part = typeof list === 'string' && typeof position === 'number' ? places[list]?.[position] : undefined;
      return part === undefined ? issue : { ...issue, path: [list!, part.index, ...rest] };
    });
  const duplicates: LawGaugeIssue[] = [];
  for (const [list, what] of [
    ['datasets', 'dataset'],
    ['indicators', 'indicator'],
    ['composites', 'composite'],
  ] as const) {
    checkUnique(rawIds(raw[list]), [list], what, duplicates);
  }
  return [...duplicates, ...semantic];
}

/** Each item's `id` when it is a string, in input order. */
function rawIds(list: unknown): (string | undefined)[] {
  return Array.isArray(list) ? list.map(idOf) : [];
}
