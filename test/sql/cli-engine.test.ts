import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXIT, runCli } from '../../src/cli/main.js';
import { builtInCatalog, type Report } from '../../src/index.js';
import { duckdbConnection } from '../../src/node/index.js';
import { reportDifferences } from '../../scripts/compare-reports.js';
import { generateRecords } from './support/generate-records.js';
import { loadTable } from './support/sql-tables.js';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text), errIsTTY: false });
  return { code, out, err };
}

/** A cases CSV as exports come: Chinese enum spellings, 是/否, empty markers, and a few unreadable values. */
function casesCsv(directory: string): { file: string; unreadable: number } {
  const dataset = builtInCatalog('court-case-quality').datasets[0]!;
  const records = generateRecords(dataset, { rows: 3_000, seed: 41 });
  const spell: Record<string, string> = { criminal: '刑事', civil: '民事', first_instance: '一审' };
  const lines = [dataset.fields.map((field) => field.name).join(',')];
  records.forEach((record, index) => {
    const cells = dataset.fields.map((field) => {
      const value = record[field.name];
      if (value === null || value === undefined) return index % 2 === 0 ? '' : '—';
      if (typeof value === 'boolean') return value ? '是' : '否';
      if (field.name === 'filed_on' && index % 500 === 7) return '2019-02-30';
      if (field.name === 'time_limit_days' && index % 700 === 3) return 'ninety';
      return spell[String(value)] ?? String(value);
    });
    lines.push(cells.join(','));
  });
  const file = join(directory, 'cases.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  // Rows with 30 February or "ninety" (only where the record has a time limit to replace), and
  // readable rows closed before they were filed (the catalog's check).
  const unreadable = records.filter(
    (record, index) =>
      index % 500 === 7 || (index % 700 === 3 && record['time_limit_days'] !== null) || closedBeforeFiled(record),
  ).length;
  return { file, unreadable };
}

/** A record breaking the court catalog's `closed_after_filed` check (ISO dates compare as text). */
const closedBeforeFiled = (record: Readonly<Record<string, unknown>>): boolean =>
  typeof record['closed_on'] === 'string' && record['closed_on'] < String(record['filed_on']);

const COMMON = [
  '--catalog',
  'court-case-quality',
  '--by',
  'district',
  '--period',
  'quarter',
  '--from',
  '2019-01-01',
  '--to',
  '2019-12-31',
  '--format',
  'json',
  '--quiet',
  '--max-reject-rate',
  '1',
];

describe('lawgauge compute --engine duckdb', () => {
  const directory = mkdtempSync(join(tmpdir(), 'lawgauge-engine-'));
  const { file: csv, unreadable } = casesCsv(directory);

  test('over a CSV file: the same Reports and the same rejected rows as reading it in process', async () => {
    const inProcess = await cli('compute', ...COMMON, '--data', `cases=${csv}`);
    const onEngine = await cli('compute', ...COMMON, '--data', `cases=${csv}`, '--engine', 'duckdb');
    expect(onEngine.code).toBe(EXIT.ok);
    const expected = JSON.parse(inProcess.out) as Report[];
    const actual = JSON.parse(onEngine.out) as Report[];
    expect(reportDifferences(expected, actual)).toEqual([]);
    expect(unreadable).toBeGreaterThan(6);
    expect(actual[0]!.quality['cases']).toEqual({
      read: 3_000,
      used: 3_000 - unreadable,
      quarantined: unreadable,
      skipped: 0,
    });
  });

  test("indicators that do not read the check's fields: the check applies when the file has them, and a file without one still runs", async () => {
    const options = [
      '--catalog',
      'court-case-quality',
      '--period',
      'year',
      '--from',
      '2019-01-01',
      '--to',
      '2019-12-31',
      '--format',
      'json',
      '--quiet',
      '--max-reject-rate',
      '1',
      '--indicator',
      'filed_cases',
    ];
    const inProcess = await cli('compute', ...options, '--data', `cases=${csv}`);
    const onEngine = await cli('compute', ...options, '--data', `cases=${csv}`, '--engine', 'duckdb');
    expect(onEngine.code).toBe(EXIT.ok);
    expect(reportDifferences(JSON.parse(inProcess.out) as Report[], JSON.parse(onEngine.out) as Report[])).toEqual([]);
    expect((JSON.parse(onEngine.out) as Report[])[0]!.quality['cases']!.quarantined).toBeGreaterThan(0);
    const noClosed = join(directory, 'no-closed.csv');
    writeFileSync(
      noClosed,
      'case_id,district,case_type,procedure,filed_on\nA1,黄浦区,民事,一审,2019-01-07\nA2,黄浦区,民事,一审,2019-02-07\n',
    );
    const [local, engine] = [
      await cli('compute', ...options, '--data', `cases=${noClosed}`),
      await cli('compute', ...options, '--data', `cases=${noClosed}`, '--engine', 'duckdb'),
    ];
    expect([local.code, engine.code]).toEqual([EXIT.ok, EXIT.ok]);
    expect(reportDifferences(JSON.parse(local.out) as Report[], JSON.parse(engine.out) as Report[])).toEqual([]);
  });

  test('a composite named in --indicator, ranked: the same Report as in process', async () => {
    const composite = ['--indicator', 'case_quality_index', '--rank'];
    const inProcess = JSON.parse(
      (await cli('compute', ...COMMON, ...composite, '--data', `cases=${csv}`)).out,
    ) as Report[];
    const onEngine = await cli('compute', ...COMMON, ...composite, '--data', `cases=${csv}`, '--engine', 'duckdb');
    expect(onEngine.code).toBe(EXIT.ok);
    const actual = JSON.parse(onEngine.out) as Report[];
    expect(actual.map((report) => report.indicator.id)).toEqual(['case_quality_index']);
    expect(actual[0]!.rows.filter((row) => row.rank === 1)).toHaveLength(4);
    expect(reportDifferences(inProcess, actual)).toEqual([]);
  });

  test('over a Parquet file written from the same data', async () => {
    const parquet = join(directory, 'cases.parquet');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = duckdbConnection(await instance.connect());
    const dataset = builtInCatalog('court-case-quality').datasets[0]!;
    const records = generateRecords(dataset, { rows: 2_000, seed: 43 });
    await loadTable(connection, { dataset, table: 'cases' }, records);
    await connection.query(`COPY cases TO '${parquet}' (FORMAT parquet)`, []);
    instance.closeSync();
    writeFileSync(join(directory, 'cases2.json'), JSON.stringify(records));
    const inProcess = await cli('compute', ...COMMON, '--data', `cases=${join(directory, 'cases2.json')}`);
    const onEngine = await cli('compute', ...COMMON, '--data', `cases=${parquet}`, '--engine', 'duckdb');
    expect(onEngine.code).toBe(EXIT.ok);
    expect(reportDifferences(JSON.parse(inProcess.out) as Report[], JSON.parse(onEngine.out) as Report[])).toEqual([]);
  });

  test('a DuckDB database file with --table', async () => {
    const database = join(directory, 'courts.duckdb');
    const instance = await DuckDBInstance.create(database);
    const connection = duckdbConnection(await instance.connect());
    const dataset = builtInCatalog('court-case-quality').datasets[0]!;
    const records = generateRecords(dataset, { rows: 1_500, seed: 47 });
    await loadTable(connection, { dataset, table: 'court_cases' }, records);
    instance.closeSync();
    writeFileSync(join(directory, 'cases3.json'), JSON.stringify(records));
    const inProcess = await cli('compute', ...COMMON, '--data', `cases=${join(directory, 'cases3.json')}`);
    const onEngine = await cli('compute', ...COMMON, '--engine', `duckdb:${database}`, '--table', 'cases=court_cases');
    expect(onEngine.err).toBe('');
    expect(reportDifferences(JSON.parse(inProcess.out) as Report[], JSON.parse(onEngine.out) as Report[])).toEqual([]);
  });

  test('a mapping with headers, value rewrites, a DD/MM/YYYY date and Excel serial dates reads as in process', async () => {
    const dataset = builtInCatalog('court-case-quality').datasets[0]!;
    const records = generateRecords(dataset, { rows: 2_500, seed: 53 });
    const headers: Record<string, string> = { filed_on: '收案日期', closed_on: '结案时间', procedure: '审级' };
    const excel = (iso: string): string =>
      String(Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25569 + (records.length % 3) * 0.25);
    const lines = [dataset.fields.map((field) => headers[field.name] ?? field.name).join(',')];
    records.forEach((record, index) => {
      lines.push(
        dataset.fields
          .map((field) => {
            const value = record[field.name];
            if (value === null || value === undefined) return '';
            if (field.name === 'filed_on')
              return index % 400 === 9 ? '31/04/2019' : String(value).split('-').reverse().join('/');
            if (field.name === 'closed_on') return index % 450 === 11 ? '60' : excel(String(value));
            if (field.name === 'procedure' && value === 'first_instance')
              return index % 2 === 0 ? '一审普通' : '一审简易';
            return typeof value === 'boolean' ? (value ? 'Y' : 'N') : String(value);
          })
          .join(','),
      );
    });
    const file = join(directory, 'mapped.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const mapping = join(directory, 'mapping.json');
    writeFileSync(
      mapping,
      JSON.stringify({
        cases: {
          columns: headers,
          values: { procedure: { 一审普通: 'first_instance', 一审简易: 'first_instance' } },
          formats: { filed_on: 'DD/MM/YYYY', closed_on: 'excel-serial' },
        },
      }),
    );
    const inProcess = await cli('compute', ...COMMON, '--data', `cases=${file}`, '--map', mapping);
    const onEngine = await cli('compute', ...COMMON, '--data', `cases=${file}`, '--map', mapping, '--engine', 'duckdb');
    expect(onEngine.code).toBe(EXIT.ok);
    const expected = JSON.parse(inProcess.out) as Report[];
    expect(reportDifferences(expected, JSON.parse(onEngine.out) as Report[])).toEqual([]);
    // 31 April and the serial 60 (Excel's 29 February 1900) are unreadable on both sides.
    const unreadable = records.filter(
      (record, index) =>
        index % 400 === 9 || (index % 450 === 11 && record['closed_on'] !== null) || closedBeforeFiled(record),
    ).length;
    expect(unreadable).toBeGreaterThan(7);
    expect(expected[0]!.quality['cases']!.quarantined).toBe(unreadable);
  });

  test('usage errors: --rejects, stdin, --data with a server engine, an unknown engine', async () => {
    expect(
      (await cli('compute', ...COMMON, '--data', `cases=${csv}`, '--engine', 'duckdb', '--rejects', 'r.csv')).err,
    ).toContain('do not list them');
    expect((await cli('compute', ...COMMON, '--data', 'cases=-', '--engine', 'duckdb')).err).toContain('not stdin');
    expect(
      (await cli('compute', ...COMMON, '--data', `cases=${csv}`, '--engine', 'postgres://127.0.0.1:1/x')).err,
    ).toContain('server engines read --table');
    const unknown = await cli('compute', ...COMMON, '--engine', 'mysql://x', '--table', 'cases=t');
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.err).toContain('unknown engine "mysql://x"');
  });
});

describe('lawgauge sql', () => {
  test('prints one query per dataset that runs as printed in the engine', async () => {
    const { code, out } = await cli(
      'sql',
      '--catalog',
      'court-case-quality',
      '--dialect',
      'duckdb',
      '--table',
      'cases=court.cases',
      '--by',
      'district',
      '--from',
      '2019-01-01',
      '--to',
      '2019-06-30',
    );
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/^-- lawgauge court-case-quality: dataset cases \(duckdb\)\nWITH\n/);
    expect(out).toContain('FROM "court"."cases"');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = duckdbConnection(await instance.connect());
    await connection.query('CREATE SCHEMA court', []);
    const dataset = builtInCatalog('court-case-quality').datasets[0]!;
    await loadTable(connection, { dataset, table: 'cases' }, generateRecords(dataset, { rows: 500, seed: 5 }));
    await connection.query('CREATE TABLE court.cases AS SELECT * FROM cases', []);
    const rows = await connection.query(out, []);
    // Per quarter-grid month × (16 districts + total), plus the rows for records outside the grid.
    expect(rows.length).toBeGreaterThan(17 * 6);
    instance.closeSync();
  });

  test('--bind lists the parameters; a missing range is a usage error', async () => {
    const { out } = await cli(
      'sql',
      '--catalog',
      'court-case-quality',
      '--dialect',
      'postgres',
      '--bind',
      '--from',
      '2019-01-01',
      '--to',
      '2019-03-31',
      '--indicator',
      'appeal_rate',
    );
    expect(out).toContain('-- parameters:\n--   $1 = "first_instance"');
    expect(out).toContain('CAST($1 AS VARCHAR)');
    expect((await cli('sql', '--catalog', 'court-case-quality')).code).toBe(EXIT.usage);
  });

  test('a composite in --indicator prints the query of its indicators, under a note that lawgauge computes the composite', async () => {
    const range = ['--catalog', 'court-case-quality', '--from', '2019-01-01', '--to', '2019-03-31', '--by', 'district'];
    const composite = await cli('sql', ...range, '--indicator', 'efficiency');
    expect(composite.code).toBe(EXIT.ok);
    expect(composite.out.split('\n')[0]).toBe(
      '-- composite efficiency: lawgauge computes it from the Reports of the indicators these queries aggregate (lawgauge compute --engine …)',
    );
    // The same query as naming the composite's indicators (catalog order) directly.
    const leaves = builtInCatalog('court-case-quality')
      .composites!.find((entry) => entry.id === 'efficiency')!
      .children.map((child) => child.indicator)
      .join(',');
    const direct = await cli('sql', ...range, '--indicator', leaves);
    expect(composite.out.split('\n').slice(1).join('\n')).toBe(direct.out);
  });
});
