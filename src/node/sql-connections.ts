import type * as DuckDB from '@duckdb/node-api';
import type * as Pg from 'pg';
import { invalidArgument } from '../errors/law-gauge-error.js';
import type { SqlConnection } from '../sql/evaluate-sql.js';
import type { SqlRow } from '../sql/finish-reports.js';

/** A connection lawgauge opened from a URL, with the means to close it. */
export interface OpenSqlConnection extends SqlConnection {
  close(): Promise<void>;
}

/**
 * The slice of a `@duckdb/node-api` `DuckDBConnection` that lawgauge uses. Declared here rather
 * than imported, so the public types compile for users who have not installed the optional driver.
 */
export interface DuckDbRunnable {
  runAndReadAll(sql: string, values?: string[]): Promise<{ getRows(): unknown[][] }>;
}

/** DuckDB through `@duckdb/node-api` (an optional peer dependency): pass a `DuckDBConnection`. */
export function duckdbConnection(connection: DuckDbRunnable): SqlConnection {
  return {
    dialect: 'duckdb',
    async query(sql, params) {
      const reader = await connection.runAndReadAll(sql, params.length === 0 ? undefined : [...params]);
      return reader.getRows() as SqlRow[];
    },
  };
}

/** The slice of a `pg` Client or Pool that lawgauge uses. */
export interface PgQueryable {
  query(config: { text: string; values: unknown[]; rowMode: 'array' }): Promise<{ rows: unknown[][] }>;
}

/** PostgreSQL through a `pg` (node-postgres, an optional peer dependency) Client or Pool. */
export function postgresConnection(client: PgQueryable): SqlConnection {
  return {
    dialect: 'postgres',
    async query(sql, params) {
      const result = await client.query({ text: sql, values: [...params], rowMode: 'array' });
      return result.rows;
    },
  };
}

/**
 * ClickHouse over its HTTP interface (`http://host:8123`), with Node's own `fetch`: no driver.
 * `url` may be `clickhouse://user:password@host:port/database?setting=value` or an `http(s)://` URL.
 */
export function clickhouseConnection(url: string | URL): SqlConnection {
  const source = new URL(url);
  const endpoint = new URL(source.protocol === 'clickhouse:' ? `http://${source.host}/` : `${source.origin}/`);
  if (source.protocol === 'clickhouse:' && source.port === '') endpoint.port = '8123';
  // Query parameters of the URL are ClickHouse settings (e.g. `?max_threads=4`), passed on.
  for (const [key, value] of source.searchParams) endpoint.searchParams.set(key, value);
  const database = decodeURIComponent(source.pathname.replace(/^\//, ''));
  if (database !== '') endpoint.searchParams.set('database', database);
  if (source.username !== '') endpoint.searchParams.set('user', decodeURIComponent(source.username));
  if (source.password !== '') endpoint.searchParams.set('password', decodeURIComponent(source.password));
  // Integers as JSON numbers: counts stay exact below 2^53, far beyond any table lawgauge reads.
  endpoint.searchParams.set('output_format_json_quote_64bit_integers', '0');
  endpoint.searchParams.set('default_format', 'JSONCompact');
  return {
    dialect: 'clickhouse',
    async query(sql, params) {
      if (params.length > 0) throw new Error('ClickHouse queries carry their values as literals; got parameters');
      const response = await postOnce(endpoint, sql);
      const text = await response.text();
      if (!response.ok)
        throw new Error(`ClickHouse at ${endpoint.host} answered ${response.status}: ${text.trim().slice(0, 2000)}`);
      // Statements without a result (DDL, INSERT) answer with an empty body.
      return text.trim() === '' ? [] : (JSON.parse(text) as { data: SqlRow[] }).data;
    },
  };
}

/**
 * POSTs a query. ClickHouse closes idle keep-alive connections after 3 s; a request sent on such a
 * socket fails before the server reads it ("other side closed"), so it is sent once more.
 */
async function postOnce(endpoint: URL, body: string): Promise<Response> {
  try {
    return await fetch(endpoint, { method: 'POST', body });
  } catch (error) {
    const code = ((error as { cause?: { code?: unknown } }).cause?.code ?? '') as string;
    if (code !== 'UND_ERR_SOCKET') throw error;
    return await fetch(endpoint, { method: 'POST', body });
  }
}

/**
 * Opens a connection from a URL: `duckdb:` (in memory) or `duckdb:path/to/file.duckdb`,
 * `postgres://…` / `postgresql://…`, `clickhouse://…`. Drivers load on first use, so a program
 * that never connects needs none of them installed.
 */
export async function connectSql(url: string): Promise<OpenSqlConnection> {
  if (url === 'duckdb' || url.startsWith('duckdb:')) {
    const { DuckDBInstance } = await importDriver<typeof DuckDB>('@duckdb/node-api');
    const path = url.replace(/^duckdb:(\/\/)?/, '');
    const instance = await DuckDBInstance.create(path === '' || path === 'duckdb' ? ':memory:' : path);
    const connection = await instance.connect();
    return {
      ...duckdbConnection(connection),
      async close() {
        connection.closeSync();
        instance.closeSync();
      },
    };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const pg = await importDriver<typeof Pg>('pg');
    // The queries are short aggregations whose row estimates (set-returning generate_series) trip
    // PostgreSQL's JIT threshold: compiling took longer than running them (1.3 of 1.7 s measured).
    const client = new pg.default.Client({ connectionString: url, options: '-c jit=off' });
    await client.connect();
    return { ...postgresConnection(client as unknown as PgQueryable), close: () => client.end() };
  }
  if (url.startsWith('clickhouse://') || url.startsWith('http://') || url.startsWith('https://')) {
    return { ...clickhouseConnection(url), close: async () => {} };
  }
  throw invalidArgument(
    'engine',
    `unknown engine ${JSON.stringify(url)}; expected duckdb:[file], postgres://… or clickhouse://…`,
  );
}

async function importDriver<T>(name: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch (error) {
    throw new Error(`the ${name} package is needed for this engine: npm install ${name}`, { cause: error });
  }
}
