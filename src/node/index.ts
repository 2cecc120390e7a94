/** lawgauge for Node: file access on top of the browser-safe core. */
export { readJsonFile } from './read-json-file.js';
export { loadCatalogFile } from './load-catalog-file.js';
