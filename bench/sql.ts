// `npm run bench:sql`: the court catalog over generated cases (10M by default, BENCH_ROWS to change)
// three ways — the in-process engine (reading a CSV file), DuckDB over a Parquet file, and a
// two-shard ClickHouse cluster through a Distributed table — each in a fresh process, printing
// wall time, rows/s and the peak RSS of the lawgauge process. The Reports of all three must agree
// (counts identical, values within 1e-9).
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { builtInCatalog, evaluate, evaluateSql, fieldsUsed, type EvaluateOptions, type Report } from '../src/index.js';
import { clickhouseConnection, connectSql, readDatasetFile } from '../src/node/index.js';
import { createFileView, PARSED_COLUMN } from '../src/node/duckdb-file-view.js';
import { startClickHouse } from '../scripts/sql-servers.js';
import { reportDifferences } from '../scripts/compare-reports.js';

const ROWS = Number(process.env['BENCH_ROWS'] ?? 10_000_000);
const catalog = builtInCatalog('court-case-quality');
const dataset = catalog.datasets[0]!;
// BENCH_PERIOD=day times the day grid (stocks over ~700 periods); BENCH_INDICATORS a comma list.
const PERIOD = (process.env['BENCH_PERIOD'] ?? 'month') as NonNullable<EvaluateOptions['period']>;
const INDICATORS = process.env['BENCH_INDICATORS']?.split(',');
const OPTIONS: EvaluateOptions = {
  period: PERIOD,
  by: 'district',
  from: '2018-01-01',
  to: '2019-12-31',
  ...(INDICATORS === undefined ? {} : { indicators: INDICATORS }),
};
const FIELDS = [...new Set([...fieldsUsed(catalog).get('cases')!, 'district'])];

interface Measurement {
  readonly millis: number;
  readonly readMillis?: number;
  readonly maxRssBytes: number;
  readonly rows: number;
}

/** Child: one engine's run; its Reports go to `reportsPath` for the comparison. */
async function child(engine: string, source: string, reportsPath: string): Promise<void> {
  const start = performance.now();
  let reports: Report[];
  let readMillis: number | undefined;
  if (engine === 'in-process') {
    const { table } = await readDatasetFile(source, { dataset, fields: FIELDS });
    readMillis = performance.now() - start;
    reports = evaluate(catalog, { cases: table }, OPTIONS);
  } else if (engine === 'duckdb') {
    const connection = await connectSql('duckdb:');
    await createFileView(connection, 'cases_file', dataset, source, { fields: FIELDS });
    reports = await evaluateSql(catalog, connection, {
      ...OPTIONS,
      tables: { cases: ['cases_file'] },
      validColumns: { cases: PARSED_COLUMN },
    });
    await connection.close();
  } else {
    reports = await evaluateSql(catalog, clickhouseConnection(source), { ...OPTIONS, tables: { cases: 'cases_dist' } });
  }
  const millis = performance.now() - start;
  const rows = Object.values(reports[0]!.quality)[0]!.read;
  writeFileSync(reportsPath, JSON.stringify(reports));
  process.stdout.write(
    JSON.stringify({ millis, readMillis, rows, maxRssBytes: process.resourceUsage().maxRSS * 1024 }),
  );
}

function measure(engine: string, source: string, reportsPath: string): Measurement {
  const output = execFileSync(
    process.execPath,
    [fileURLToPath(import.meta.url), '--child', engine, source, reportsPath],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(output) as Measurement;
}

/** Cases generated inside DuckDB (seeded), written as CSV (in-process), Parquet (DuckDB) and two TSV halves (the shards). */
async function writeData(directory: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run('SELECT setseed(0.2019)');
  const pick = (values: readonly string[]): string =>
    `[${values.map((value) => `'${value}'`).join(', ')}][1 + floor(random() * ${values.length})::INTEGER]`;
  const districts = [
    '黄浦区',
    '徐汇区',
    '长宁区',
    '静安区',
    '普陀区',
    '虹口区',
    '杨浦区',
    '闵行区',
    '宝山区',
    '嘉定区',
    '浦东新区',
    '金山区',
    '松江区',
    '青浦区',
    '奉贤区',
    '崇明区',
  ];
  await connection.run(`
    CREATE TABLE cases AS
    SELECT 'C' || i AS case_id, 'court-' || (i % 20) AS court, ${pick(districts)} AS district,
      ${pick(['criminal', 'civil', 'commercial', 'administrative', 'enforcement'])} AS case_type,
      ${pick(['first_instance', 'first_instance', 'first_instance', 'second_instance', 'retrial'])} AS procedure,
      filed_on, CASE WHEN random() < 0.12 THEN NULL ELSE filed_on + floor(random() * random() * 540)::INTEGER END AS closed_on,
      ${pick(['90', '180', '365'])}::BIGINT AS time_limit_days, CASE WHEN random() < 0.2 THEN floor(random() * 30)::BIGINT ELSE 0 END AS excluded_days,
      ${pick(['judgment', 'mediation', 'withdrawal', 'dismissal', 'transfer', 'other'])} AS disposition,
      random() < 0.6 AS mediable, CASE WHEN random() < 0.1 THEN NULL ELSE random() < 0.15 END AS appealed,
      CASE WHEN random() < 0.8 THEN NULL ELSE ${pick(['upheld', 'amended', 'remanded', 'withdrawn'])} END AS appeal_outcome,
      round(random() * 100000, 2) AS claim_amount, CASE WHEN random() < 0.3 THEN NULL ELSE round(random() * 80000, 2) END AS recovered_amount,
      CASE WHEN random() < 0.5 THEN NULL ELSE ${pick(['excellent', 'pass', 'flawed', 'fail'])} END AS review_grade
    FROM (SELECT i, DATE '2017-01-01' + floor(random() * 1095)::INTEGER AS filed_on FROM range(${ROWS}) AS r(i))`);
  await connection.run(`COPY cases TO '${join(directory, 'cases.csv')}' (FORMAT csv, HEADER true)`);
  await connection.run(`COPY cases TO '${join(directory, 'cases.parquet')}' (FORMAT parquet)`);
  const chColumns = dataset.fields
    .map((field) => (field.type === 'boolean' ? `CAST(${field.name} AS INTEGER)` : field.name))
    .join(', ');
  for (const shard of [0, 1]) {
    await connection.run(
      `COPY (SELECT ${chColumns} FROM cases WHERE hash(case_id) % 2 = ${shard}) TO '${join(directory, `shard${shard}.tsv`)}' (FORMAT csv, DELIMITER '\t', HEADER false, NULLSTR '\\N', QUOTE '')`,
    );
  }
  connection.closeSync();
  instance.closeSync();
}

const CH_TYPES: Record<string, string> = {
  string: 'String',
  enum: 'String',
  integer: 'Int64',
  number: 'Float64',
  boolean: 'UInt8',
  date: 'Date',
  datetime: "DateTime('UTC')",
};

async function loadShards(urls: readonly string[], directory: string): Promise<void> {
  const columns = dataset.fields
    .map(
      (field) =>
        `\`${field.name}\` ${field.required === true ? CH_TYPES[field.type] : `Nullable(${CH_TYPES[field.type]})`}`,
    )
    .join(', ');
  for (const [shard, url] of urls.entries()) {
    const connection = clickhouseConnection(url);
    await connection.query(`CREATE TABLE cases_local (${columns}) ENGINE = MergeTree ORDER BY tuple()`, []);
    // Streamed in the request body: the file never sits in this process's memory.
    const endpoint = new URL(url.replace('clickhouse://default@', 'http://'));
    endpoint.pathname = '/';
    endpoint.searchParams.set('query', 'INSERT INTO cases_local FORMAT TabSeparated');
    const response = await fetch(endpoint, {
      method: 'POST',
      body: Readable.toWeb(createReadStream(join(directory, `shard${shard}.tsv`))) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    if (!response.ok) throw new Error(`loading shard ${shard}: ${await response.text()}`);
  }
  await clickhouseConnection(urls[0]!).query(
    'CREATE TABLE cases_dist AS cases_local ENGINE = Distributed(lg_cluster, default, cases_local)',
    [],
  );
}

async function main(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'lawgauge-bench-sql-'));
  const servers = await startClickHouse(2);
  try {
    let start = performance.now();
    // Generated in a child process, so this process stays small: on Linux a child's peak RSS starts
    // from its parent's size when it is forked.
    execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--generate', directory], { stdio: 'inherit' });
    const csvBytes = statSync(join(directory, 'cases.csv')).size;
    const parquetBytes = statSync(join(directory, 'cases.parquet')).size;
    console.log(
      `lawgauge SQL benchmark: court-case-quality (${INDICATORS?.length ?? catalog.indicators.length} indicators), ${ROWS.toLocaleString('en')} generated cases, by district, ${PERIOD} grid 2018–2019`,
    );
    console.log(
      `machine: ${process.platform} ${process.arch}, Node ${process.version}; data written in ${((performance.now() - start) / 1000).toFixed(1)} s (CSV ${(csvBytes / 1048576).toFixed(0)} MiB, Parquet ${(parquetBytes / 1048576).toFixed(0)} MiB)\n`,
    );
    const mib = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} MiB`;
    const line = (label: string, m: Measurement, note: string): void =>
      console.log(
        `  ${label.padEnd(34)} ${(m.millis / 1000).toFixed(2).padStart(7)} s  ${(((ROWS / m.millis) * 1000) / 1e6).toFixed(2).padStart(5)}M rows/s  peak RSS ${mib(m.maxRssBytes).padStart(8)}  ${note}`,
      );
    const reportsOf = (engine: string): string => join(directory, `${engine}.reports.json`);
    const inProcess = measure('in-process', join(directory, 'cases.csv'), reportsOf('in-process'));
    line(
      'in-process (read CSV + evaluate)',
      inProcess,
      `(reading ${((inProcess.readMillis ?? 0) / 1000).toFixed(2)} s, evaluating ${((inProcess.millis - (inProcess.readMillis ?? 0)) / 1000).toFixed(2)} s)`,
    );
    const duck = measure('duckdb', join(directory, 'cases.parquet'), reportsOf('duckdb'));
    line('DuckDB over Parquet (embedded)', duck, '(DuckDB runs inside the process: its memory counts)');
    const results = [inProcess, duck];
    const engines = ['in-process', 'duckdb'];
    if (servers.ok) {
      start = performance.now();
      // Loaded from a child too: a child's peak RSS on Linux starts from its parent's size at fork.
      execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--load', directory, ...servers.value.urls], {
        stdio: 'inherit',
      });
      console.log(`  (ClickHouse shards loaded in ${((performance.now() - start) / 1000).toFixed(1)} s)`);
      const clickhouse = measure('clickhouse', servers.value.urls[0]!, reportsOf('clickhouse'));
      line('ClickHouse, 2 shards (Distributed)', clickhouse, '(only aggregates cross the wire)');
      results.push(clickhouse);
      engines.push('clickhouse');
    } else {
      console.log(`  ClickHouse skipped: ${servers.reason}`);
    }
    const expected = JSON.parse(readFileSync(reportsOf('in-process'), 'utf8')) as Report[];
    const differences = engines
      .slice(1)
      .flatMap((engine) =>
        reportDifferences(expected, JSON.parse(readFileSync(reportsOf(engine), 'utf8')) as Report[]).map(
          (line) => `${engine}: ${line}`,
        ),
      );
    const counts = new Set(results.map((result) => result.rows));
    console.log(
      `\nReports ${differences.length === 0 ? 'equal' : 'DIFFER'} across engines (counts identical, values within 1e-9); records read ${[...counts].join(' / ')}`,
    );
    for (const line of differences) console.log(`  ${line}`);
    console.log(
      `ratios: DuckDB ${(inProcess.millis / duck.millis).toFixed(2)}× the in-process speed${results.length === 3 ? `, ClickHouse ${(inProcess.millis / results[2]!.millis).toFixed(2)}×` : ''}`,
    );
    if (differences.length > 0) process.exitCode = 1;
  } finally {
    if (servers.ok) await servers.stop();
    rmSync(directory, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!, process.argv[5]!);
else if (process.argv[2] === '--generate') await writeData(process.argv[3]!);
else if (process.argv[2] === '--load') await loadShards(process.argv.slice(4), process.argv[3]!);
else await main();
