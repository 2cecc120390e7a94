import type { Catalog } from '../model/catalog.js';
import { parseCatalog } from '../model/parse.js';
import { LawGaugeError } from '../errors/law-gauge-error.js';
import { readJsonFile } from './read-json-file.js';

/** Reads and validates a catalog file; problems are reported with the file name as their root. */
export async function loadCatalogFile(path: string): Promise<Catalog> {
  const json = await readJsonFile(path);
  try {
    return parseCatalog(json);
  } catch (error) {
    if (error instanceof LawGaugeError) throw new LawGaugeError(error.code, `${path}: catalog`, error.issues);
    throw error;
  }
}
