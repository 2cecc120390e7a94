import type { Column, DictionaryColumn } from './column.js';
import { createValidity, isValid, setValid, type Validity } from './validity.js';

function keptValidity(validity: Validity, keep: Uint8Array, kept: number): Validity {
  if (validity === null) return null;
  const out = createValidity(kept);
  let allValid = true;
  for (let row = 0, to = 0; row < keep.length; row++) {
    if (keep[row] === 0) continue;
    if (isValid(validity, row)) setValid(out, to);
    else allValid = false;
    to++;
  }
  return allValid ? null : out;
}

function keptValues<T extends Int32Array | Float64Array | Uint8Array | Uint16Array | Uint32Array>(
  values: T,
  keep: Uint8Array,
  out: T,
): T {
  for (let row = 0, to = 0; row < keep.length; row++) if (keep[row] !== 0) out[to++] = values[row]!;
  return out;
}

/**
 * The rows of a column where `keep[row]` is 1 (`kept` of them), in order. A string column's
 * dictionary is rebuilt from the rows kept, in order of first appearance, so a value seen only in
 * rows left out is not a group of its own; an enum column keeps its declared dictionary.
 */
export function keepRows(column: Column, keep: Uint8Array, kept: number): Column {
  const validity = keptValidity(column.validity, keep, kept);
  if (!('codes' in column)) {
    const values = column.values;
    const out = keptValues(values, keep, new (values.constructor as new (length: number) => typeof values)(kept));
    return { ...column, values: out, validity } as Column;
  }
  const from: DictionaryColumn['codes'] = column.codes;
  const codes = keptValues(from, keep, new (from.constructor as new (length: number) => typeof from)(kept));
  if (column.type === 'enum') return { ...column, codes, validity };
  const recode = new Int32Array(column.dictionary.length).fill(-1);
  const dictionary: string[] = [];
  for (let row = 0; row < kept; row++) {
    if (!isValid(validity, row)) {
      codes[row] = 0;
      continue;
    }
    const code = codes[row]!;
    if (recode[code] === -1) recode[code] = dictionary.push(column.dictionary[code]!) - 1;
    codes[row] = recode[code]!;
  }
  return { ...column, codes, dictionary, validity };
}
