import type { Validity } from './validity.js';

/** `integer` fields: Int32 values. */
export interface IntegerColumn {
  readonly type: 'integer';
  readonly values: Int32Array;
  readonly validity: Validity;
}
/** `number` fields: Float64 values. */
export interface NumberColumn {
  readonly type: 'number';
  readonly values: Float64Array;
  readonly validity: Validity;
}
/** `date` and `datetime` fields: Shanghai civil day numbers (days since 1970-01-01). */
export interface DayColumn {
  readonly type: 'date' | 'datetime';
  readonly values: Int32Array;
  readonly validity: Validity;
}
/** `boolean` fields: 1 or 0. */
export interface BooleanColumn {
  readonly type: 'boolean';
  readonly values: Uint8Array;
  readonly validity: Validity;
}
/**
 * `enum` and `string` fields, dictionary-encoded: `dictionary[codes[row]]` is the value. Enum
 * dictionaries hold the declared values in declared order; string dictionaries the values in
 * order of first appearance.
 */
export interface DictionaryColumn {
  readonly type: 'enum' | 'string';
  readonly codes: Uint8Array | Uint16Array | Uint32Array;
  readonly dictionary: readonly string[];
  readonly validity: Validity;
}

export type Column = IntegerColumn | NumberColumn | DayColumn | BooleanColumn | DictionaryColumn;

export function columnByteLength(column: Column): number {
  const data = 'codes' in column ? column.codes.byteLength : column.values.byteLength;
  const dictionary =
    'dictionary' in column ? column.dictionary.reduce((sum, text) => sum + 2 * text.length + 16, 0) : 0;
  return data + dictionary + (column.validity?.byteLength ?? 0);
}
