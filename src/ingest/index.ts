export { ingest } from './ingest.js';
export type { IngestOptions } from './ingest.js';
export { parseShanghaiDay } from './values/parse-day.js';
export { parseNumber } from './values/parse-number.js';
export { parseBoolean } from './values/parse-boolean.js';
export { isEmptyValue } from './values/normalize-text.js';
export { recordsFromCsv } from './csv.js';
export type { CsvRecords } from './csv.js';
