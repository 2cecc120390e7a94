import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset, Field, SqlConnection, SqlDialectName } from '../../../src/index.js';
import { DIALECTS } from '../../../src/internal.js';
import type { GeneratedRecord, GeneratedValue } from './generate-records.js';

function columnType(dialect: SqlDialectName, field: Field): string {
  const nullable = (type: string): string =>
    dialect === 'clickhouse' && field.required !== true ? `Nullable(${type})` : type;
  switch (field.type) {
    case 'string':
    case 'enum':
      return dialect === 'clickhouse' ? nullable('String') : dialect === 'duckdb' ? 'VARCHAR' : 'text';
    case 'integer':
      return dialect === 'clickhouse' ? nullable('Int64') : 'BIGINT';
    case 'number':
      return dialect === 'clickhouse' ? nullable('Float64') : dialect === 'duckdb' ? 'DOUBLE' : 'double precision';
    case 'boolean':
      return dialect === 'clickhouse' ? nullable('UInt8') : 'BOOLEAN';
    case 'date':
      return dialect === 'clickhouse' ? nullable('Date') : 'DATE';
    case 'datetime':
      return dialect === 'clickhouse'
        ? nullable("DateTime('UTC')")
        : dialect === 'duckdb'
          ? 'TIMESTAMPTZ'
          : 'timestamptz';
  }
}

export interface TableSpec {
  readonly dataset: Dataset;
  readonly table: string;
  /** Column name of each field, when not the field name. */
  readonly columns?: Readonly<Record<string, string>>;
  /** ClickHouse engine clause; default a MergeTree. */
  readonly engine?: string;
}

/** Creates (replacing) a table typed after the dataset and inserts the records in batches. */
export async function loadTable(
  connection: SqlConnection,
  spec: TableSpec,
  records: readonly GeneratedRecord[],
): Promise<void> {
  const dialect = connection.dialect;
  const d = DIALECTS[dialect];
  const table = d.quoteIdentifier(spec.table);
  const name = (field: Field): string => d.quoteIdentifier(spec.columns?.[field.name] ?? field.name);
  await connection.query(`DROP TABLE IF EXISTS ${table}`, []);
  const columns = spec.dataset.fields.map((field) => `${name(field)} ${columnType(dialect, field)}`).join(', ');
  const engine = dialect === 'clickhouse' ? ` ENGINE = ${spec.engine ?? 'MergeTree ORDER BY tuple()'}` : '';
  await connection.query(`CREATE TABLE ${table} (${columns})${engine}`, []);
  await insertRows(connection, spec, table, records);
}

/** A value as CSV (DuckDB, PostgreSQL) or TSV (ClickHouse) text; `\\N` is null in both. */
function textValue(dialect: SqlDialectName, field: Field, value: GeneratedValue): string {
  if (value === null) return '\\N';
  if (field.type === 'boolean') return dialect === 'clickhouse' ? (value ? '1' : '0') : value ? 'true' : 'false';
  if (field.type === 'datetime' && dialect === 'clickhouse')
    return new Date(String(value)).toISOString().slice(0, 19).replace('T', ' ');
  const text = String(value);
  if (dialect === 'clickhouse') return text.replaceAll('\\', '\\\\').replaceAll('\t', '\\t').replaceAll('\n', '\\n');
  return field.type === 'string' || field.type === 'enum' ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Bulk-loads records the engine's fast way: DuckDB reads a CSV file, PostgreSQL COPYs it
 * (server side: the test cluster runs on this machine), ClickHouse takes TSV in the INSERT body.
 */
export async function insertRows(
  connection: SqlConnection,
  spec: TableSpec,
  table: string,
  records: readonly GeneratedRecord[],
): Promise<void> {
  const dialect = connection.dialect;
  const d = DIALECTS[dialect];
  const fields = spec.dataset.fields;
  const names = fields.map((field) => d.quoteIdentifier(spec.columns?.[field.name] ?? field.name)).join(', ');
  const separator = dialect === 'clickhouse' ? '\t' : ',';
  const lines = records.map((record) =>
    fields.map((field) => textValue(dialect, field, record[field.name] ?? null)).join(separator),
  );
  if (lines.length === 0) return;
  if (dialect === 'clickhouse') {
    await connection.query(`INSERT INTO ${table} (${names}) FORMAT TabSeparated\n${lines.join('\n')}\n`, []);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'lawgauge-load-'));
  const file = join(dir, 'rows.csv');
  try {
    writeFileSync(file, `${lines.join('\n')}\n`);
    chmodSync(dir, 0o755);
    chmodSync(file, 0o644);
    if (dialect === 'postgres') {
      await connection.query(
        `COPY ${table} (${names}) FROM ${d.stringLiteral(file)} WITH (FORMAT csv, NULL '\\N')`,
        [],
      );
    } else {
      const types = fields
        .map(
          (field) =>
            `${d.stringLiteral(spec.columns?.[field.name] ?? field.name)}: ${d.stringLiteral(columnType(dialect, field))}`,
        )
        .join(', ');
      await connection.query(
        `INSERT INTO ${table} (${names}) SELECT * FROM read_csv(${d.stringLiteral(file)}, header = false, auto_detect = false, nullstr = '\\N', quote = '"', escape = '"', columns = {${types}})`,
        [],
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
