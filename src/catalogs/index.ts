export { builtInCatalog, BUILT_IN_CATALOGS } from './built-in.js';
export type { BuiltInCatalogName } from './built-in.js';
