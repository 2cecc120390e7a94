import { checkOptionKeys, type OptionKeys } from '../model/option-keys.js';

export type CsvCell = string | number | boolean | null;

/**
 * One CSV cell: RFC 4180 quoting, numbers in full precision with `.` as the decimal point,
 * null as an empty cell, and text starting with = + - @ (or a tab / carriage return) neutralised
 * with a leading apostrophe so a spreadsheet never runs it as a formula.
 */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The keys of toCsv()'s options: any other is refused, not ignored. */
const TO_CSV_OPTION_KEYS: OptionKeys<{ readonly bom?: boolean }> = { bom: true };

/**
 * CSV text for spreadsheets (see {@link csvCell}), CRLF line ends; with `bom` (default) a UTF-8
 * byte-order mark first so Excel reads Chinese correctly.
 *
 * @throws LawGaugeError (`invalid_argument`) for options that are not an object or have a key
 *   other than `bom` (`unknown_key`, naming `bom` for a near miss such as `bmo`).
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: { readonly bom?: boolean } = {}): string {
  return csvText(rows, checkOptionKeys(options, TO_CSV_OPTION_KEYS).bom !== false);
}

/** {@link toCsv} for callers whose options are their own (the widgets), without the options check. */
export function csvText(rows: readonly (readonly CsvCell[])[], bom = true): string {
  const text = rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
  return `${bom ? '\uFEFF' : ''}${text}\r\n`;
}
