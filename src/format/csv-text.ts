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

/**
 * CSV text for spreadsheets (see {@link csvCell}), CRLF line ends; with `bom` (default) a UTF-8
 * byte-order mark first so Excel reads Chinese correctly.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: { readonly bom?: boolean } = {}): string {
  const text = rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
  return `${options.bom === false ? '' : '\uFEFF'}${text}\r\n`;
}
