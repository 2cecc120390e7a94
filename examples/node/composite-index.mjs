import { readFileSync } from 'node:fs';
import { builtInCatalog, compositeReport, compositeUncertainty, evaluate, ingest } from 'lawgauge';

const catalog = builtInCatalog('court-case-quality');
const records = JSON.parse(readFileSync(new URL('../../seeds/cases.json', import.meta.url), 'utf8'));
const cases = ingest(catalog.datasets[0], records);
const reports = evaluate(catalog, { cases }, { period: 'year', from: '2019-01-01', to: '2019-12-31', by: 'district' });
const index = compositeReport(catalog, reports, { composite: 'case_quality_index', rank: true });
const ranks = compositeUncertainty(catalog, reports, { composite: 'case_quality_index', runs: 1000, seed: 1 });
console.log(index.rows.length, ranks.length);
