import { builtInCatalog, type Catalog } from '../../src/index.js';

/** The built-in court catalog. */
export function courtCatalog(): Catalog {
  return builtInCatalog('court-case-quality');
}

export function casesDataset(catalog: Catalog = courtCatalog()): Catalog['datasets'][number] {
  return catalog.datasets.find((dataset) => dataset.id === 'cases')!;
}
