// Writes examples/html/reports/*.json: Reports computed from the seed data, which the example
// pages load through the widgets' `src` attribute. Run by `npm run examples`.
import { readFileSync, writeFileSync } from 'node:fs';
import { builtInCatalog, evaluate, ingest, type Catalog, type Table } from '../src/index.js';

const read = (name: string): unknown[] => JSON.parse(readFileSync(new URL(`../../seeds/${name}.json`, import.meta.url), 'utf8')) as unknown[];
const tables = (catalog: Catalog): Record<string, Table> => Object.fromEntries(catalog.datasets.map((dataset) => [dataset.id, ingest(dataset, read(dataset.id))]));
const write = (name: string, value: unknown): void => writeFileSync(new URL(`../../examples/html/reports/${name}.json`, import.meta.url), `${JSON.stringify(value)}\n`);

const police = builtInCatalog('police-presence');
const policeTables = tables(police);
write('street-visibility-monthly', evaluate(police, policeTables, { from: '2018-01-01', to: '2020-12-31', by: 'district', indicators: ['street_visibility_rate'] })[0]);
write('street-visibility-2019', evaluate(police, policeTables, { period: 'year', from: '2019-01-01', to: '2019-12-31', by: 'district', indicators: ['street_visibility_rate'] })[0]);
const court = builtInCatalog('court-case-quality');
const courtTables = tables(court);
write('clearance-quarterly', evaluate(court, courtTables, { period: 'quarter', from: '2018-01-01', to: '2020-12-31', indicators: ['clearance_rate'], toDate: true })[0]);
const procuratorate = builtInCatalog('procuratorate');
write('case-proceeding-ratio', evaluate(procuratorate, tables(procuratorate), { period: 'year', from: '2018-01-01', to: '2020-12-31' })[0]);
console.log('wrote examples/html/reports/*.json');
