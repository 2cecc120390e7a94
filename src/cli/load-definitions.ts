import { BUILT_IN_CATALOGS, builtInCatalog, type BuiltInCatalogName } from '../catalogs/built-in.js';
import { parseMapping } from '../ingest/parse-mapping.js';
import type { Catalog } from '../model/catalog.js';
import type { Dataset } from '../model/dataset.js';
import type { Mapping } from '../model/mapping.js';
import { loadCatalogFile } from '../node/load-catalog-file.js';
import { readJsonFile } from '../node/read-json-file.js';
import { REFORM_MILESTONES_DATASET, REFORM_TASKS_DATASET } from '../reform/reform-datasets.js';
import { UsageError } from './usage.js';

/** A built-in catalog by name, or a catalog file. */
export async function loadCatalog(nameOrPath: string): Promise<Catalog> {
  if ((BUILT_IN_CATALOGS as readonly string[]).includes(nameOrPath))
    return builtInCatalog(nameOrPath as BuiltInCatalogName);
  if (!nameOrPath.toLowerCase().endsWith('.json'))
    throw new UsageError((messages) => messages.notACatalog(nameOrPath, BUILT_IN_CATALOGS));
  return loadCatalogFile(nameOrPath);
}

/** Every dataset a mapping may name: the catalog's, the built-in catalogs' and the reform ledgers. */
export function knownDatasets(catalog?: Catalog): Dataset[] {
  const byId = new Map<string, Dataset>();
  for (const dataset of [
    ...(catalog?.datasets ?? []),
    ...BUILT_IN_CATALOGS.flatMap((name) => builtInCatalog(name).datasets),
    REFORM_TASKS_DATASET,
    REFORM_MILESTONES_DATASET,
  ]) {
    if (!byId.has(dataset.id)) byId.set(dataset.id, dataset);
  }
  return [...byId.values()];
}

/** Reads and checks a mapping file against the known datasets. */
export async function loadMapping(path: string, catalog?: Catalog): Promise<Mapping> {
  const json = await readJsonFile(path);
  return parseMapping(json, knownDatasets(catalog), `${path}: mapping`);
}
