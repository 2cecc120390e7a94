import { DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { builtInCatalog, evaluate, evaluateSql, formatDay, ingest, PERIOD_UNITS, type SqlConnection } from '../../src/index.js';
import { duckdbConnection } from '../../src/node/index.js';
import { reportDifferences } from '../../scripts/compare-reports.js';
import { compareEngines, describeEngineEquality, generateCatalogData, loadCatalog } from './support/differential.js';
import { FIRST_DAY, generateRecords, LAST_DAY } from './support/generate-records.js';
import { loadTable } from './support/sql-tables.js';

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
  const catalog = builtInCatalog('court-case-quality');
  const dataset = catalog.datasets[0]!;
  await fc.assert(
    fc.asyncProperty(
      fc.record({
        seed: fc.integer({ min: 1, max: 1_000_000 }),
        rows: fc.integer({ min: 0, max: 300 }),
        period: fc.constantFrom(...PERIOD_UNITS.filter((unit) => unit !== 'day')),
        from: fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
        span: fc.integer({ min: 0, max: 500 }),
        toDate: fc.boolean(),
        grouped: fc.boolean(),
      }),
      async ({ seed, rows, period, from, span, toDate, grouped }) => {
        const records = generateRecords(dataset, { rows, seed, invalidShare: 0.02 });
        await loadTable(connection, { dataset, table: 'cases_small' }, records);
        const options = { period, from: formatDay(from), to: formatDay(from + span), toDate, ...(grouped ? { by: 'district' } : {}) };
        const expected = evaluate(catalog, { cases: ingest(dataset, records) }, options);
        const actual = await evaluateSql(catalog, connection, { ...options, tables: { cases: 'cases_small' } });
        expect(reportDifferences(expected, actual)).toEqual([]);
      },
    ),
    { numRuns: 25, seed: 20261128 },
  );
}, 120_000);
