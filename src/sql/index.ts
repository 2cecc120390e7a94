export { toSql, compileSql, compileRangeQueries, DIALECTS } from './compile-sql.js';
export type { SqlOptions, SqlQuery, SqlProgram, SqlTables, SqlColumns } from './compile-sql.js';
export { SQL_DIALECTS } from './dialect.js';
export type { SqlDialect, SqlDialectName } from './dialect.js';
export { evaluateSql } from './evaluate-sql.js';
export type { SqlConnection, EvaluateSqlOptions } from './evaluate-sql.js';
export { finishReports } from './finish-reports.js';
export type { SqlRow } from './finish-reports.js';
