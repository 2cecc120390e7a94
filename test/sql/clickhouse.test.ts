import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SqlConnection } from '../../src/index.js';
import { DIALECTS } from '../../src/internal.js';
import { clickhouseConnection } from '../../src/node/index.js';
import {
  BUILT_IN,
  checkRandomTables,
  compareEngines,
  describeEngineEquality,
  generateCatalogData,
  OPTION_SETS,
  valuedRows,
  withoutLabel,
} from './support/differential.js';
import { insertRows, loadTable } from './support/sql-tables.js';
import { startClickHouse, type Started } from '../../scripts/sql-servers.js';

// Two servers from Debian's clickhouse-server (18.16 on Debian 12), each one shard of `lg_cluster`.
let servers: Started<{ urls: string[] }>;
let first: SqlConnection | null = null;
let second: SqlConnection | null = null;

beforeAll(async () => {
  servers = await startClickHouse(2);
  if (!servers.ok) {
    console.warn(`ClickHouse suite skipped: ${servers.reason}`);
    return;
  }
  [first, second] = servers.value.urls.map((url) => clickhouseConnection(url));
}, 300_000);

afterAll(async () => {
  if (servers?.ok) await servers.stop();
});

describeEngineEquality('ClickHouse', () => first, 100_000);

describe.each(BUILT_IN)(
  'a two-shard ClickHouse cluster (Distributed table) equals the in-process engine: %s',
  (name) => {
    const data = generateCatalogData(name, 100_000, 23);

    beforeAll(async () => {
      if (first === null || second === null) return;
      const quote = DIALECTS.clickhouse.quoteIdentifier;
      for (const dataset of data.catalog.datasets) {
        const records = data.records[dataset.id]!;
        // Rows split between the shards: even positions on the first server, odd on the second.
        const halves = [records.filter((_, index) => index % 2 === 0), records.filter((_, index) => index % 2 === 1)];
        await loadTable(first, { dataset, table: `${dataset.id}_local` }, halves[0]!);
        await loadTable(second, { dataset, table: `${dataset.id}_local` }, halves[1]!);
        await loadTable(
          first,
          {
            dataset,
            table: `${dataset.id}_dist`,
            engine: `Distributed(lg_cluster, default, ${quote(`${dataset.id}_local`)})`,
          },
          [],
        );
      }
    }, 180_000);

    test('month by district, through the Distributed table', async (context) => {
      if (first === null || second === null) return context.skip();
      const tables = Object.fromEntries(data.catalog.datasets.map((dataset) => [dataset.id, `${dataset.id}_dist`]));
      // Each shard holds half the rows: the distributed answer needs both.
      const [local] = await first.query(`SELECT count() FROM ${data.catalog.datasets[0]!.id}_local`, []);
      expect(Number(local![0])).toBe(50_000);
      const { actual, differences } = await compareEngines(data, first, withoutLabel(OPTION_SETS[0]!), tables);
      expect(differences).toEqual([]);
      expect(valuedRows(actual)).toBeGreaterThan(0);
      expect(Object.values(actual[0]!.quality)[0]!.read).toBe(100_000);
    });
  },
);

test('ClickHouse: inserting through the Distributed table reaches both shards', async (context) => {
  if (first === null || second === null || !servers.ok) return context.skip();
  const data = generateCatalogData('procuratorate', 2_000, 31);
  const dataset = data.catalog.datasets[0]!;
  await loadTable(first, { dataset, table: 'spread_local' }, []);
  await loadTable(second, { dataset, table: 'spread_local' }, []);
  await loadTable(
    first,
    { dataset, table: 'spread_dist', engine: 'Distributed(lg_cluster, default, spread_local, rand())' },
    [],
  );
  // A synchronous distributed insert, so the rows are on the shards when the query runs.
  const syncInsert = clickhouseConnection(`${servers.value.urls[0]!}?insert_distributed_sync=1`);
  await insertRows(syncInsert, { dataset, table: 'spread_dist' }, '`spread_dist`', data.records[dataset.id]!);
  const counts = await Promise.all(
    [first, second].map(async (server) => Number((await server.query('SELECT count() FROM spread_local', []))[0]![0])),
  );
  expect(counts[0]! + counts[1]!).toBe(2_000);
  expect(Math.min(...counts)).toBeGreaterThan(0);
  const { differences } = await compareEngines(data, first, withoutLabel(OPTION_SETS[0]!), {
    procuratorate_cases: 'spread_dist',
  });
  expect(differences).toEqual([]);
});

test('ClickHouse: random small tables and options (fast-check) give the same Reports', async (context) => {
  if (first === null) return context.skip();
  await checkRandomTables(first, 'cases_random', 10);
}, 120_000);
