// The core and lawgauge/node as a strict TypeScript program uses them, without @duckdb/node-api or pg.
import { builtInCatalog, evaluate, ingest, type Report } from 'lawgauge';
import { connectSql, duckdbConnection, readDatasetFile, type DuckDbRunnable, type OpenSqlConnection } from 'lawgauge/node';

const catalog = builtInCatalog('court-case-quality');
const cases = ingest(catalog.datasets[0]!, [{ case_id: '(2019)沪0101民初1号', district: '黄浦区', case_type: '民事', procedure: '一审', filed_on: '2019-01-07', closed_on: '2019-03-20', time_limit_days: 90 }]);
const reports: Report[] = evaluate(catalog, { cases }, { indicators: ['clearance_rate'], period: 'quarter', from: '2019-01-01', to: '2019-03-31' });
export const firstValue: number | null | undefined = reports[0]?.rows[0]?.value;

// The SQL entry points type-check with the driver's slice declared by lawgauge itself.
export const open: (url: string) => Promise<OpenSqlConnection> = connectSql;
export const wrap = (connection: DuckDbRunnable) => duckdbConnection(connection);
export const read = readDatasetFile;
