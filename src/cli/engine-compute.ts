import type { Catalog } from '../model/catalog.js';
import type { Mapping } from '../model/mapping.js';
import type { Report } from '../model/report.js';
import { mappingEntries } from '../ingest/parse-mapping.js';
import { connectSql } from '../node/sql-connections.js';
import { createFileView, PARSED_COLUMN } from '../node/duckdb-file-view.js';
import { evaluateSql, type EvaluateSqlOptions } from '../sql/evaluate-sql.js';
import type { ReadSummary } from './data-summary.js';
import { UsageError } from './usage.js';
import { LawGaugeError } from '../errors/law-gauge-error.js';
import { EngineFailure, withoutCredentials } from './engine-failure.js';

export interface EngineInput {
  readonly engine: string;
  readonly catalog: Catalog;
  /** `--data` files (DuckDB only): dataset → path. */
  readonly files: ReadonlyMap<string, string>;
  /** `--table` names: dataset → table. */
  readonly tables: ReadonlyMap<string, string>;
  readonly mapping: Mapping | undefined;
  /** Fields each dataset must provide. */
  readonly used: ReadonlyMap<string, readonly string[]>;
  readonly by: readonly string[];
  readonly options: EvaluateSqlOptions;
}

/** `--table name=table` pairs, each dataset once. */
export function tableNames(values: readonly string[], catalog: Catalog): Map<string, string> {
  const tables = new Map<string, string>();
  for (const value of values) {
    const split = value.indexOf('=');
    if (split <= 0 || split === value.length - 1) throw new UsageError((messages) => messages.tablePair(value));
    const dataset = value.slice(0, split);
    if (!catalog.datasets.some((candidate) => candidate.id === dataset))
      throw new UsageError((messages) => messages.noSuchDataset('--table', catalog.id, dataset));
    if (tables.has(dataset)) throw new UsageError((messages) => messages.givenTwice('--table', dataset));
    tables.set(dataset, value.slice(split + 1));
  }
  return tables;
}

/**
 * `compute --engine …`: the aggregation runs in DuckDB (over `--data` CSV/Parquet files or the
 * tables of a DuckDB database), PostgreSQL or ClickHouse; only aggregates come back. Returns the
 * Reports and, per dataset, the counts the engine reported (it counts quarantined records but
 * does not list them).
 */
export async function computeOnEngine(input: EngineInput): Promise<{ reports: Report[]; reads: ReadSummary[] }> {
  const { engine, catalog, files } = input;
  const isDuckdb = engine === 'duckdb' || engine.startsWith('duckdb:');
  if (!isDuckdb && files.size > 0) throw new UsageError((messages) => messages.filesNeedDuckdb);
  const shownEngine = withoutCredentials(engine);
  let connection: Awaited<ReturnType<typeof connectSql>>;
  try {
    connection = await connectSql(engine);
  } catch (error) {
    if (error instanceof LawGaugeError || error instanceof UsageError) throw error;
    throw new EngineFailure(shownEngine, { kind: 'connect' }, { cause: error });
  }
  const failed =
    (datasets: readonly (readonly [string, string])[]) =>
    (error: unknown): never => {
      if (error instanceof LawGaugeError || error instanceof UsageError) throw error;
      throw new EngineFailure(shownEngine, { kind: 'datasets', datasets }, { cause: error });
    };
  try {
    const tables: Record<string, string | string[]> = {};
    const columns: Record<string, Record<string, string>> = {};
    const validColumns: Record<string, string> = {};
    const entries = new Map(input.mapping === undefined ? [] : mappingEntries(input.mapping));
    for (const [dataset, fields] of input.used) {
      const entry = entries.get(dataset);
      const mapped = entry?.columns;
      const path = files.get(dataset);
      if (path !== undefined) {
        if (path === '-') throw new UsageError((messages) => messages.duckdbNoStdin);
        const view = `lg_file_${dataset}`;
        const definition = catalog.datasets.find((candidate) => candidate.id === dataset)!;
        await createFileView(connection, view, definition, path, {
          mapping: entry,
          fields: [
            ...new Set([
              ...fields,
              ...input.by.filter((name) => definition.fields.some((field) => field.name === name)),
            ]),
          ],
        }).catch(failed([[dataset, path]]));
        tables[dataset] = [view];
        validColumns[dataset] = PARSED_COLUMN;
      } else {
        if (entry?.values !== undefined || entry?.formats !== undefined)
          throw new UsageError((messages) => messages.mapValuesForFiles(dataset));
        tables[dataset] = input.tables.get(dataset) ?? dataset;
        if (mapped !== undefined) columns[dataset] = tableColumns(dataset, mapped);
      }
    }
    const sources = Object.entries(tables).map(
      ([dataset, table]) => [dataset, files.get(dataset) ?? String(table)] as const,
    );
    const reports = await evaluateSql(catalog, connection, { ...input.options, tables, columns, validColumns }).catch(
      failed(sources),
    );
    const reads: ReadSummary[] = [];
    for (const report of reports) {
      const [dataset, quality] = Object.entries(report.quality)[0]!;
      if (reads.some((read) => read.dataset === dataset)) continue;
      const path = files.get(dataset);
      reads.push({
        dataset,
        source: path ?? `${shownEngine} ${String(tables[dataset])}`,
        format: path === undefined ? 'table' : path.toLowerCase().endsWith('.parquet') ? 'parquet' : 'csv',
        encoding: 'utf-8',
        table: { quality: { ...quality, skipped: quality.skipped ?? 0 }, quarantine: [] },
      });
    }
    return { reports, reads };
  } finally {
    await connection.close();
  }
}

/**
 * A mapping's `columns` for a database table. `null` (no such column) applies to files, where
 * the field reads as empty; a table's query names every column it reads, so it is refused here.
 */
export function tableColumns(dataset: string, mapped: Readonly<Record<string, string | null>>): Record<string, string> {
  const absent = Object.keys(mapped).filter((field) => mapped[field] === null);
  if (absent.length > 0) throw new UsageError((messages) => messages.mapAbsentForTable(dataset, absent));
  return mapped as Record<string, string>;
}
