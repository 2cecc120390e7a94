import { assertNoNul, numberLiteral, type SqlDialect } from './dialect.js';

/** Backslash-escapes `\` and the quote character, as ClickHouse reads quoted names and strings. */
function backslashQuoted(text: string, quote: string, what: string): string {
  assertNoNul(text, what);
  return `${quote}${text.replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`)}${quote}`;
}

/** An `-If` aggregate over the non-null values where `condition` holds, NULL when there are none (as SQL's sum/min/max). */
function overValues(aggregate: 'sumIf' | 'minIf' | 'maxIf', value: string, condition: string): string {
  const selected = `(${condition}) AND isNotNull(${value})`;
  return `if(countIf(${selected}) = 0, NULL, ${aggregate}(toFloat64(ifNull(${value}, 0)), ${selected}))`;
}

/**
 * ClickHouse (18.16 and later): values inlined as escaped literals (its HTTP interface binds no
 * positional parameters), `-If` aggregates, and explicit null handling because `NULL AND 0` is
 * NULL there, not FALSE.
 */
export const clickhouseDialect: SqlDialect = {
  name: 'clickhouse',
  placeholder: null,
  quoteIdentifier: (name) => backslashQuoted(name, '`', 'identifier'),
  stringLiteral: (value) => backslashQuoted(value, "'", 'string'),
  dayNumber: (date) => `toInt64(toUInt32(${date}))`,
  year: (date) => `toInt64(toYear(${date}))`,
  month: (date) => `toInt64(toMonth(${date}))`,
  nextDay: (date) => `addDays(${date}, 1)`,
  nextNewYear: (date) => `addYears(toStartOfYear(${date}), 1)`,
  shanghaiDate: (instant) => `toDate(${instant}, 'Asia/Shanghai')`,
  floorDiv: (a, b) => `toInt64(floor((${a}) / ${numberLiteral(b)}))`,
  intDiv: (a, b) => `intDiv(${a}, ${numberLiteral(b)})`,
  booleanNumber: (expr) => `toInt64(${expr})`,
  isTrue: (condition) => `ifNull(${condition}, 0)`,
  isNull: (expr) => `isNull(${expr})`,
  isNotNull: (expr) => `isNotNull(${expr})`,
  elementAt: (values, index) =>
    `arrayElement([${values.map((value) => `toInt64(${numberLiteral(value)})`).join(', ')}], (${index}) + 1)`,
  countIf: (condition) => `countIf(${condition})`,
  countValuesIf: (value, condition) => `countIf((${condition}) AND isNotNull(${value}))`,
  sumIf: (value, condition) => overValues('sumIf', value, condition),
  minIf: (value, condition) => overValues('minIf', value, condition),
  maxIf: (value, condition) => overValues('maxIf', value, condition),
  double: (expr) => `toFloat64(${expr})`,
};
