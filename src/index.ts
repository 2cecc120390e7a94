/**
 * lawgauge core: indicator definitions as data, ingest into columnar tables, evaluation into
 * Reports. Browser-safe: no DOM and no Node APIs.
 */
export * from './errors/index.js';
export * from './model/index.js';
export * from './time/index.js';
export * from './table/index.js';
export * from './ingest/index.js';
export * from './evaluate/index.js';
export * from './catalogs/index.js';
export * from './format/index.js';
export * from './composite/index.js';
export * from './reform/index.js';
export * from './dashboard/index.js';
export * from './sql/index.js';
