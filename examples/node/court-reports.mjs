// Reads the seed court cases from their Chinese-header CSV (streamed, through the mapping file),
// computes the court catalog by quarter and district, and writes one Report JSON per indicator
// for a web server to serve to the widgets' `src`:
//   node examples/node/court-reports.mjs [output directory, default ./reports]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInCatalog, evaluate, parseMapping } from 'lawgauge';
import { readDatasetFile } from 'lawgauge/node';

const out = process.argv[2] ?? 'reports';
const catalog = builtInCatalog('court-case-quality');
const mapping = parseMapping(JSON.parse(readFileSync(new URL('../../seeds/mapping.json', import.meta.url), 'utf8')));
const { table, encoding } = await readDatasetFile(new URL('../../seeds/cases.csv', import.meta.url).pathname, { dataset: catalog.datasets[0], mapping: mapping.cases });
const reports = evaluate(catalog, { cases: table }, { period: 'quarter', from: '2019-01-01', to: '2019-12-31', by: 'district' });
mkdirSync(out, { recursive: true });
for (const report of reports) writeFileSync(join(out, `${report.indicator.id}.json`), `${JSON.stringify(report)}\n`);
const { read, used, quarantined } = table.quality;
console.log(`${reports.length} reports in ${out}/ from ${read} cases (${encoding}; used ${used}, quarantined ${quarantined})`);
