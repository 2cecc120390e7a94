import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  builtInCatalog,
  evaluate,
  evaluateSql,
  fieldsUsed,
  ingest,
  ingestCsv,
  parseCatalog,
  toSql,
  type LawGaugeError,
  type SqlConnection,
} from '../../src/index.js';
import { reportDifferences } from '../../scripts/compare-reports.js';
import { createFileView, duckdbConnection, PARSED_COLUMN } from '../../src/node/index.js';
import { loadTable } from './support/sql-tables.js';
import {
  checkRandomTables,
  compareEngines,
  describeEngineEquality,
  generateCatalogData,
  loadCatalog,
} from './support/differential.js';

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
  const options = {
    period: 'quarter' as const,
    by: ['procedure', 'district'],
    from: '2019-01-01',
    to: '2019-12-31',
    indicators,
  };
  const { actual, differences } = await compareEngines(data, connection, options);
  expect(differences).toEqual([]);
  expect(actual.map((report) => report.indicator.id)).toEqual(options.indicators);
});

test('DuckDB: a group value "*" (the total marker) is refused as in process, naming dataset and field', async () => {
  const data = generateCatalogData('court-case-quality', 2_000, 11, ['acceptance_rate']);
  const records = data.records['cases']!.map((record, index) =>
    index % 500 === 7 ? { ...record, district: '*' } : record,
  );
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
  await expect(
    evaluateSql(data.catalog, connection, { ...options, tables: { cases: 'cases_starred' } }),
  ).rejects.toThrow('datasets.cases.district: records have the value "*", which Reports use for the total row');
});

test('DuckDB: a mean of ages at the period end over pending cases keeps the full expansion (its values change every period) and matches', async () => {
  const court = builtInCatalog('court-case-quality');
  const meanAge = {
    id: 'pending_mean_age',
    label: { 'zh-CN': '未结案件平均案龄', en: 'Mean age of pending cases' },
    description: {
      'zh-CN': '期末未结案件自立案起的平均天数',
      en: 'Mean days since filing of the cases pending at the period end',
    },
    unit: 'days',
    polarity: 'lower-better',
    dataset: 'cases',
    measure: {
      kind: 'mean',
      value: { age: 'filed_on' },
      of: { time: { pending: 'end', from: 'filed_on', to: 'closed_on' } },
    },
  };
  const pending = court.indicators.find((indicator) => indicator.id === 'pending_cases')!;
  const catalog = parseCatalog({ ...court, composites: [], indicators: [pending, meanAge] });
  const onlyCounts = parseCatalog({ ...court, composites: [], indicators: [pending] });
  const options = { period: 'day' as const, by: 'district', from: '2019-03-01', to: '2019-04-30' };
  expect(toSql(onlyCounts, { dialect: 'duckdb', ...options })[0]!.sql).toMatch(/ AS lg_d0\b/);
  expect(toSql(catalog, { dialect: 'duckdb', ...options })[0]!.sql).not.toMatch(/ AS lg_d0\b/);
  const data = generateCatalogData('court-case-quality', 5_000, 17);
  await loadTable(connection, { dataset: catalog.datasets[0]!, table: 'cases_age' }, data.records['cases']!);
  // In process, only the fields read are kept and checked, as the SQL query does.
  const fields = [...fieldsUsed(catalog).get('cases')!, 'district'];
  const expected = evaluate(
    catalog,
    { cases: ingest(catalog.datasets[0]!, data.records['cases']!, { fields }) },
    options,
  );
  const actual = await evaluateSql(catalog, connection, { ...options, tables: { cases: 'cases_age' } });
  expect(reportDifferences(expected, actual)).toEqual([]);
  expect(actual[1]!.rows.filter((row) => row.value !== null).length).toBeGreaterThan(100);
});

test('DuckDB: random small tables and options (fast-check) give the same Reports', async () => {
  await checkRandomTables(connection, 'cases_small_random', 25);
}, 120_000);

test('DuckDB file view: a check reading a column the file lacks sees it empty, as in process, with or without `fields`', async () => {
  const court = builtInCatalog('court-case-quality');
  const cases = court.datasets[0]!;
  const checks = [
    ...cases.checks!,
    {
      id: 'appeal_has_outcome',
      rule: {
        or: [
          { field: 'appealed', op: 'ne' as const, value: true },
          { field: 'appeal_outcome', op: 'notNull' as const },
        ],
      },
    },
  ];
  const catalog = parseCatalog({ ...court, datasets: [{ ...cases, checks }] });
  const directory = mkdtempSync(join(tmpdir(), 'lawgauge-view-'));
  const file = join(directory, 'cases.csv');
  writeFileSync(
    file,
    [
      'case_id,district,case_type,procedure,filed_on,appealed',
      'A1,黄浦区,民事,一审,2019-01-07,是',
      'A2,黄浦区,民事,一审,2019-01-08,否',
      'A3,徐汇区,民事,一审,2019-02-08,',
    ].join('\n'),
  );
  const options = { from: '2019-01-01', to: '2019-12-31', period: 'year' as const, indicators: ['filed_cases'] };
  const dataset = catalog.datasets[0]!;
  const inProcess = evaluate(
    catalog,
    {
      cases: ingestCsv(dataset, readFileSync(file, 'utf8'), {
        fields: fieldsUsed(catalog, options.indicators).get('cases')!,
      }).table,
    },
    options,
  );
  expect(inProcess[0]!.quality['cases']).toEqual({ read: 3, used: 2, quarantined: 1, skipped: 0 });
  for (const fields of [fieldsUsed(catalog, options.indicators).get('cases')!, undefined]) {
    await createFileView(connection, 'lg_view_cases', dataset, file, { fields });
    const onEngine = await evaluateSql(catalog, connection, {
      ...options,
      tables: { cases: ['lg_view_cases'] },
      validColumns: { cases: PARSED_COLUMN },
    });
    expect(reportDifferences(inProcess, onEngine)).toEqual([]);
  }
});
