// `npm run bench:ingest`: CSV file → columnar table, lawgauge's `readDatasetFile` against DuckDB's
// read_csv on the same rows in the same run, for the 7 columns the indicators read and for all 16,
// from a UTF-8 file and from its GB18030 copy (DuckDB reads UTF-8 only, so both lawgauge reads are
// compared with DuckDB on the UTF-8 file). Each measurement runs in its own child process so its
// peak RSS is its own. `BENCH_ROWS=10000000` runs the 10M-row file (one run unless BENCH_RUNS says
// otherwise). lawgauge is measured twice: with one thread per core (`threads: 2`, the calling
// thread and a worker, which readDatasetFile uses only when asked) and in one thread
// (`threads: 0`), each with the load average when it ended, as the machine is often shared.
// Workbooks have their own benchmark, `npm run bench:xlsx`.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, createWriteStream, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { builtInCatalog, fieldsUsed, type Dataset } from '../src/index.js';
import { tableByteLength } from '../src/internal.js';
import { readDatasetFile } from '../src/node/index.js';
import { generateCases, type CaseRecord } from '../scripts/seeds/cases.js';
import { BENCH_INDICATORS } from './cells.js';

const ROWS = Number(process.env['BENCH_ROWS'] ?? 1_000_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? (ROWS > 2_000_000 ? 1 : 3));

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
  if (engine === 'lawgauge' || engine === 'lawgauge-1') {
    const { table } = await readDatasetFile(path, {
      dataset,
      fields,
      threads: engine === 'lawgauge-1' ? 0 : availableParallelism(),
    });
    measurement = {
      millis: performance.now() - start,
      maxRssBytes: 0,
      rows: table.length,
      tableBytes: tableByteLength(table),
    };
  } else {
    // Loaded here only: DuckDB's native module would add its own memory to lawgauge's peak RSS.
    const { DuckDBInstance } = await import('@duckdb/node-api');
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
/** The same CSV in GB18030, as a GBK-era export would be: converted by the system's `iconv`. */
function writeGb18030Copy(from: string, to: string): void {
  const out = openSync(to, 'w');
  try {
    const result = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030', from], { stdio: ['ignore', out, 'inherit'] });
    if (result.status !== 0) throw new Error(`iconv failed (${result.error?.message ?? `exit ${result.status}`})`);
  } finally {
    closeSync(out);
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

const MIB = 1048576;
const mib = (bytes: number): string => `${(bytes / MIB).toFixed(0)} MiB`;
const rate = (millis: number): string => `${(ROWS / millis / 1000).toFixed(2)}M rows/s`;

async function main(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'lawgauge-bench-ingest-'));
  const utf8 = join(directory, 'cases.csv');
  const gb18030 = join(directory, 'cases-gb18030.csv');
  try {
    const start = performance.now();
    await writeCasesCsv(utf8);
    writeGb18030Copy(utf8, gb18030);
    console.log(
      `lawgauge ingest benchmark: ${ROWS.toLocaleString('en')} generated cases, ${(statSync(utf8).size / MIB).toFixed(1)} MiB UTF-8 CSV (16 columns; GB18030 copy ${(statSync(gb18030).size / MIB).toFixed(1)} MiB), median of ${RUNS} run(s), each in a fresh process`,
    );
    console.log(
      `machine: ${process.platform} ${process.arch}, ${availableParallelism()} CPUs, load ${loadavg()
        .map((load) => load.toFixed(1))
        .join(' ')}, Node ${process.version}; files written in ${(performance.now() - start).toFixed(0)} ms`,
    );
    console.log('goals: time ≤ 1.0× DuckDB read_csv on the UTF-8 file (same run); peak RSS ≤ 2× the table + 150 MiB\n');
    const verdicts: string[] = [];
    for (const [label, fields] of [
      [`${USED.length} columns`, USED],
      ['16 columns', ALL],
    ] as const) {
      const duck = measure('duckdb', utf8, fields);
      if (duck.rows !== ROWS) throw new Error(`DuckDB read ${duck.rows} rows, expected ${ROWS}`);
      console.log(
        `${label}: DuckDB read_csv (UTF-8)  ${duck.millis.toFixed(0).padStart(6)} ms  ${rate(duck.millis)}  peak RSS ${mib(duck.maxRssBytes)}  (CPU ${duck.cpuMillis!.toFixed(0)} ms, all cores, into an in-memory table)  load ${loadavg()[0]!.toFixed(1)}`,
      );
      for (const [encoding, path] of [
        ['UTF-8', utf8],
        ['GB18030', gb18030],
      ] as const) {
        for (const [engine, how] of [
          ['lawgauge', 'threads'],
          ['lawgauge-1', '1 thread'],
        ] as const) {
          const ours = measure(engine, path, fields);
          if (ours.rows !== ROWS) throw new Error(`lawgauge read ${ours.rows} rows of ${path}, expected ${ROWS}`);
          const ratio = ours.millis / duck.millis;
          const rssGoal = 2 * ours.tableBytes! + 150 * MIB;
          console.log(
            `  lawgauge ${encoding.padEnd(8)} ${how.padEnd(8)} ${ours.millis.toFixed(0).padStart(6)} ms  ${rate(ours.millis)}  peak RSS ${mib(ours.maxRssBytes)} (goal ≤ ${mib(rssGoal)}; table ${mib(ours.tableBytes!)})  CPU ${ours.cpuMillis!.toFixed(0)} ms  ratio ${ratio.toFixed(2)}×  load ${loadavg()[0]!.toFixed(1)}`,
          );
          verdicts.push(
            `${label} ${encoding} ${how}: ${ratio.toFixed(2)}× ${ratio <= 1 ? 'met' : 'NOT met'}, RSS ${ours.maxRssBytes <= rssGoal ? 'met' : 'NOT met'}`,
          );
        }
      }
      console.log('');
    }
    console.log(verdicts.join('\n'));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

// `--child <engine> <file> <fields>` measures one read (for profiling: `node --cpu-prof … --child lawgauge …`);
// `--write <file>` writes the generated CSV and stops.
if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!, process.argv[5]!.split(','));
else if (process.argv[2] === '--write') await writeCasesCsv(process.argv[3]!);
else await main();
