import { LawGaugeError } from '../../errors/law-gauge-error.js';
import type { TypedIssue } from '../../errors/issues.js';

// The whole-file problems of a workbook, worded once. Each names the input (`source`).

/** An issue of a workbook as a whole: it has no path. */
type WorkbookIssue = TypedIssue extends infer I ? (I extends TypedIssue ? Omit<I, 'path'> : never) : never;

/** The codes whose only param is the English account of the damage. */
type DamageCode = 'not_xlsx' | 'encrypted' | 'corrupt_zip' | 'unsupported_zip' | 'corrupt_xlsx';

/** A problem that stops the whole workbook from being read. */
export function workbookError(source: string, issue: WorkbookIssue): LawGaugeError {
  return new LawGaugeError('invalid_data', source, [{ ...issue, path: [] } as TypedIssue]);
}

/** Damage worded in English only (`message`), which other languages keep in parentheses. */
export function xlsxError(source: string, code: DamageCode, message: string): LawGaugeError {
  return new LawGaugeError('invalid_data', source, [{ code, path: [], message, params: { detail: message } }]);
}

/** The input is an OLE compound file: an old binary .xls, or an encrypted (password-protected) workbook. */
export function compoundFileError(source: string): LawGaugeError {
  return workbookError(source, {
    code: 'xls_not_supported',
    message:
      'this is an old binary Excel file (.xls) or a password-protected workbook, which cannot be read; open it in Excel or WPS and save it as .xlsx (without a password) or as CSV',
    params: {},
  });
}

/** The input is not a zip archive at all. */
export function notZipError(source: string): LawGaugeError {
  return xlsxError(
    source,
    'not_xlsx',
    'not an Excel workbook (.xlsx): the file is not a zip archive; save the sheet as .xlsx or CSV',
  );
}
