export { formatValue, formattedValue } from './format-value.js';
export { formatPercent } from './format-percent.js';
export { formatNumber } from './format-number.js';
export type { Lang } from './format-value.js';
export { csvCell, csvText, toCsv } from './csv-text.js';
export type { CsvCell } from './csv-text.js';
