import { describedGot, gotParams } from '../errors/described.js';
import { LawGaugeError } from '../errors/law-gauge-error.js';
import { FORMAT_RULE_WORDS } from '../errors/messages/en.js';
import type { LawGaugeIssue } from '../errors/issues.js';
import type { Catalog } from '../model/catalog.js';
import type { Indicator } from '../model/indicator.js';
import { parseCatalog } from '../model/parse.js';
import { normaliseOptions, type EvaluateOptions, type NormalisedOptions } from '../evaluate/options.js';
import type { OptionKeys } from '../model/option-keys.js';
import { buildPeriodGrid, type PeriodGrid } from '../time/period-grid.js';
import { planAggregate, type AggregatePlan } from './aggregate-plan.js';
import { SQL_DIALECTS, type SqlDialect, type SqlDialectName } from './dialect.js';
import { clickhouseDialect } from './dialect-clickhouse.js';
import { duckdbDialect } from './dialect-duckdb.js';
import { postgresDialect } from './dialect-postgres.js';
import { rangeQuery } from './range-query.js';
import { renderQuery } from './render-query.js';
import { SqlValues } from './sql-values.js';

export const DIALECTS: Readonly<Record<SqlDialectName, SqlDialect>> = {
  duckdb: duckdbDialect,
  postgres: postgresDialect,
  clickhouse: clickhouseDialect,
};

/** Where each dataset lives: a table name (dots separate schema and table) or its parts. */
export type SqlTables = Readonly<Record<string, string | readonly string[]>>;
/** Column names that differ from field names, per dataset: `{cases: {filed_on: "立案日期"}}`. */
export type SqlColumns = Readonly<Record<string, Readonly<Record<string, string>>>>;

export interface SqlOptions extends EvaluateOptions {
  readonly dialect: SqlDialectName;
  /** Table of each dataset; default: the dataset id. */
  readonly tables?: SqlTables;
  readonly columns?: SqlColumns;
  /** Per dataset, a boolean column marking the records the source could read (e.g. a view whose casts failed): the others count as quarantined. */
  readonly validColumns?: Readonly<Record<string, string>>;
  /** `bind` (default): strings as `$n` parameters where the engine takes them; `inline`: escaped literals, for reading or scheduling. */
  readonly parameters?: 'bind' | 'inline';
}

/** One dataset's aggregate query. */
export interface SqlQuery {
  readonly dataset: string;
  readonly dialect: SqlDialectName;
  readonly sql: string;
  /** Values for `$1`, `$2`, … (empty when inlined, and always for ClickHouse). */
  readonly params: readonly string[];
}

/** A compiled evaluation: the queries and what the finishing step needs to read their rows. */
export interface SqlProgram {
  readonly catalog: Catalog;
  readonly options: NormalisedOptions;
  readonly from: number;
  readonly to: number;
  readonly grid: PeriodGrid;
  readonly plans: readonly AggregatePlan[];
  readonly queries: readonly SqlQuery[];
}

function qualifiedName(dialect: SqlDialect, table: string | readonly string[], datasetId: string): string {
  const parts = typeof table === 'string' ? table.split('.') : table;
  if (parts.length === 0 || parts.some((part) => part.length === 0)) {
    const got = gotParams(typeof table === 'string' ? table : table.join('.'));
    throw new LawGaugeError('invalid_argument', 'options', [
      {
        code: 'invalid_format',
        path: ['tables', datasetId],
        message: `${FORMAT_RULE_WORDS.table_name}, got ${describedGot(got)}`,
        params: { format: 'table_name', rule: 'table_name', ...got },
      },
    ]);
  }
  return parts.map((part) => dialect.quoteIdentifier(part)).join('.');
}

function checkSqlOptions(catalog: Catalog, options: SqlOptions): LawGaugeIssue[] {
  const issues: LawGaugeIssue[] = [];
  if (!(SQL_DIALECTS as readonly string[]).includes(options.dialect)) {
    const allowed = SQL_DIALECTS.map((dialect) => JSON.stringify(dialect));
    const got = gotParams(options.dialect);
    issues.push({
      code: 'invalid_value',
      path: ['dialect'],
      message: `expected one of ${allowed.join(', ')}, got ${describedGot(got)}`,
      params: { allowed, ...got },
    });
  }
  const datasets = new Map(catalog.datasets.map((dataset) => [dataset.id, dataset]));
  for (const id of Object.keys(options.tables ?? {})) {
    if (!datasets.has(id))
      issues.push({
        code: 'unknown_reference',
        path: ['tables', id],
        message: `unknown dataset "${id}" in catalog "${catalog.id}"; known: ${[...datasets.keys()].join(', ')}`,
        params: { kind: 'dataset', id, catalog: catalog.id, known: [...datasets.keys()] },
      });
  }
  for (const [id, columns] of Object.entries(options.columns ?? {})) {
    const dataset = datasets.get(id);
    if (dataset === undefined)
      issues.push({
        code: 'unknown_reference',
        path: ['columns', id],
        message: `unknown dataset "${id}" in catalog "${catalog.id}"; known: ${[...datasets.keys()].join(', ')}`,
        params: { kind: 'dataset', id, catalog: catalog.id, known: [...datasets.keys()] },
      });
    else {
      for (const field of Object.keys(columns)) {
        if (!dataset.fields.some((candidate) => candidate.name === field))
          issues.push({
            code: 'unknown_reference',
            path: ['columns', id, field],
            message: `unknown field "${field}" in dataset "${id}"; known: ${dataset.fields.map((known) => known.name).join(', ')}`,
            params: { kind: 'field', id: field, dataset: id, known: dataset.fields.map((known) => known.name) },
          });
      }
    }
  }
  return issues;
}

/** The datasets the chosen indicators read, each with its indicators in order. */
function indicatorsByDataset(catalog: Catalog, normalised: NormalisedOptions): Map<string, Indicator[]> {
  const byId = new Map(catalog.indicators.map((indicator) => [indicator.id, indicator]));
  const byDataset = new Map<string, Indicator[]>();
  for (const id of normalised.indicators) {
    const indicator = byId.get(id)!;
    byDataset.set(indicator.dataset, [...(byDataset.get(indicator.dataset) ?? []), indicator]);
  }
  return byDataset;
}

/** The options of {@link SqlOptions} that `evaluate` does not have (the compiler holds both together). */
const SQL_ONLY_OPTIONS: OptionKeys<Omit<SqlOptions, keyof EvaluateOptions>> = {
  dialect: true,
  tables: true,
  columns: true,
  validColumns: true,
  parameters: true,
};

function prepare(
  catalogInput: Catalog | unknown,
  options: SqlOptions,
): { catalog: Catalog; normalised: NormalisedOptions; dialect: SqlDialect } {
  const catalog = parseCatalog(catalogInput);
  const evaluateOptions = Object.fromEntries(
    Object.entries(options).filter(([key]) => !Object.hasOwn(SQL_ONLY_OPTIONS, key)),
  );
  const issues = checkSqlOptions(catalog, options);
  if (issues.length > 0) throw new LawGaugeError('invalid_argument', 'options', issues);
  return {
    catalog,
    normalised: normaliseOptions(catalog, null, evaluateOptions as EvaluateOptions, SQL_ONLY_OPTIONS),
    dialect: DIALECTS[options.dialect],
  };
}

/** Where one dataset's records are read from, and a fresh set of bound values for its query. */
function datasetSource(catalog: Catalog, options: SqlOptions, dialect: SqlDialect, datasetId: string) {
  return {
    dataset: catalog.datasets.find((dataset) => dataset.id === datasetId)!,
    table: qualifiedName(dialect, options.tables?.[datasetId] ?? datasetId, datasetId),
    columnNames: options.columns?.[datasetId] ?? {},
    validColumn: options.validColumns?.[datasetId],
    values: new SqlValues(dialect, options.parameters !== 'inline'),
  };
}

/** Queries for the day range of the data, one per dataset (see `rangeQuery`), for options without `from` or `to`. */
export function compileRangeQueries(
  catalogInput: Catalog | unknown,
  options: SqlOptions,
): (SqlQuery & { fields: string[] })[] {
  const { catalog, normalised, dialect } = prepare(catalogInput, options);
  return [...indicatorsByDataset(catalog, normalised)].map(([datasetId, indicators]) => {
    const source = datasetSource(catalog, options, dialect, datasetId);
    const { sql, fields } = rangeQuery({ ...source, catalog, indicators, by: normalised.by, dialect });
    const values = source.values;
    return { dataset: datasetId, dialect: dialect.name, sql, params: [...values.params], fields };
  });
}

/**
 * Compiles the chosen indicators into one aggregate query per dataset for the given day range
 * (`range`, as day numbers, replaces the options' `from`/`to`: `evaluateSql` completes them with a
 * range query when the options omit them).
 */
export function compileSql(
  catalogInput: Catalog | unknown,
  options: SqlOptions,
  range?: { from: number; to: number },
): SqlProgram {
  const { catalog, normalised, dialect } = prepare(catalogInput, options);
  // A resolved range (evaluateSql: the given ends, the missing ones from the data) wins.
  const from = range?.from ?? normalised.from ?? undefined;
  const to = range?.to ?? normalised.to ?? undefined;
  if (from === undefined || to === undefined) {
    throw new LawGaugeError('invalid_argument', 'options', [
      {
        code: 'missing_range',
        path: [from === undefined ? 'from' : 'to'],
        message: 'compiling to SQL needs "from" and "to" (YYYY-MM-DD)',
        params: { reason: 'sql' },
      },
    ]);
  }
  const grid = buildPeriodGrid(normalised.period, from, to);
  const plans: AggregatePlan[] = [];
  const queries: SqlQuery[] = [];
  for (const [datasetId, indicators] of indicatorsByDataset(catalog, normalised)) {
    const source = datasetSource(catalog, options, dialect, datasetId);
    const plan = planAggregate({
      ...source,
      catalog,
      indicators,
      grid,
      by: normalised.by,
      toDate: normalised.toDate,
      dialect,
    });
    const values = source.values;
    plans.push(plan);
    queries.push({
      dataset: datasetId,
      dialect: dialect.name,
      sql: renderQuery(plan, dialect),
      params: [...values.params],
    });
  }
  return { catalog, options: normalised, from, to, grid, plans, queries };
}

/**
 * Compiles a catalog's indicators into SQL: one aggregate query per dataset returning, per
 * period × group and for the total, the counts, sums and order statistics the measures need.
 * Run them with `evaluateSql`, or print them for review (`lawgauge sql`).
 */
export function toSql(catalog: Catalog | unknown, options: SqlOptions): SqlQuery[] {
  return [...compileSql(catalog, options).queries];
}
