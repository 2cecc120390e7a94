// `npm run bench:xlsx`: reading a 1M-row .xlsx (9 columns shaped like a court export), lawgauge's
// streaming reader (fflate inflate + its own tokenizer) against SheetJS CE (@e965/xlsx, whole
// workbook). Each reader runs in its own child process so its peak RSS is its
// own. `node .build/bench/xlsx.js` runs all; `… read <reader> <file>` runs one.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { readXlsxRows } from '../src/ingest/xlsx/read-xlsx-rows.js';
import { streamXlsx, type XlsxCellValue, type XlsxRowInput } from '../scripts/write-xlsx.js';

const ROWS = Number(process.env['BENCH_ROWS'] ?? 1_000_000);
const DISTRICTS = [
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
const TYPES = ['民事', '刑事', '行政', '执行'];
const PROCEDURES = ['简易程序', '普通程序', '速裁程序'];

function* benchRows(count: number): Generator<XlsxRowInput> {
  yield [
    'case_id',
    'court',
    'district',
    'case_type',
    'procedure',
    'filed_on',
    'closed_on',
    'time_limit_days',
    'claim_amount',
  ];
  let seed = 2019;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  const day0 = Date.UTC(2016, 0, 1);
  for (let i = 0; i < count; i++) {
    const district = DISTRICTS[Math.floor(random() * 16)]!;
    const filed = new Date(day0 + Math.floor(random() * 1400) * 86400000).toISOString().slice(0, 10);
    const closed =
      random() < 0.2
        ? null
        : new Date(Date.parse(filed) + Math.floor(random() * 200) * 86400000).toISOString().slice(0, 10);
    const cells: XlsxCellValue[] = [
      `(2019)沪${String(i % 100).padStart(2, '0')}民初${i + 1}号`,
      `上海市${district}人民法院`,
      district,
      TYPES[Math.floor(random() * 4)]!,
      PROCEDURES[Math.floor(random() * 3)]!,
      { date: filed },
      closed === null ? null : { date: closed },
      [90, 180, 365][Math.floor(random() * 3)]!,
      Math.round(random() * 1e8) / 100,
    ];
    yield cells;
  }
}

function write(file: string): void {
  const fd = openSync(file, 'w');
  streamXlsx([{ name: 'cases', rows: benchRows(ROWS) }], {}, (chunk) => writeSync(fd, chunk));
  closeSync(fd);
}

async function readWith(reader: string, file: string): Promise<{ rows: number; cells: number }> {
  let rows = 0;
  let cells = 0;
  if (reader === 'lawgauge') {
    const fd = openSync(file, 'r');
    const size = statSync(file).size;
    const access = {
      size,
      read(offset: number, length: number): Uint8Array {
        const buffer = new Uint8Array(length);
        readSync(fd, buffer, 0, length, offset);
        return buffer;
      },
    };
    for await (const row of readXlsxRows(access)) {
      rows++;
      cells += row.cells.length;
    }
    closeSync(fd);
  } else if (reader === 'lawgauge-bytes') {
    for await (const row of readXlsxRows(new Uint8Array(readFileSync(file)))) {
      rows++;
      cells += row.cells.length;
    }
  } else if (reader === 'sheetjs') {
    const XLSX = await import('@e965/xlsx');
    const workbook = XLSX.read(readFileSync(file), { type: 'buffer', dense: true, cellDates: false });
    const sheet = workbook.Sheets[workbook.SheetNames[0]!]!;
    const data = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: false, defval: null });
    for (const row of data) {
      rows++;
      cells += row.length;
    }
  } else throw new Error(`unknown reader ${reader}`);
  return { rows, cells };
}

async function child(reader: string, file: string): Promise<void> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const start = performance.now();
  const counts = await readWith(reader, file);
  const seconds = (performance.now() - start) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  process.stdout.write(JSON.stringify({ reader, seconds, peakMiB: peak / 2 ** 20, ...counts }));
}

async function main(): Promise<void> {
  if (process.argv[2] === 'read') return child(process.argv[3]!, process.argv[4]!);
  const dir = mkdtempSync(join(tmpdir(), 'lawgauge-xlsx-'));
  const file = join(dir, 'cases.xlsx');
  const t0 = performance.now();
  write(file);
  console.log(
    `wrote ${ROWS} rows, ${(statSync(file).size / 2 ** 20).toFixed(1)} MiB, in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const readers = (process.env['BENCH_READERS'] ?? 'lawgauge,lawgauge-bytes,sheetjs').split(',');
  for (const reader of readers) {
    const run = spawnSync(
      '/usr/bin/time',
      ['-v', process.execPath, '--max-old-space-size=8192', fileURLToPath(import.meta.url), 'read', reader, file],
      { encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1];
    const errors = run.stderr
      .split('\n')
      .filter((line) => /Error|error/.test(line))
      .slice(0, 3)
      .join('\n');
    console.log(
      `${reader}: ${run.stdout} maxRSS ${maxRss === undefined ? '?' : (Number(maxRss) / 1024).toFixed(0)} MiB ${run.status === 0 ? '' : `exit ${run.status} ${errors}`}`,
    );
  }
  if (process.env['BENCH_KEEP'] === undefined) rmSync(dir, { recursive: true });
  else console.log(`kept ${file}`);
}

await main();
