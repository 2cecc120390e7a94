import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, test } from 'vitest';
import {
  builtInCatalog,
  LawGaugeError,
  evaluate,
  evaluateSql,
  ingest,
  SQL_DIALECTS,
  toSql,
  type Catalog,
  type SqlDialectName,
} from '../../src/index.js';
import { DIALECTS } from '../../src/internal.js';
import { duckdbConnection } from '../../src/node/index.js';
import { reportDifferences } from '../../scripts/compare-reports.js';
import { generateRecords } from './support/generate-records.js';
import { loadTable } from './support/sql-tables.js';

const HOSTILE_TABLE = `cases"; DROP TABLE victim; --\`'\\ 案件`;
const HOSTILE_COLUMN = `district'); DROP TABLE victim; -- "\`\\n 区`;
const HOSTILE_VALUE = `'; DROP TABLE victim; -- \\' " \` \\\\ 刑事`;

/** The court catalog with one more case type spelled as an injection, and an indicator filtering on it. */
function catalogWithValue(value: string): Catalog {
  const catalog = structuredClone(builtInCatalog('court-case-quality'));
  const caseType = catalog.datasets[0]!.fields.find((field) => field.name === 'case_type') as unknown as {
    values: { value: string }[];
  };
  caseType.values.push({ value });
  return {
    ...catalog,
    indicators: [
      ...catalog.indicators,
      {
        ...catalog.indicators[0]!,
        id: 'odd_cases',
        measure: { kind: 'count', of: { time: { flow: 'filed_on' }, where: { field: 'case_type', op: 'eq', value } } },
      },
    ],
  } as Catalog;
}

const options = { period: 'quarter' as const, by: 'district', from: '2019-01-01', to: '2019-12-31' };

describe('hostile table, column and value names cannot change a query', () => {
  test.each(
    SQL_DIALECTS.flatMap((dialect) =>
      (['bind', 'inline'] as const).map((parameters) => [dialect, parameters] as const),
    ),
  )(
    '%s with %s values: the query equals the benign one once the quoted names are swapped back',
    (dialect: SqlDialectName, parameters) => {
      const d = DIALECTS[dialect];
      const compile = (table: string, column: string, value: string): { sql: string; params: readonly string[] } => {
        const [query] = toSql(catalogWithValue(value), {
          ...options,
          dialect,
          parameters,
          tables: { cases: [table] },
          columns: { cases: { district: column } },
        });
        return query!;
      };
      const hostile = compile(HOSTILE_TABLE, HOSTILE_COLUMN, HOSTILE_VALUE);
      const benign = compile('t_benign', 'c_benign', 'v_benign');
      const swapped = hostile.sql
        .split(d.quoteIdentifier(HOSTILE_TABLE))
        .join(d.quoteIdentifier('t_benign'))
        .split(d.quoteIdentifier(HOSTILE_COLUMN))
        .join(d.quoteIdentifier('c_benign'))
        .split(d.stringLiteral(HOSTILE_VALUE))
        .join(d.stringLiteral('v_benign'));
      expect(swapped).toBe(benign.sql);
      // Bound values travel outside the SQL text altogether.
      expect(hostile.params.map((param) => (param === HOSTILE_VALUE ? 'v_benign' : param))).toEqual(benign.params);
      if (parameters === 'bind' && d.placeholder !== null) expect(hostile.params).toContain(HOSTILE_VALUE);
    },
  );

  test('a NUL character is refused rather than truncated, as a LawGaugeError naming it', () => {
    let caught: unknown;
    try {
      toSql(builtInCatalog('court-case-quality'), { ...options, dialect: 'postgres', tables: { cases: 'a\u0000b' } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LawGaugeError);
    expect((caught as LawGaugeError).code).toBe('invalid_argument');
    expect((caught as LawGaugeError).issues).toEqual([
      {
        code: 'unrepresentable_in_sql',
        path: [],
        message: 'identifier "a\\u0000b" contains a NUL character, which SQL engines cannot hold',
        params: { reason: 'nul', what: 'identifier', value: '"a\\u0000b"' },
      },
    ]);
  });

  test('an empty part of a table name is refused with its place', () => {
    let caught: unknown;
    try {
      toSql(builtInCatalog('court-case-quality'), { ...options, dialect: 'duckdb', tables: { cases: 'main..cases' } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LawGaugeError);
    expect((caught as LawGaugeError).message).toBe(
      'options.tables.cases: expected a table name (parts joined by ".", none empty), got "main..cases"',
    );
  });

  test('DuckDB runs the hostile query: same Reports as in process, and the victim table survives', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = duckdbConnection(await instance.connect());
    await connection.query('CREATE TABLE victim (x INTEGER)', []);
    const catalog = catalogWithValue(HOSTILE_VALUE);
    const dataset = catalog.datasets[0]!;
    const records = generateRecords(dataset, { rows: 3_000, seed: 9 });
    records.forEach((record, index) => {
      if (index % 10 === 0) record.case_type = HOSTILE_VALUE;
    });
    await loadTable(connection, { dataset, table: HOSTILE_TABLE, columns: { district: HOSTILE_COLUMN } }, records);
    const expected = evaluate(catalog, { cases: ingest(dataset, records) }, options);
    const actual = await evaluateSql(catalog, connection, {
      ...options,
      tables: { cases: [HOSTILE_TABLE] },
      columns: { cases: { district: HOSTILE_COLUMN } },
    });
    expect(reportDifferences(expected, actual)).toEqual([]);
    const odd = actual.find((report) => report.indicator.id === 'odd_cases')!;
    expect(
      odd.rows.filter((row) => row.group.district === '*').reduce((sum, row) => sum + (row.value ?? 0), 0),
    ).toBeGreaterThan(0);
    expect(await connection.query('SELECT count(*) FROM victim', [])).toEqual([[0n]]);
    instance.closeSync();
  });
});
