import { LawGaugeError } from '../errors/law-gauge-error.js';
import type { QuarantineProblem } from '../errors/issues.js';
import type { TableBuilder } from './table-builder.js';

// The record-level problems both CSV readers (text and bytes) report, worded once.

/** A record cut by a chunk end grew past `limit` `units` (characters or bytes) while waiting for the rest. */
export function recordTooLong(source: string, line: number, limit: number, units: string): LawGaugeError {
  return new LawGaugeError('invalid_data', source, [
    {
      code: 'record_too_long',
      path: ['line', line],
      message: `the record starting on line ${line} is longer than ${limit} ${units}; is a quote left open?`,
      params: { line, limit, units },
    },
  ]);
}

/**
 * A record's quote opened on `line` and never closed, running over the lines after it to the file's
 * end (`lastLine`): an error, not a quarantined record, for the records in those lines would be lost.
 */
export function quoteRunsToEnd(source: string, line: number, lastLine: number): LawGaugeError {
  return new LawGaugeError('invalid_data', source, [
    {
      code: 'unterminated_quote',
      path: ['line', line],
      message: `a quoted field opened on line ${line} is never closed: it runs to the end of the file (line ${lastLine}), taking ${lastLine - line + 1} lines into one field; fix the quote`,
      params: { line, header: false, last_line: lastLine },
    },
  ]);
}

function fieldCountProblem(line: number, fieldCount: number, headerCount: number): QuarantineProblem {
  return {
    code: 'wrong_field_count',
    message: `line ${line} has ${fieldCount} field${fieldCount === 1 ? '' : 's'}; the header has ${headerCount}`,
    params: { line, fields: fieldCount, header: headerCount },
  };
}

function unterminatedProblem(line: number): QuarantineProblem {
  return {
    code: 'unterminated_quote',
    message: `a quoted field opened on line ${line} is never closed`,
    params: { line, header: false },
  };
}

/**
 * Quarantines a record whose field count differs from the header's, keeping the record as written
 * (`text`, its line end left out) as the quarantined value: no one field can be named, and the
 * row is what its reader needs to fix it.
 */
export function rejectFieldCount(
  builder: TableBuilder,
  line: number,
  fieldCount: number,
  headerCount: number,
  text: string,
): void {
  builder.reject(line, fieldCountProblem(line, fieldCount, headerCount), text);
}

/**
 * A record problem read in one part of a file, restated with its line in the whole file (`line`):
 * the problems above that name their line, worded by the same functions.
 */
export function problemAtLine(problem: QuarantineProblem, line: number | null): QuarantineProblem {
  if (line === null) return problem;
  if (problem.code === 'wrong_field_count')
    return fieldCountProblem(line, problem.params.fields, problem.params.header);
  if (problem.code === 'unterminated_quote') return unterminatedProblem(line);
  return problem;
}

/** A quote never closed: in the header an error for the whole file, else the record is quarantined. */
export function rejectUnterminated(builder: TableBuilder, source: string, line: number, inHeader: boolean): void {
  if (inHeader)
    throw new LawGaugeError('invalid_data', source, [
      {
        code: 'unterminated_quote',
        path: ['line', line],
        message: `line ${line}: the header has a quote that is never closed`,
        params: { line, header: true },
      },
    ]);
  builder.reject(line, unterminatedProblem(line));
}

/** The text ended before a header line. */
export function noHeader(source: string): LawGaugeError {
  return new LawGaugeError('invalid_data', source, [
    { code: 'no_header', path: [], message: 'the file is empty: no header line', params: { in: 'file' } },
  ]);
}

/** `byte 1234 (0xFF)`: a byte's 0-based offset from the start of the input, and its value. */
export function byteAt(offset: number, byte: number): string {
  return `byte ${offset} (0x${byte.toString(16).toUpperCase().padStart(2, '0')})`;
}

/**
 * A record holding bytes that are not UTF-8, or not GB18030 in a file read as GB18030 (`count`
 * invalid sequences, the first at file offset `first`, starting with `byte`): quarantined whole; in
 * the header, an error for the whole file.
 */
export function rejectInvalidBytes(
  builder: TableBuilder,
  source: string,
  line: number,
  inHeader: boolean,
  first: number,
  byte: number,
  count: number,
  value: string,
  encoding: 'utf-8' | 'gb18030',
): void {
  const gb18030 = encoding === 'gb18030';
  const where = `the bytes at ${byteAt(first, byte)} are not valid ${gb18030 ? 'GB18030' : 'UTF-8'}`;
  const params = { offset: first, byte, count, ...(gb18030 ? { encoding } : {}) };
  if (inHeader)
    throw new LawGaugeError('invalid_data', source, [
      {
        code: 'invalid_encoding',
        path: ['line', line],
        message: `line ${line} (the header): ${where}; fix them, or give --encoding ${gb18030 ? 'utf-8 if the file is UTF-8' : 'gb18030 if the file is GBK'}`,
        params: { ...params, line, where: 'header' },
      },
    ]);
  builder.reject(
    line,
    {
      code: 'invalid_encoding',
      message: `${where}${count > 1 ? ` (${count} such sequences in the row)` : ''}; the row is not read`,
      params: { ...params, where: 'row' },
    },
    value,
  );
}
