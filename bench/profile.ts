// Profiles one evaluation of the benchmark task: `node --cpu-prof .build/bench/profile.js`.
import { performance } from 'node:perf_hooks';
import { builtInCatalog, ingest } from '../src/index.js';
import { generateCases } from '../scripts/seeds/cases.js';
import { lawgaugeTask } from './peers/lawgauge.js';

const catalog = builtInCatalog('court-case-quality');
const table = ingest(catalog.datasets[0]!, generateCases({ count: Number(process.env['BENCH_ROWS'] ?? 1_000_000) }), {
  fields: ['district', 'procedure', 'filed_on', 'closed_on', 'time_limit_days', 'excluded_days', 'appealed'],
});
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  lawgaugeTask(catalog, table, '2017-01-01', '2019-12-31');
  console.log(`evaluate ${(performance.now() - start).toFixed(1)} ms`);
}
