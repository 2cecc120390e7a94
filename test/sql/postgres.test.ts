import { afterAll, beforeAll, expect, test } from 'vitest';
import { connectSql, type OpenSqlConnection } from '../../src/node/index.js';
import {
  checkRandomTables,
  compareEngines,
  describeEngineEquality,
  generateCatalogData,
  loadCatalog,
} from './support/differential.js';
import { startPostgres, type Started } from '../../scripts/sql-servers.js';
import { reportDifferences } from '../../scripts/compare-reports.js';
import type { Report } from '../../src/index.js';

// A throwaway cluster from Debian's postgresql package, on a free loopback port.
let server: Started<{ url: string }>;
let connection: OpenSqlConnection | null = null;

beforeAll(async () => {
  server = await startPostgres();
  if (!server.ok) {
    console.warn(`PostgreSQL suite skipped: ${server.reason}`);
    return;
  }
  connection = await connectSql(server.value.url);
}, 300_000);

afterAll(async () => {
  await connection?.close();
  if (server?.ok) await server.stop();
});

describeEngineEquality('PostgreSQL', () => connection, 100_000);

test('PostgreSQL: two group fields and a complement without its base', async (context) => {
  if (connection === null) return context.skip();
  const indicators = ['acceptance_rate', 'median_trial_days', 'enforcement_recovery_rate', 'long_pending_ratio'];
  const data = generateCatalogData('court-case-quality', 20_000, 5, indicators);
  await loadCatalog(connection, data, (id) => `${id}_two_groups`);
  const { differences } = await compareEngines(
    data,
    connection,
    { period: 'quarter', by: ['procedure', 'district'], from: '2019-01-01', to: '2019-12-31', indicators },
    { cases: 'cases_two_groups' },
  );
  expect(differences).toEqual([]);
});

test('lawgauge compute --engine postgres://… --table gives the Reports of the in-process engine', async (context) => {
  if (connection === null || !server.ok) return context.skip();
  const { runCli } = await import('../../src/cli/main.js');
  const data = generateCatalogData('procuratorate', 5_000, 61);
  await loadCatalog(connection, data, (id) => `cli_${id}`);
  let out = '';
  const code = await runCli(
    [
      'compute',
      '--catalog',
      'procuratorate',
      '--engine',
      server.value.url,
      '--table',
      'procuratorate_cases=cli_procuratorate_cases',
      '--by',
      'district',
      '--from',
      '2019-01-01',
      '--to',
      '2019-12-31',
      '--format',
      'json',
      '--quiet',
    ],
    { out: (text) => (out += text), err: () => {}, errIsTTY: false },
  );
  expect(code).toBe(0);
  const { expected } = await compareEngines(
    data,
    connection,
    { by: 'district', from: '2019-01-01', to: '2019-12-31' },
    { procuratorate_cases: 'cli_procuratorate_cases' },
  );
  expect(reportDifferences(expected, JSON.parse(out) as Report[])).toEqual([]);
});

test('PostgreSQL: random small tables and options (fast-check) give the same Reports', async (context) => {
  if (connection === null) return context.skip();
  await checkRandomTables(connection, 'cases_random', 10);
}, 120_000);
