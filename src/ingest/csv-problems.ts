import { LawGaugeError } from '../errors/law-gauge-error.js';
import type { TableBuilder } from './table-builder.js';

// The record-level problems both CSV readers (text and bytes) report, worded once.

/** A record cut by a chunk end grew past `limit` `units` (characters or bytes) while waiting for the rest. */
export function recordTooLong(source: string, line: number, limit: number, units: string): LawGaugeError {
  return new LawGaugeError('invalid_data', source, [
    { code: 'record_too_long', path: ['line', line], message: `the record starting on line ${line} is longer than ${limit} ${units}; is a quote left open?` },
  ]);
}

/** Quarantines a record whose field count differs from the header's. */
export function rejectFieldCount(builder: TableBuilder, line: number, fieldCount: number, headerCount: number): void {
  builder.reject(line, 'wrong_field_count', `line ${line} has ${fieldCount} field${fieldCount === 1 ? '' : 's'}; the header has ${headerCount}`);
}

/** A quote never closed: in the header an error for the whole file, else the record is quarantined. */
export function rejectUnterminated(builder: TableBuilder, source: string, line: number, inHeader: boolean): void {
  if (inHeader) throw new LawGaugeError('invalid_data', source, [{ code: 'unterminated_quote', path: ['line', line], message: `line ${line}: the header has a quote that is never closed` }]);
  builder.reject(line, 'unterminated_quote', `a quoted field opened on line ${line} is never closed`);
}

/** The text ended before a header line. */
export function noHeader(source: string): LawGaugeError {
  return new LawGaugeError('invalid_data', source, [{ code: 'no_header', path: [], message: 'the file is empty: no header line' }]);
}
