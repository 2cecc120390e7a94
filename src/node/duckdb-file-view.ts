import { extname } from 'node:path';
import type { Dataset, Field } from '../model/dataset.js';
import type { DatasetMapping } from '../model/mapping.js';
import { planColumns } from '../ingest/plan-columns.js';
import { EMPTY_MARKERS, normalizeText } from '../ingest/values/normalize-text.js';
import { BOOLEAN_SPELLINGS } from '../ingest/values/parse-boolean.js';
import { datePatternRegex, EXCEL_SERIAL, EXCEL_UNIX_EPOCH } from '../ingest/values/date-pattern.js';
import { invalidArgument } from '../errors/law-gauge-error.js';
import { checkOptionKeys, type OptionKeys } from '../model/option-keys.js';
import { operandFields } from '../model/field-types.js';
import { predicateOperands } from '../model/predicate-operands.js';
import { duckdbDialect } from '../sql/dialect-duckdb.js';
import type { SqlConnection } from '../sql/evaluate-sql.js';

/** DuckDB's type for each field type, as the view's typed columns read them. */
const SQL_TYPES: Readonly<Record<Field['type'], string>> = {
  string: 'VARCHAR',
  enum: 'VARCHAR',
  integer: 'INTEGER',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  date: 'DATE',
  datetime: 'TIMESTAMPTZ',
};

/** The column of a file view that is TRUE where every value could be read. */
export const PARSED_COLUMN = 'lg_parsed';

export interface FileViewOptions {
  /** The file's mapping: headers (`columns`), raw spellings rewritten before parsing (`values`) and date `formats`. */
  readonly mapping?: DatasetMapping | undefined;
  /** Fields the file must provide (default: every field of the dataset the file has a column for). */
  readonly fields?: readonly string[] | undefined;
}

/** The keys of {@link FileViewOptions}: any other is refused, not ignored. */
const FILE_VIEW_OPTION_KEYS: OptionKeys<FileViewOptions> = { mapping: true, fields: true };

const q = duckdbDialect.quoteIdentifier;
const s = duckdbDialect.stringLiteral;

/** SQL reading a date in a mapping pattern, as `compileDatePattern` does: NULL when it does not match or is no real date. */
function patternDate(pattern: string, text: string): string {
  if (pattern === EXCEL_SERIAL) {
    const serial = `floor(TRY_CAST(${text} AS DOUBLE))`;
    // Excel's 1900 system: serial 60 is a 29 February 1900 that never was; serials below it are a day later.
    return `CASE WHEN regexp_full_match(${text}, '\\d+(\\.\\d+)?') AND ${serial} >= 1 AND ${serial} < 2958466 AND ${serial} <> 60 THEN CAST(DATE '1970-01-01' + CAST(${serial} - ${EXCEL_UNIX_EPOCH} + CASE WHEN ${serial} < 60 THEN 1 ELSE 0 END AS INTEGER) AS DATE) END`;
  }
  const compiled = datePatternRegex(pattern);
  if (typeof compiled === 'string') throw invalidArgument('map', compiled);
  const part = (group: number): string => `CAST(regexp_extract(${text}, ${s(compiled.source)}, ${group}) AS INTEGER)`;
  const checks = [`regexp_matches(${text}, ${s(compiled.source)})`];
  if (compiled.hour > 0) checks.push(`${part(compiled.hour)} <= 23`);
  if (compiled.minute > 0) checks.push(`${part(compiled.minute)} <= 59`);
  if (compiled.second > 0) checks.push(`${part(compiled.second)} <= 59`);
  return `CASE WHEN ${checks.join(' AND ')} THEN TRY_CAST(printf('%04d-%02d-%02d', ${part(compiled.year)}, ${part(compiled.month)}, ${part(compiled.day)}) AS DATE) END`;
}

/** SQL turning a trimmed text cell into the field's type: NULL when it cannot be read. */
function typed(field: Field, text: string, pattern: string | undefined): string {
  if (pattern !== undefined && (field.type === 'date' || field.type === 'datetime')) {
    const day = patternDate(pattern, text);
    // Midnight in the session's time zone (Asia/Shanghai) keeps the civil date of a datetime.
    return field.type === 'date' ? day : `CAST(${day} AS TIMESTAMPTZ)`;
  }
  switch (field.type) {
    case 'string':
      return text;
    case 'enum': {
      const cases = field.values.flatMap((entry) =>
        [entry.value, ...(entry.synonyms ?? [])].map(
          (spelling) => `WHEN ${s(normalizeText(spelling).toLowerCase())} THEN ${s(entry.value)}`,
        ),
      );
      // Undeclared values pass through unchanged, so the query's enum check quarantines them.
      return `CASE lower(${text}) ${cases.join(' ')} ELSE ${text} END`;
    }
    case 'integer':
      return field.default === undefined
        ? `TRY_CAST(${text} AS BIGINT)`
        : `CASE WHEN ${text} IS NULL THEN ${field.default} ELSE TRY_CAST(${text} AS BIGINT) END`;
    case 'number':
      return field.default === undefined
        ? `TRY_CAST(${text} AS DOUBLE)`
        : `CASE WHEN ${text} IS NULL THEN ${field.default} ELSE TRY_CAST(${text} AS DOUBLE) END`;
    case 'boolean': {
      const cases = [...BOOLEAN_SPELLINGS].map(
        ([spelling, value]) => `WHEN ${s(spelling)} THEN ${value ? 'TRUE' : 'FALSE'}`,
      );
      const read = `CASE lower(${text}) ${cases.join(' ')} END`;
      return field.default === undefined
        ? read
        : `CASE WHEN ${text} IS NULL THEN ${field.default ? 'TRUE' : 'FALSE'} ELSE ${read} END`;
    }
    case 'date':
      return `TRY_CAST(${text} AS DATE)`;
    case 'datetime':
      // Text without an offset is Shanghai time: the session's TimeZone is set to Asia/Shanghai.
      return `TRY_CAST(${text} AS TIMESTAMPTZ)`;
  }
}

/**
 * The fields a view reads: those asked for, and those the dataset's checks read, when the file has
 * them, as in process (a missing one is a typed NULL column, so a check reading it is unknown and
 * keeps the record).
 */
function fieldsToRead(dataset: Dataset, fields: readonly string[] | undefined) {
  const checked = new Set(
    (dataset.checks ?? []).flatMap((check) => predicateOperands(check.rule).flatMap(operandFields)),
  );
  const ruleOnly =
    fields === undefined
      ? []
      : dataset.fields.filter((field) => checked.has(field.name) && !fields.includes(field.name));
  const wanted = dataset.fields.filter(
    (field) => fields === undefined || fields.includes(field.name) || ruleOnly.includes(field),
  );
  return { checked, ruleOnly, wanted };
}

/**
 * The SQL value of a checked field the file lacks: its default when it has one, else NULL, so a
 * check reading it binds and sees it empty, as the in-process reader does.
 */
function absentValue(field: Field): string {
  if (!('default' in field) || field.default === undefined) return 'NULL';
  if (typeof field.default === 'boolean') return field.default ? 'TRUE' : 'FALSE';
  return String(field.default);
}

/**
 * Makes a CSV or Parquet file queryable by lawgauge's DuckDB SQL as a temporary view named
 * `view`: one typed column per field (headers matched by mapping, field name or label; empty
 * markers as NULL; enum synonyms to canonical values; booleans in every accepted spelling) and
 * `lg_parsed`, FALSE for records with a value that could not be read (they are quarantined); a
 * mapping's `values` and `formats` apply as in process. DuckDB streams the file, so files larger than
 * memory work. CSV must be UTF-8, and text is trimmed but not NFKC-normalised (full-width digits
 * do not read as numbers here).
 */
export async function createFileView(
  connection: SqlConnection,
  view: string,
  dataset: Dataset,
  path: string,
  options: FileViewOptions = {},
): Promise<void> {
  checkOptionKeys(options, FILE_VIEW_OPTION_KEYS);
  if (connection.dialect !== 'duckdb') throw invalidArgument('engine', 'data files are read by the DuckDB engine only');
  const parquet = ['.parquet', '.pq'].includes(extname(path).toLowerCase());
  const source = parquet
    ? `read_parquet(${s(path)})`
    : `read_csv(${s(path)}, header = true, all_varchar = true, auto_detect = true)`;
  await connection.query("SET TimeZone = 'Asia/Shanghai'", []);
  const described = await connection.query(`DESCRIBE SELECT * FROM ${source}`, []);
  const headers = described.map((row) => String(row[0]));
  const { checked, ruleOnly, wanted } = fieldsToRead(dataset, options.fields);
  // The in-process reader's header matching, with its errors (blank, duplicate, missing headers).
  const { columns: headerOf } = planColumns(headers, wanted, {
    mapping: options.mapping,
    source: path,
    optional: options.fields === undefined ? wanted.map((field) => field.name) : ruleOnly.map((field) => field.name),
  });
  const present = wanted.filter((field) => headerOf.has(field.name));
  // Every checked field the file lacks, asked for or not, so a check reading it binds and sees it
  // empty (its default when it has one), as the in-process reader does.
  const absentChecked = wanted
    .filter((field) => checked.has(field.name) && !headerOf.has(field.name))
    .map((field) => `CAST(${absentValue(field)} AS ${SQL_TYPES[field.type]}) AS ${q(field.name)}`);
  if (parquet) {
    const columns = [
      ...present.map((field) => `${q(headerOf.get(field.name)!)} AS ${q(field.name)}`),
      ...absentChecked,
    ];
    await connection.query(
      `CREATE OR REPLACE TEMP VIEW ${q(view)} AS SELECT ${[...columns, `TRUE AS ${PARSED_COLUMN}`].join(', ')} FROM ${source}`,
      [],
    );
    return;
  }
  const markers = [...EMPTY_MARKERS].map(s).join(', ');
  const rewritten = (field: Field): string => {
    const column = q(headerOf.get(field.name)!);
    const rewrites = Object.entries(options.mapping?.values?.[field.name] ?? {});
    return rewrites.length === 0
      ? column
      : `CASE trim(${column}) ${rewrites.map(([raw, value]) => `WHEN ${s(raw.trim())} THEN ${s(value)}`).join(' ')} ELSE ${column} END`;
  };
  const texts = present.map(
    (field, i) =>
      `CASE WHEN lower(trim(${rewritten(field)})) IN (${markers}) THEN NULL ELSE trim(${rewritten(field)}) END AS lg_t${i}`,
  );
  const pattern = (field: Field): string | undefined => options.mapping?.formats?.[field.name];
  const columns = [
    ...present.map((field, i) => `${typed(field, `lg_t${i}`, pattern(field))} AS ${q(field.name)}`),
    ...absentChecked,
  ];
  const parsed = present.map(
    (field, i) => `(lg_t${i} IS NULL OR ${typed(field, `lg_t${i}`, pattern(field))} IS NOT NULL)`,
  );
  await connection.query(
    `CREATE OR REPLACE TEMP VIEW ${q(view)} AS SELECT ${[...columns, `${parsed.length === 0 ? 'TRUE' : parsed.join(' AND ')} AS ${PARSED_COLUMN}`].join(', ')} FROM (SELECT ${texts.join(', ')} FROM ${source})`,
    [],
  );
}
