/** lawgauge for Node: file access on top of the browser-safe core. */
export { readJsonFile } from './read-json-file.js';
export { loadCatalogFile } from './load-catalog-file.js';
export { readDatasetFile } from './read-dataset-file.js';
export type { ReadDatasetOptions, ReadDatasetResult, TextEncodingChoice, DataFileFormat } from './read-dataset-file.js';
export { connectSql, duckdbConnection, postgresConnection, clickhouseConnection } from './sql-connections.js';
export type { DuckDbRunnable, OpenSqlConnection, PgQueryable } from './sql-connections.js';
export { createFileView, PARSED_COLUMN } from './duckdb-file-view.js';
export type { FileViewOptions } from './duckdb-file-view.js';
