import * as z from 'zod/mini';
import { LawGaugeError } from '../errors/law-gauge-error.js';
import type { DefinitionIssue } from '../errors/issue.js';
import { Catalog } from './catalog.js';
import { checkCatalog } from './check-catalog.js';
import { checkDataset } from './check-dataset.js';
import { Dataset } from './dataset.js';
import { findForbiddenKeys } from './forbidden-keys.js';
import { Report } from './report.js';
import { issuesFromZod } from './zod-issues.js';

const validated = new WeakSet<object>();

/**
 * Parses untrusted JSON-like input with a schema: forbidden keys first, then the schema (zod
 * without JIT, so strict CSP pages work), then `check` for rules the schema cannot state.
 */
function parseWith<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  root: string,
  check: (value: T) => DefinitionIssue[] = () => [],
): T {
  z.config({ jitless: true });
  const forbidden = findForbiddenKeys(input);
  if (forbidden.length > 0) throw new LawGaugeError('invalid_definition', root, forbidden);
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw new LawGaugeError('invalid_definition', root, issuesFromZod(result.error.issues));
  const issues = check(result.data);
  if (issues.length > 0) throw new LawGaugeError('invalid_definition', root, issues);
  validated.add(result.data as object);
  return result.data;
}

/** Validates a catalog; throws a {@link LawGaugeError} listing every problem, each with its path. */
export function parseCatalog(input: unknown): Catalog {
  if (input !== null && typeof input === 'object' && validated.has(input)) return input as Catalog;
  return parseWith(Catalog, input, 'catalog', checkCatalog);
}

/** Validates one dataset definition. */
export function parseDataset(input: unknown): Dataset {
  if (input !== null && typeof input === 'object' && validated.has(input)) return input as Dataset;
  return parseWith(Dataset, input, 'dataset', (dataset) => {
    const issues: DefinitionIssue[] = [];
    checkDataset(dataset, [], issues);
    return issues;
  });
}

/** Validates a Report, e.g. one fetched from a server before a widget renders it. */
export function parseReport(input: unknown): Report {
  return parseWith(Report, input, 'report');
}
