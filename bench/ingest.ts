// `npm run bench:ingest`: CSV file → columnar table, lawgauge's streaming reader against DuckDB's
// read_csv on the same file in the same run. Each measurement runs in its own child process so
// its peak RSS is its own. Goal: within 2.5× of DuckDB's time, peak RSS under 1 GB.
import { execFileSync } from 'node:child_process';
import { closeSync, createWriteStream, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { builtInCatalog, fieldsUsed, type Dataset } from '../src/index.js';
import { tableByteLength } from '../src/internal.js';
import { readDatasetFile } from '../src/node/index.js';
import { generateCases, type CaseRecord } from '../scripts/seeds/cases.js';
import { streamXlsx, type XlsxCellValue, type XlsxRowInput } from '../scripts/write-xlsx.js';
import { BENCH_INDICATORS } from './cells.js';

const ROWS = Number(process.env['BENCH_ROWS'] ?? 1_000_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);

const dataset: Dataset = builtInCatalog('court-case-quality').datasets[0]!;
const usedByIndicators = fieldsUsed(builtInCatalog('court-case-quality'), [...BENCH_INDICATORS]).get('cases')!;
const USED = dataset.fields
  .map((field) => field.name)
  .filter((name) => name === 'district' || usedByIndicators.includes(name));
const ALL = dataset.fields.map((field) => field.name);

const DUCKDB_TYPES: Record<string, string> = {
  case_id: 'VARCHAR',
  court: 'VARCHAR',
  district: 'VARCHAR',
  case_type: 'VARCHAR',
  procedure: 'VARCHAR',
  filed_on: 'DATE',
  closed_on: 'DATE',
  time_limit_days: 'INTEGER',
  excluded_days: 'INTEGER',
  disposition: 'VARCHAR',
  mediable: 'BOOLEAN',
  appealed: 'BOOLEAN',
  appeal_outcome: 'VARCHAR',
  claim_amount: 'DOUBLE',
  recovered_amount: 'DOUBLE',
  review_grade: 'VARCHAR',
};

interface Measurement {
  readonly millis: number;
  readonly maxRssBytes: number;
  readonly rows: number;
  readonly tableBytes?: number;
  /** User + system CPU time: on a shared machine wall time also counts waiting for a core. */
  readonly cpuMillis?: number;
}

/** Child: one measurement, printed as JSON on stdout. */
async function child(engine: string, path: string, fields: readonly string[]): Promise<void> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  let measurement: Measurement;
  if (engine === 'lawgauge') {
    const { table } = await readDatasetFile(path, { dataset, fields });
    measurement = {
      millis: performance.now() - start,
      maxRssBytes: 0,
      rows: table.length,
      tableBytes: tableByteLength(table),
    };
  } else {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const columns = Object.entries(DUCKDB_TYPES)
      .map(([name, type]) => `'${name}': '${type}'`)
      .join(', ');
    await connection.run(
      `CREATE TABLE cases AS SELECT ${fields.join(', ')} FROM read_csv('${path}', header = true, columns = {${columns}})`,
    );
    const reader = await connection.runAndReadAll('SELECT count(*) AS n FROM cases');
    measurement = {
      millis: performance.now() - start,
      maxRssBytes: 0,
      rows: Number(reader.getRowObjectsJS()[0]!['n']),
    };
  }
  const used = process.cpuUsage(cpu);
  process.stdout.write(
    JSON.stringify({
      ...measurement,
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      cpuMillis: (used.user + used.system) / 1000,
    }),
  );
}

function csvLine(record: CaseRecord): string {
  return ALL.map((name) => {
    const value = record[name as keyof CaseRecord];
    if (value === null) return '';
    const text = String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }).join(',');
}

const BATCH = 100_000;

/**
 * The generated cases from row `first` on. Each batch numbers its cases from 1, and the catalog's
 * key (`case_id`) quarantines a repeated number: the cases are numbered across batches instead,
 * so every row is used and the 1M case numbers are distinct.
 */
function casesFrom(first: number): CaseRecord[] {
  return generateCases({ count: Math.min(BATCH, ROWS - first), seed: 2019 + first }).map((record, i) => ({
    ...record,
    case_id: record.case_id.replace(/\d+号$/, `${first + i + 1}号`),
  }));
}

async function writeCasesCsv(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${ALL.join(',')}\n`);
  for (let first = 0; first < ROWS; first += BATCH) {
    const records = casesFrom(first);
    const ok = out.write(`${records.map(csvLine).join('\n')}\n`);
    if (!ok) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** The same generated cases as an Excel export: dates as date cells, numbers as numbers, booleans as 是/否 text. */
function writeCasesXlsx(path: string): void {
  const cell = (name: string, value: unknown): XlsxCellValue => {
    if (value === null || value === undefined) return null;
    if (name === 'filed_on' || name === 'closed_on') return { date: String(value) };
    if (typeof value === 'boolean') return value ? '是' : '否';
    return value as string | number;
  };
  function* rows(): Generator<XlsxRowInput> {
    yield ALL;
    for (let first = 0; first < ROWS; first += BATCH) {
      for (const record of casesFrom(first)) yield ALL.map((name) => cell(name, record[name as keyof CaseRecord]));
    }
  }
  const file = openSync(path, 'w');
  try {
    streamXlsx([{ name: 'cases', rows: rows() }], {}, (chunk) => void writeSync(file, chunk));
  } finally {
    closeSync(file);
  }
}

function measure(engine: string, path: string, fields: readonly string[]): Measurement {
  const runs: Measurement[] = [];
  for (let i = 0; i < RUNS; i++) {
    const output = execFileSync(
      process.execPath,
      [fileURLToPath(import.meta.url), '--child', engine, path, fields.join(',')],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    runs.push(JSON.parse(output) as Measurement);
  }
  runs.sort((a, b) => a.millis - b.millis);
  return runs[Math.floor(runs.length / 2)]!;
}

async function main(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'lawgauge-bench-ingest-'));
  const path = join(directory, 'cases.csv');
  try {
    let start = performance.now();
    await writeCasesCsv(path);
    const size = statSync(path).size;
    console.log(
      `lawgauge ingest benchmark: ${ROWS.toLocaleString('en')} generated cases, ${(size / 1048576).toFixed(1)} MiB CSV (16 columns), median of ${RUNS} runs, each in a fresh process`,
    );
    console.log(
      `machine: ${process.platform} ${process.arch}, Node ${process.version}; file written in ${(performance.now() - start).toFixed(0)} ms\n`,
    );
    const mib = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} MiB`;
    for (const [label, fields] of [
      [`${USED.length} columns the benchmark indicators read`, USED],
      ['all 16 columns', ALL],
    ] as const) {
      start = performance.now();
      const ours = measure('lawgauge', path, fields);
      const duck = measure('duckdb', path, fields);
      if (ours.rows !== ROWS || duck.rows !== ROWS)
        throw new Error(`row counts differ: lawgauge ${ours.rows}, DuckDB ${duck.rows}, expected ${ROWS}`);
      console.log(`${label}:`);
      console.log(
        `  lawgauge readDatasetFile  ${ours.millis.toFixed(0).padStart(6)} ms  ${(((ROWS / ours.millis) * 1000) / 1e6).toFixed(2)}M rows/s  peak RSS ${mib(ours.maxRssBytes)}  table ${(ours.tableBytes! / ROWS).toFixed(1)} bytes/row  (CPU ${ours.cpuMillis!.toFixed(0)} ms)`,
      );
      console.log(
        `  DuckDB read_csv           ${duck.millis.toFixed(0).padStart(6)} ms  ${(((ROWS / duck.millis) * 1000) / 1e6).toFixed(2)}M rows/s  peak RSS ${mib(duck.maxRssBytes)}  (all cores, into an in-memory table)`,
      );
      console.log(
        `  ratio lawgauge / DuckDB   ${(ours.millis / duck.millis).toFixed(2)}×  (goal ≤ 2.5×; peak RSS goal < 1024 MiB)\n`,
      );
    }
    // The same cases as an .xlsx workbook (DuckDB reads no workbook without a downloaded extension:
    // the comparison is with lawgauge's own CSV read of the same rows).
    const workbook = join(directory, 'cases.xlsx');
    start = performance.now();
    writeCasesXlsx(workbook);
    console.log(
      `the same cases as an .xlsx workbook: ${(statSync(workbook).size / 1048576).toFixed(1)} MiB, written in ${(performance.now() - start).toFixed(0)} ms`,
    );
    for (const [label, fields] of [
      [`${USED.length} columns`, USED],
      ['all 16 columns', ALL],
    ] as const) {
      const sheet = measure('lawgauge', workbook, fields);
      const csv = measure('lawgauge', path, fields);
      if (sheet.rows !== ROWS) throw new Error(`row count ${sheet.rows}, expected ${ROWS}`);
      console.log(
        `  ${label}: lawgauge readDatasetFile .xlsx ${sheet.millis.toFixed(0).padStart(6)} ms  ${(((ROWS / sheet.millis) * 1000) / 1e6).toFixed(2)}M rows/s  peak RSS ${mib(sheet.maxRssBytes)}  (${(sheet.millis / csv.millis).toFixed(2)}× its CSV read, ${csv.millis.toFixed(0)} ms; CPU ${sheet.cpuMillis!.toFixed(0)} ms, ${(sheet.cpuMillis! / csv.cpuMillis!).toFixed(2)}× the CSV read's ${csv.cpuMillis!.toFixed(0)} ms)`,
      );
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!, process.argv[5]!.split(','));
else await main();
