import { invalidArgument } from '../errors/law-gauge-error.js';
import type { Catalog } from '../model/catalog.js';
import { parseCatalog } from '../model/parse.js';
import courtCaseQuality from './court-case-quality.json' with { type: 'json' };
import policePresence from './police-presence.json' with { type: 'json' };
import procuratorate from './procuratorate.json' with { type: 'json' };
import publicSatisfaction from './public-satisfaction.json' with { type: 'json' };

/** The name of a catalog lawgauge ships. */
export type BuiltInCatalogName = 'police-presence' | 'court-case-quality' | 'procuratorate' | 'public-satisfaction';

const SOURCES: Readonly<Record<BuiltInCatalogName, unknown>> = {
  'police-presence': policePresence,
  'court-case-quality': courtCaseQuality,
  procuratorate,
  'public-satisfaction': publicSatisfaction,
};

/** The catalogs lawgauge ships, by name. */
export const BUILT_IN_CATALOGS = Object.keys(SOURCES) as readonly BuiltInCatalogName[];

const parsed = new Map<string, Catalog>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * A built-in catalog, validated on first use and frozen (it is shared: change it with
 * `extendCatalog`, which returns a new catalog).
 *
 * @throws LawGaugeError for an unknown name, listing the known ones.
 */
export function builtInCatalog(name: BuiltInCatalogName): Catalog {
  if (!Object.hasOwn(SOURCES, name)) {
    throw invalidArgument('name', `unknown built-in catalog "${String(name)}"; known: ${BUILT_IN_CATALOGS.join(', ')}`);
  }
  let catalog = parsed.get(name);
  if (catalog === undefined) {
    catalog = deepFreeze(parseCatalog(SOURCES[name]));
    parsed.set(name, catalog);
  }
  return catalog;
}
