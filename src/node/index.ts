/**
 * lawgauge for Node: file access on top of the browser-safe core (catalog and data files, SQL
 * engine connections). Listed by name; etc/lawgauge-node.api.md records its shape.
 *
 * @packageDocumentation
 * @module lawgauge/node
 */

// Files: JSON, catalogs, and data files streamed into tables (CSV, JSON, NDJSON, Excel; UTF-8 or GB18030).
export { readJsonFile } from './read-json-file.js';
export { loadCatalogFile } from './load-catalog-file.js';
export { readDatasetFile } from './read-dataset-file.js';
export type { ReadDatasetOptions, ReadDatasetResult, TextEncodingChoice, DataFileFormat } from './read-dataset-file.js';

// SQL engines: connections for evaluateSql, and DuckDB views over data files.
export { connectSql, duckdbConnection, postgresConnection, clickhouseConnection } from './sql-connections.js';
export type { DuckDbRunnable, OpenSqlConnection, PgQueryable } from './sql-connections.js';
export { createFileView, PARSED_COLUMN } from './duckdb-file-view.js';
export type { FileViewOptions } from './duckdb-file-view.js';
