import type { LawGaugeIssue } from '../errors/issues.js';
import { Catalog } from './catalog.js';
import { checkCatalog } from './check-catalog.js';
import { checkCatalogParts } from './check-catalog-parts.js';
import { checkDataset } from './check-dataset.js';
import { Dataset } from './dataset.js';
import { parseWith, wasValidated } from './parse-with.js';

/** Validates a catalog; throws a {@link LawGaugeError} listing every problem, each with its path. */
export function parseCatalog(input: unknown): Catalog {
  if (wasValidated(input)) return input as Catalog;
  return parseWith(Catalog, input, 'catalog', { check: checkCatalog, checkParts: checkCatalogParts });
}

/** Validates one dataset definition. */
export function parseDataset(input: unknown): Dataset {
  if (wasValidated(input)) return input as Dataset;
  return parseWith(Dataset, input, 'dataset', {
    check: (dataset) => {
      const issues: LawGaugeIssue[] = [];
      checkDataset(dataset, [], issues);
      return issues;
    },
  });
}
