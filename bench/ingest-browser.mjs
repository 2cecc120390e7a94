// `npm run bench:ingest-browser` (issue 26): a 1M-row CSV `File` to indicators in the browser,
// against the same in Node in the same run. The file is bench/ingest.ts's generated cases (16
// columns, UTF-8; `BENCH_ROWS` for another size). Browser: headless Chromium, a page picks the
// file in an <input type="file"> (puppeteer's uploadFile, as a user would) and gives it to a
// <lawgauge-dashboard> (the IIFE bundle) of one card per benchmark indicator, monthly by district;
// its compute worker (dist/lawgauge-compute.worker.js) reads the file once and evaluates each
// card. Timed from giving the config to every card holding its Report (the worker's start
// included), with the main thread's longest task (PerformanceObserver 'longtask') meanwhile.
// Node: a fresh process reads the same file with readDatasetFile (one thread, the fields the
// indicators use by district, as the worker and `lawgauge compute` read) and evaluates the same
// indicators the same way (dist/, the same build). Runs
// alternate, Node then browser, so both meet the same machine; the figures are medians, the
// Reports of the two are checked equal. Goals: browser ≤ 1.5× Node, no main-thread task > 50 ms.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, TextDecoder } from 'node:util';

// The indicators of `npm run bench` and `bench:ingest` (compiled by the npm script before this runs).
const { BENCH_INDICATORS: INDICATORS } = await import('../.build/bench/cells.js');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const RATIO_GOAL = 1.5;
const LONG_TASK_GOAL = 50;

/** Child: the Node figure, printed as JSON. */
async function nodeChild(path) {
  const { builtInCatalog, evaluate } = await import('../dist/src/index.js');
  const { readDatasetFile } = await import('../dist/src/node/index.js');
  const { fieldsToRead } = await import('../dist/src/internal.js');
  const catalog = builtInCatalog('court-case-quality');
  const fields = fieldsToRead(catalog, INDICATORS, ['district']).get('cases');
  const start = performance.now();
  const { table } = await readDatasetFile(path, { dataset: catalog.datasets[0], fields, threads: 0 });
  const reports = INDICATORS.map(
    (indicator) => evaluate(catalog, { cases: table }, { indicators: [indicator], period: 'month', by: 'district' })[0],
  );
  const millis = performance.now() - start;
  process.stdout.write(
    JSON.stringify({ millis, rows: reports.map((report) => report.rows), quality: reports[0].quality }),
  );
}

const load = () => loadavg()[0].toFixed(1);

/**
 * The renderer main thread's tasks over 50 ms in a trace between the page's marks (the time the
 * 'longtask' observer watches), with their CPU time: on a shared machine a task's wall time (what
 * 'longtask' reports) also counts the time the thread waited for a core.
 */
function mainThreadTasks(trace) {
  const events = trace.traceEvents ?? trace;
  const mark = (name) => events.find((event) => event.name === name)?.ts ?? Number.NaN;
  const from = mark('lawgauge-ingest-start');
  const to = mark('lawgauge-ingest-end');
  const main = new Set(
    events
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  return events
    .filter(
      (event) =>
        event.ph === 'X' &&
        event.name === 'ThreadControllerImpl::RunTask' &&
        main.has(`${event.pid}:${event.tid}`) &&
        event.dur > LONG_TASK_GOAL * 1000 &&
        event.ts + event.dur >= from &&
        event.ts <= to,
    )
    .map((event) => ({ wall: event.dur / 1000, cpu: (event.tdur ?? Number.NaN) / 1000 }));
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

async function main() {
  const { default: puppeteer } = await import('puppeteer-core');
  const { findChromium } = await import('../scripts/find-chromium.mjs');
  const { CHROMIUM_ARGS, serveRepository } = await import('../scripts/static-server.mjs');
  const directory = mkdtempSync(join(tmpdir(), 'lawgauge-bench-browser-ingest-'));
  const csv = join(directory, 'cases.csv');
  const server = await serveRepository('/bench/ingest-browser.html');
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    execFileSync(
      process.execPath,
      [fileURLToPath(new URL('../.build/bench/ingest.js', import.meta.url)), '--write', csv],
      {
        stdio: 'inherit',
      },
    );
    const bytes = statSync(csv).size;
    console.log(
      `lawgauge browser ingest benchmark: ${(bytes / 1048576).toFixed(1)} MiB UTF-8 CSV of generated cases, ${INDICATORS.length} indicators monthly by district; Chromium ${await browser.version()}, Node ${process.version}, ${availableParallelism()} CPUs; median of ${RUNS} runs each`,
    );
    console.log(`goals: browser ≤ ${RATIO_GOAL}× Node; no main-thread task over ${LONG_TASK_GOAL} ms\n`);
    const node = [];
    const chromium = [];
    for (let run = 0; run < RUNS; run++) {
      const ours = JSON.parse(
        execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--node', csv], {
          encoding: 'utf8',
          maxBuffer: 64 << 20,
        }),
      );
      node.push(ours.millis);
      console.log(`  run ${run + 1}: Node     ${ours.millis.toFixed(0).padStart(6)} ms  load ${load()}`);
      const page = await browser.newPage();
      await page.goto(`${server.url}/`);
      const input = await page.$('#file');
      await input.uploadFile(csv);
      await page.tracing.start({ categories: ['toplevel', 'blink.user_timing'] });
      const theirs = await page.evaluate((indicators) => globalThis.runIngestBench(indicators), INDICATORS);
      const tasks = mainThreadTasks(JSON.parse(new TextDecoder().decode(await page.tracing.stop())));
      const reports = await page.evaluate(() => globalThis.ingestBenchReports);
      await page.close();
      if (theirs.bytes !== bytes) throw new Error(`the page's File has ${theirs.bytes} bytes, the file ${bytes}`);
      if (!isDeepStrictEqual(reports.rows, ours.rows) || !isDeepStrictEqual(reports.quality, ours.quality))
        throw new Error('the browser and Node Reports differ');
      const longest = Math.max(0, ...theirs.longTasks.map((task) => task.duration));
      const cpu = Math.max(0, ...tasks.map((task) => task.cpu));
      chromium.push({ millis: theirs.millis, longest, cpu });
      console.log(
        `  run ${run + 1}: Chromium ${theirs.millis.toFixed(0).padStart(6)} ms  ratio ${(theirs.millis / ours.millis).toFixed(2)}×  main thread: longest task ${longest.toFixed(0)} ms, ${theirs.longTasks.length} over 50 ms${theirs.longTasks.map((task) => ` (${task.duration.toFixed(0)} ms at ${task.at.toFixed(0)} ms)`).join('')}; trace: ${tasks.length} tasks over 50 ms, wall/CPU ${tasks.map((task) => `${task.wall.toFixed(0)}/${task.cpu.toFixed(0)}`).join(', ') || '-'} ms  load ${load()}`,
      );
    }
    const nodeMillis = median(node);
    const browserMillis = median(chromium.map((run) => run.millis));
    const ratio = browserMillis / nodeMillis;
    const longest = Math.max(...chromium.map((run) => run.longest));
    const longestCpu = Math.max(...chromium.map((run) => run.cpu));
    console.log(
      `\nmedians: Node ${nodeMillis.toFixed(0)} ms, Chromium worker ${browserMillis.toFixed(0)} ms, ratio ${ratio.toFixed(2)}× (${ratio <= RATIO_GOAL ? 'met' : 'NOT met'}); longest main-thread task over all runs ${longest.toFixed(0)} ms (${longest <= LONG_TASK_GOAL ? 'met' : 'NOT met'}; the most CPU any task over 50 ms took: ${longestCpu.toFixed(0)} ms); Reports equal; load ${load()}`,
    );
  } finally {
    await browser.close();
    server.close();
    rmSync(directory, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--node') await nodeChild(process.argv[3]);
else await main();
