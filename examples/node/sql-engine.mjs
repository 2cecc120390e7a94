import { builtInCatalog, evaluateSql } from 'lawgauge';
import { connectSql, createFileView, PARSED_COLUMN, readJsonFile } from 'lawgauge/node';

const catalog = builtInCatalog('court-case-quality');
const db = await connectSql('duckdb:'); // or 'postgres://…', 'clickhouse://…' with tables: {cases: '…'}
const mapping = await readJsonFile('seeds/mapping.json');
await createFileView(db, 'cases', catalog.datasets[0], 'seeds/cases.csv', { mapping: mapping.cases });
const options = { indicators: ['clearance_rate'], period: 'year', from: '2019-01-01', to: '2019-12-31', validColumns: { cases: PARSED_COLUMN } };
const [clearance] = await evaluateSql(catalog, db, options);
console.log(clearance.rows.at(-1).value.toFixed(4), clearance.quality.cases);
await db.close();
