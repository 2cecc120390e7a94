// `npm run bench`: the core's evaluation task against Arquero and DuckDB in one process.
// 1M deterministic case records → ingest → month × district for seven indicators.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  builtInCatalog,
  fieldsUsed,
  formatDay,
  ingest,
  type DayColumn,
  type DictionaryColumn,
  type IntegerColumn,
  type BooleanColumn,
  type Table,
} from '../src/index.js';
import { civilFromDay, dayFromCivil, tableByteLength } from '../src/internal.js';
import { BENCH_INDICATORS, differences } from './cells.js';
import { generateCases } from '../scripts/seeds/cases.js';
import { arqueroTask, type ArqueroColumns, type Month } from './peers/arquero.js';
import { duckdbTask, duckdbWithCases } from './peers/duckdb.js';
import { lawgaugeCells, lawgaugeTask } from './peers/lawgauge.js';

const ROWS = Number(process.env['BENCH_ROWS'] ?? 1_000_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const FROM = '2017-01-01';
const TO = '2019-12-31';

const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);
const mib = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MiB`;
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const rate = (rows: number, millis: number): string => `${(((rows / millis) * 1000) / 1e6).toFixed(1)}M rows/s`;

/** Median wall time of `RUNS` runs after one warm-up, and the last result. */
async function timed<T>(run: () => T | Promise<T>): Promise<{ millis: number; result: T }> {
  let result = await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    gc();
    const start = performance.now();
    result = await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { millis: times[Math.floor(times.length / 2)]!, result };
}

function heapUsed(): number {
  gc();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
}

const catalog = builtInCatalog('court-case-quality');
const dataset = catalog.datasets[0]!;
const usedByIndicators = fieldsUsed(catalog, [...BENCH_INDICATORS]).get('cases')!;
const used = dataset.fields
  .map((field) => field.name)
  .filter((name) => name === 'district' || usedByIndicators.includes(name));

console.log(
  `lawgauge benchmark: ${ROWS.toLocaleString('en')} cases, month × district, ${BENCH_INDICATORS.length} indicators, ${FROM} … ${TO}, median of ${RUNS} runs`,
);
console.log(`machine: ${process.platform} ${process.arch}, Node ${process.version}\n`);

/**
 * Generates the records and ingests them, printing ingest figures. The raw records stay inside
 * this function: evaluation works on the table, and releasing them keeps them out of the heap
 * that every garbage collection walks during the timed runs (for all three engines).
 */
function ingestPhase(): Table {
  let start = performance.now();
  const records = generateCases({ count: ROWS, seed: 2019 });
  console.log(`generate records        ${ms(performance.now() - start)}`);
  // Ingest from plain objects: the fields the seven indicators read, then every field.
  const before = heapUsed();
  start = performance.now();
  const table = ingest(dataset, records, { fields: used });
  const ingestMillis = performance.now() - start;
  const tableBytes = tableByteLength(table);
  const heapDelta = heapUsed() - before;
  console.log(
    `ingest (${used.length} fields)       ${ms(ingestMillis)}  ${rate(ROWS, ingestMillis)}  table ${mib(tableBytes)} = ${(tableBytes / table.length).toFixed(1)} bytes/row (heap growth ${(heapDelta / table.length).toFixed(1)} bytes/row)`,
  );
  start = performance.now();
  const full = ingest(dataset, records);
  const fullMillis = performance.now() - start;
  const fullBytes = tableByteLength(full);
  console.log(
    `ingest (all ${dataset.fields.length} fields)  ${ms(fullMillis)}  ${rate(ROWS, fullMillis)}  table ${mib(fullBytes)} = ${(fullBytes / full.length).toFixed(1)} bytes/row (case_id: ${ROWS.toLocaleString('en')} distinct strings)`,
  );
  console.log(
    `quality                 read ${table.quality.read}, used ${table.quality.used}, quarantined ${table.quality.quarantined}\n`,
  );
  return table;
}

const table = ingestPhase();
const tableBytes = tableByteLength(table);

// lawgauge
const lawgauge = await timed(() => lawgaugeTask(catalog, table, FROM, TO));
const passes = BENCH_INDICATORS.length;
console.log(
  `lawgauge evaluate       ${ms(lawgauge.millis)}  ${rate(ROWS * passes, lawgauge.millis)} per indicator pass (${passes} passes)`,
);

// The same columns for the peers, built outside the timed sections.
const column = <T>(name: string): T => table.columns.get(name) as T;
const district = column<DictionaryColumn>('district');
const procedure = column<DictionaryColumn>('procedure');
const filed = column<DayColumn>('filed_on');
const closed = column<DayColumn>('closed_on');
const limit = column<IntegerColumn>('time_limit_days');
const excluded = column<IntegerColumn>('excluded_days');
const appealed = column<BooleanColumn>('appealed');
const valid = (c: { validity: Uint8Array | null }, row: number): boolean =>
  c.validity === null || (c.validity[row >> 3]! & (1 << (row & 7))) !== 0;
const utc = (day: number): Date => new Date(day * 86400000);
const n = table.length;
const columns: ArqueroColumns = {
  district: [],
  procedure: [],
  filed: [],
  closed: [],
  limit: [],
  excluded: [],
  appealed: [],
};
const csv: string[] = ['district,procedure,filed_on,closed_on,time_limit_days,excluded_days,appealed'];
for (let row = 0; row < n; row++) {
  const d = district.dictionary[district.codes[row]!]!;
  const p = procedure.dictionary[procedure.codes[row]!]!;
  const c = valid(closed, row) ? closed.values[row]! : null;
  const l = valid(limit, row) ? limit.values[row]! : null;
  const a = valid(appealed, row) ? appealed.values[row] === 1 : null;
  columns.district.push(d);
  columns.procedure.push(p);
  columns.filed.push(utc(filed.values[row]!));
  columns.closed.push(c === null ? null : utc(c));
  columns.limit.push(l);
  columns.excluded.push(excluded.values[row]!);
  columns.appealed.push(a);
  csv.push(
    `${d},${p},${formatDay(filed.values[row]!)},${c === null ? '' : formatDay(c)},${l ?? ''},${excluded.values[row]!},${a ?? ''}`,
  );
}
const months: Month[] = [];
for (let day = dayFromCivil(2017, 1, 1); day <= dayFromCivil(2019, 12, 31);) {
  const { year, month } = civilFromDay(day);
  const next = month === 12 ? dayFromCivil(year + 1, 1, 1) : dayFromCivil(year, month + 1, 1);
  months.push({ key: `${year}-${String(month).padStart(2, '0')}`, start: utc(day), end: utc(next - 1) });
  day = next;
}

const arquero = await timed(() => arqueroTask(columns, months));
console.log(`Arquero 8.0.3           ${ms(arquero.millis)}  ${rate(ROWS * passes, arquero.millis)} per indicator pass`);

const directory = mkdtempSync(join(tmpdir(), 'lawgauge-bench-'));
const csvPath = join(directory, 'cases.csv');
writeFileSync(csvPath, csv.join('\n'));
const connection = await duckdbWithCases(csvPath);
const duckdb = await timed(() => duckdbTask(connection, FROM, TO));
console.log(
  `DuckDB (2 threads)      ${ms(duckdb.millis)}  ${rate(ROWS * passes, duckdb.millis)} per indicator pass (query time only)`,
);
connection.closeSync();
rmSync(directory, { recursive: true, force: true });

const ours = lawgaugeCells(lawgauge.result);
const againstArquero = differences(ours, arquero.result);
const againstDuckdb = differences(ours, duckdb.result);
console.log(
  `\nagreement               Arquero: ${againstArquero.length === 0 ? 'identical' : 'DIFFERS'}; DuckDB: ${againstDuckdb.length === 0 ? 'identical' : 'DIFFERS'} (${ours.size} cells, counts exact, values within 1e-9)`,
);
for (const line of [...againstArquero.map((d) => `  Arquero ${d}`), ...againstDuckdb.map((d) => `  DuckDB ${d}`)])
  console.log(line);

console.log(
  '\nratios (peer time / lawgauge time; goals: ≥ 15× Arquero, ≥ 3× DuckDB, ≥ 20M rows/s per pass, ≤ 24 bytes/row)',
);
console.log(`  vs Arquero            ${(arquero.millis / lawgauge.millis).toFixed(1)}×`);
console.log(`  vs DuckDB             ${(duckdb.millis / lawgauge.millis).toFixed(1)}×`);
console.log(`  rows/s per pass       ${rate(ROWS * passes, lawgauge.millis)}`);
console.log(`  table bytes/row       ${(tableBytes / table.length).toFixed(1)}`);
console.log(`peak RSS                ${mib(process.resourceUsage().maxRSS * 1024)}`);
if (againstArquero.length > 0 || againstDuckdb.length > 0) process.exitCode = 1;
