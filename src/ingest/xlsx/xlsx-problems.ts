import type { IssueParams } from '../../errors/issue.js';
import { LawGaugeError } from '../../errors/law-gauge-error.js';

// The whole-file problems of a workbook, worded once. Each names the input (`source`).

/** A problem that stops the whole workbook from being read. */
export function xlsxError(source: string, code: string, message: string, params?: IssueParams): LawGaugeError {
  return new LawGaugeError('invalid_data', source, [
    { code, path: [], message, ...(params === undefined ? {} : { params }) },
  ]);
}

/** The input is an OLE compound file: an old binary .xls, or an encrypted (password-protected) workbook. */
export function compoundFileError(source: string): LawGaugeError {
  return xlsxError(
    source,
    'xls_not_supported',
    'this is an old binary Excel file (.xls) or a password-protected workbook, which cannot be read; open it in Excel or WPS and save it as .xlsx (without a password) or as CSV',
  );
}

/** The input is not a zip archive at all. */
export function notZipError(source: string): LawGaugeError {
  return xlsxError(
    source,
    'not_xlsx',
    'not an Excel workbook (.xlsx): the file is not a zip archive; save the sheet as .xlsx or CSV',
  );
}
