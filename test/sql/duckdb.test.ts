import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { evaluate, evaluateSql, ingest, type LawGaugeError, type SqlConnection } from '../../src/index.js';
import { duckdbConnection } from '../../src/node/index.js';
import { loadTable } from './support/sql-tables.js';
import { checkRandomTables, compareEngines, describeEngineEquality, generateCatalogData, loadCatalog } from './support/differential.js';

const ROWS = 100_000;
let instance: DuckDBInstance;
let connection: SqlConnection;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = duckdbConnection(await instance.connect());
});
afterAll(() => instance.closeSync());

describeEngineEquality('DuckDB', () => connection, ROWS);

test('DuckDB: two group fields, and an indicator list with a complement but not its base', async () => {
  const indicators = ['acceptance_rate', 'median_trial_days', 'enforcement_recovery_rate'];
  // The in-process table keeps (and checks) only what these indicators read, as the SQL query does.
  const data = generateCatalogData('court-case-quality', 30_000, 5, indicators);
  await loadCatalog(connection, data);
  const options = { period: 'quarter' as const, by: ['procedure', 'district'], from: '2019-01-01', to: '2019-12-31', indicators };
  const { actual, differences } = await compareEngines(data, connection, options);
  expect(differences).toEqual([]);
  expect(actual.map((report) => report.indicator.id)).toEqual(options.indicators);
});

test('DuckDB: a group value "*" (the total marker) is refused as in process, naming dataset and field', async () => {
  const data = generateCatalogData('court-case-quality', 2_000, 11, ['acceptance_rate']);
  const records = data.records['cases']!.map((record, index) => (index % 500 === 7 ? { ...record, district: '*' } : record));
  await loadTable(connection, { dataset: data.catalog.datasets[0]!, table: 'cases_starred' }, records);
  const options = { from: '2019-01-01', to: '2019-12-31', by: ['district'], indicators: ['acceptance_rate'] };
  const inProcess = (() => {
    try {
      evaluate(data.catalog, { cases: ingest(data.catalog.datasets[0]!, records) }, options);
    } catch (error) {
      return error as LawGaugeError;
    }
    throw new Error('accepted');
  })();
  expect(inProcess.issues[0]!.code).toBe('total_marker_value');
  await expect(evaluateSql(data.catalog, connection, { ...options, tables: { cases: 'cases_starred' } })).rejects.toThrow(
    'datasets.cases.district: records have the value "*", which Reports use for the total row',
  );
});

test('DuckDB: random small tables and options (fast-check) give the same Reports', async () => {
  await checkRandomTables(connection, 'cases_small_random', 25);
}, 120_000);
