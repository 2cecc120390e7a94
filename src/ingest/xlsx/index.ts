export { readXlsxRows, xlsxSheetNames } from './read-xlsx-rows.js';
export type { ReadXlsxOptions, XlsxSource } from './read-xlsx-rows.js';
export type { XlsxRow } from './sheet-rows.js';
export type { RandomAccessBytes } from './zip-directory.js';
export { serialDateText } from './serial-date.js';
export { isDateFormatCode } from './styles.js';
