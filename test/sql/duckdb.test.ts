import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { SqlConnection } from '../../src/index.js';
import { duckdbConnection } from '../../src/node/index.js';
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

test('DuckDB: random small tables and options (fast-check) give the same Reports', async () => {
  await checkRandomTables(connection, 'cases_small_random', 25);
}, 120_000);
