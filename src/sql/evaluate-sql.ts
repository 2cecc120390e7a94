import type { Catalog } from '../model/catalog.js';
import type { Report } from '../model/report.js';
import { parseIsoDay } from '../time/civil-day.js';
import { resolveDayRange } from '../evaluate/build-report.js';
import { noDatesError } from '../evaluate/evaluate.js';
import { compileRangeQueries, compileSql, type SqlOptions } from './compile-sql.js';
import type { SqlDialectName } from './dialect.js';
import { finishReports, type SqlRow } from './finish-reports.js';

/**
 * A database to run lawgauge's queries on. Drivers for DuckDB, PostgreSQL and ClickHouse are in
 * `lawgauge/node` (`duckdbConnection`, `postgresConnection`, `clickhouseConnection`,
 * `connectSql(url)`); any object with this shape works, e.g. one wrapping a pool.
 */
export interface SqlConnection {
  readonly dialect: SqlDialectName;
  /** Runs one query with `$1`, `$2`, … bound to `params`; resolves to its rows, each an array in column order. */
  query(sql: string, params: readonly string[]): Promise<readonly SqlRow[]>;
}

export type EvaluateSqlOptions = Omit<SqlOptions, 'dialect'>;

/**
 * Evaluates a catalog where the data lives: one aggregate query per dataset (plus one small range
 * query when `from` or `to` is missing), then the finishing step in process. The Reports equal
 * `evaluate()`'s on the same records: same groups, counts, values (to rounding), flags and changes.
 */
export async function evaluateSql(
  catalog: Catalog | unknown,
  connection: SqlConnection,
  options: EvaluateSqlOptions = {},
): Promise<Report[]> {
  const sqlOptions: SqlOptions = { ...options, dialect: connection.dialect };
  let range: { from: number; to: number } | undefined;
  if (options.from === undefined || options.to === undefined) {
    let earliest = Number.POSITIVE_INFINITY;
    let latest = Number.NEGATIVE_INFINITY;
    for (const query of compileRangeQueries(catalog, sqlOptions)) {
      const [row] = await connection.query(query.sql, query.params);
      for (const value of row ?? []) {
        if (value === null || value === undefined) continue;
        const day = Number(value);
        if (day < earliest) earliest = day;
        if (day > latest) latest = day;
      }
    }
    // Only the missing end comes from the data (the range queries have checked the given one).
    const given = (text: string | undefined): number | null =>
      text === undefined ? null : (parseIsoDay(text) ?? null);
    const resolved = resolveDayRange(
      given(options.from),
      given(options.to),
      earliest <= latest ? { from: earliest, to: latest } : null,
    );
    if (resolved === null) throw noDatesError();
    range = resolved;
  }
  const program = compileSql(catalog, sqlOptions, range);
  const results: (readonly SqlRow[])[] = [];
  for (const query of program.queries) results.push(await connection.query(query.sql, query.params));
  return finishReports(program, results);
}
