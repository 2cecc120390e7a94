import { assertNoNul, numberLiteral, standardIdentifier, type SqlDialect } from './dialect.js';

/** DuckDB: bound `$n` parameters, standard quoting, `FILTER` aggregates. */
export const duckdbDialect: SqlDialect = {
  name: 'duckdb',
  placeholder: (index) => `$${index}`,
  quoteIdentifier: standardIdentifier,
  stringLiteral(value) {
    assertNoNul(value, 'string');
    return `'${value.replaceAll("'", "''")}'`;
  },
  dayNumber: (date) => `CAST((${date}) - DATE '1970-01-01' AS BIGINT)`,
  year: (date) => `CAST(year(${date}) AS BIGINT)`,
  month: (date) => `CAST(month(${date}) AS BIGINT)`,
  nextDay: (date) => `CAST((${date}) + 1 AS DATE)`,
  nextNewYear: (date) => `make_date(CAST(year(${date}) AS BIGINT) + 1, 1, 1)`,
  shanghaiDate: (instant) => `CAST(timezone('Asia/Shanghai', ${instant}) AS DATE)`,
  floorDiv: (a, b) => `CAST(floor((${a}) / ${numberLiteral(b)}) AS BIGINT)`,
  intDiv: (a, b) => `((${a}) // ${numberLiteral(b)})`,
  booleanNumber: (expr) => `CAST(${expr} AS BIGINT)`,
  isTrue: (condition) => `COALESCE(${condition}, FALSE)`,
  isNull: (expr) => `(${expr} IS NULL)`,
  isNotNull: (expr) => `(${expr} IS NOT NULL)`,
  elementAt: (values, index) => `[${values.map(numberLiteral).join(', ')}][(${index}) + 1]`,
  countIf: (condition) => `count(*) FILTER (WHERE ${condition})`,
  countValuesIf: (value, condition) => `count(${value}) FILTER (WHERE ${condition})`,
  sumIf: (value, condition) => `CAST(sum(${value}) FILTER (WHERE ${condition}) AS DOUBLE)`,
  minIf: (value, condition) => `CAST(min(${value}) FILTER (WHERE ${condition}) AS DOUBLE)`,
  maxIf: (value, condition) => `CAST(max(${value}) FILTER (WHERE ${condition}) AS DOUBLE)`,
  double: (expr) => `CAST(${expr} AS DOUBLE)`,
};
