import { readFileSync } from 'node:fs';
import { parseCatalog, type Catalog } from '../../src/index.js';

/** The example court catalog users copy from `examples/catalogs/court-basics.json`. */
export function courtCatalog(): Catalog {
  return parseCatalog(JSON.parse(readFileSync(new URL('../../examples/catalogs/court-basics.json', import.meta.url), 'utf8')));
}

export function casesDataset(catalog: Catalog = courtCatalog()): Catalog['datasets'][number] {
  return catalog.datasets.find((dataset) => dataset.id === 'cases')!;
}
