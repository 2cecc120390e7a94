import { assertNoNul, numberLiteral, standardIdentifier, type SqlDialect } from './dialect.js';

/** PostgreSQL: bound `$n` parameters, standard quoting, `FILTER` aggregates. */
export const postgresDialect: SqlDialect = {
  name: 'postgres',
  placeholder: (index) => `$${index}`,
  quoteIdentifier: standardIdentifier,
  stringLiteral(value) {
    assertNoNul(value, 'string');
    // An escape string (E'…') reads the same whatever standard_conforming_strings is set to.
    return `E'${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
  },
  dayNumber: (date) => `((${date}) - DATE '1970-01-01')::bigint`,
  year: (date) => `EXTRACT(YEAR FROM ${date})::bigint`,
  month: (date) => `EXTRACT(MONTH FROM ${date})::bigint`,
  nextDay: (date) => `((${date}) + 1)`,
  nextNewYear: (date) => `make_date(EXTRACT(YEAR FROM ${date})::integer + 1, 1, 1)`,
  shanghaiDate: (instant) => `((${instant}) AT TIME ZONE 'Asia/Shanghai')::date`,
  floorDiv: (a, b) => `floor((${a})::numeric / ${numberLiteral(b)})::bigint`,
  intDiv: (a, b) => `((${a}) / ${numberLiteral(b)})`,
  booleanNumber: (expr) => `(${expr})::integer`,
  isTrue: (condition) => `COALESCE(${condition}, FALSE)`,
  isNull: (expr) => `(${expr} IS NULL)`,
  isNotNull: (expr) => `(${expr} IS NOT NULL)`,
  elementAt: (values, index) => `(ARRAY[${values.map(numberLiteral).join(', ')}]::bigint[])[(${index}) + 1]`,
  countIf: (condition) => `count(*) FILTER (WHERE ${condition})`,
  countValuesIf: (value, condition) => `count(${value}) FILTER (WHERE ${condition})`,
  sumIf: (value, condition) => `(sum(${value}) FILTER (WHERE ${condition}))::double precision`,
  minIf: (value, condition) => `(min(${value}) FILTER (WHERE ${condition}))::double precision`,
  maxIf: (value, condition) => `(max(${value}) FILTER (WHERE ${condition}))::double precision`,
  double: (expr) => `(${expr})::double precision`,
};
