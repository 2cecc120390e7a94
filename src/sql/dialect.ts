import { LawGaugeError } from '../errors/law-gauge-error.js';

/** The SQL engines lawgauge compiles catalogs for. */
export const SQL_DIALECTS = ['duckdb', 'postgres', 'clickhouse'] as const;
export type SqlDialectName = (typeof SQL_DIALECTS)[number];

/**
 * What differs between engines, as small SQL-writing functions. Every function takes SQL
 * expressions (already safe text) and returns SQL text; only `quoteIdentifier` and
 * `stringLiteral` turn outside text into SQL, by the engine's own quoting rules.
 */
export interface SqlDialect {
  readonly name: SqlDialectName;
  /** Positional placeholder for bound value `index` (1-based), or null when values are inlined as literals. */
  readonly placeholder: ((index: number) => string) | null;
  quoteIdentifier(name: string): string;
  stringLiteral(value: string): string;
  /** A DATE expression as whole days since 1970-01-01. */
  dayNumber(date: string): string;
  year(date: string): string;
  month(date: string): string;
  /** The day after a DATE. */
  nextDay(date: string): string;
  /** 1 January of the year after a DATE's year. */
  nextNewYear(date: string): string;
  /** An instant (timestamp with time zone) as its Asia/Shanghai civil DATE. */
  shanghaiDate(instant: string): string;
  /** ⌊a / b⌋ for any integer a and a positive constant b. */
  floorDiv(a: string, b: number): string;
  /** a / b truncated, for a ≥ 0. */
  intDiv(a: string, b: number): string;
  /** A boolean column as 1/0 (null stays null). */
  booleanNumber(expr: string): string;
  /** A boolean expression that may be null, as TRUE only when it is TRUE (SQL's WHERE rule). */
  isTrue(condition: string): string;
  isNull(expr: string): string;
  isNotNull(expr: string): string;
  /** Element `index` (0-based, SQL integer) of a constant integer array. */
  elementAt(values: readonly number[], index: string): string;
  /** Records (after expansion) where the non-null `condition` holds. */
  countIf(condition: string): string;
  /** Non-null values of `value` where `condition` holds. */
  countValuesIf(value: string, condition: string): string;
  /** Sum, as a double, of the non-null values of `value` where `condition` holds; null when none. */
  sumIf(value: string, condition: string): string;
  minIf(value: string, condition: string): string;
  maxIf(value: string, condition: string): string;
  /** Double-precision cast. */
  double(expr: string): string;
}

/** Rejects text a database cannot hold in an identifier or string (NUL). */
export function assertNoNul(text: string, what: string): void {
  if (text.includes('\u0000'))
    throw new LawGaugeError('invalid_argument', 'sql', [
      {
        code: 'unrepresentable_in_sql',
        path: [],
        message: `${what} ${JSON.stringify(text)} contains a NUL character, which SQL engines cannot hold`,
        params: { reason: 'nul', what, value: JSON.stringify(text) },
      },
    ]);
}

/** `"name"` with embedded quotes doubled: the SQL standard's quoted identifier (DuckDB, PostgreSQL). */
export function standardIdentifier(name: string): string {
  assertNoNul(name, 'identifier');
  return `"${name.replaceAll('"', '""')}"`;
}

/** A finite number as a SQL numeric literal. */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value))
    throw new LawGaugeError('invalid_argument', 'sql', [
      {
        code: 'unrepresentable_in_sql',
        path: [],
        message: `cannot write ${value} as a SQL number`,
        params: { reason: 'not_finite', value: String(value) },
      },
    ]);
  const text = String(value);
  // Negative literals are parenthesised so that `x - -1` can never become a `--` comment.
  return value < 0 || Object.is(value, -0) ? `(${text})` : text;
}
