import type { Field } from '../model/dataset.js';
import type { ComparisonOp, LeafPredicate, Operand, Predicate, Scalar } from '../model/predicate.js';
import { parseIsoDay } from '../time/civil-day.js';
import type { DictionaryColumn } from '../table/column.js';
import { isValid } from '../table/validity.js';
import { enumCodes } from '../ingest/column-builders.js';
import { normalizeText } from '../ingest/values/normalize-text.js';
import { numericValues } from './operand-values.js';
import type { TableContext } from './table-context.js';
import { FALSE, TRUE, UNKNOWN, triNot } from './tri.js';

/**
 * Evaluates a period-independent filter over every row at once: one typed-array pass per node,
 * giving FALSE / TRUE / UNKNOWN per row (see `tri.ts`). Masks are cached per table.
 */
export function predicateMask(context: TableContext, predicate: Predicate): Uint8Array {
  return context.memo(`mask:${JSON.stringify(predicate)}`, () => computeMask(context, predicate));
}

function computeMask(context: TableContext, predicate: Predicate): Uint8Array {
  const length = context.table.length;
  if ('not' in predicate) {
    const inner = predicateMask(context, predicate.not);
    const out = new Uint8Array(length);
    for (let row = 0; row < length; row++) out[row] = triNot(inner[row]!);
    return out;
  }
  if ('and' in predicate || 'or' in predicate) {
    const isAnd = 'and' in predicate;
    const items = isAnd ? predicate.and : predicate.or;
    const out = new Uint8Array(length).fill(isAnd ? TRUE : FALSE);
    for (const item of items) {
      const mask = predicateMask(context, item);
      for (let row = 0; row < length; row++) {
        const a = out[row]!;
        const b = mask[row]!;
        if (isAnd) out[row] = a === FALSE || b === FALSE ? FALSE : a === UNKNOWN || b === UNKNOWN ? UNKNOWN : TRUE;
        else out[row] = a === TRUE || b === TRUE ? TRUE : a === UNKNOWN || b === UNKNOWN ? UNKNOWN : FALSE;
      }
    }
    return out;
  }
  return leafMask(context, predicate);
}

function fieldOf(context: TableContext, operand: Operand): Field | undefined {
  return typeof operand === 'string' ? context.table.dataset.fields.find((field) => field.name === operand) : undefined;
}

/** The number a constant stands for when compared with a numeric or date operand. */
function numericConstant(constant: Scalar): number {
  if (typeof constant === 'number') return constant;
  if (typeof constant === 'boolean') return constant ? 1 : 0;
  return parseIsoDay(constant) ?? Number.NaN;
}

function compare(op: ComparisonOp, a: number, b: number): boolean {
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'lt':
      return a < b;
    case 'le':
      return a <= b;
    case 'gt':
      return a > b;
    case 'ge':
      return a >= b;
  }
}

function leafMask(context: TableContext, leaf: LeafPredicate): Uint8Array {
  const length = context.table.length;
  const out = new Uint8Array(length);
  const field = fieldOf(context, leaf.field);
  if (field !== undefined && (field.type === 'enum' || field.type === 'string')) {
    return dictionaryMask(context, leaf, context.column(field.name) as DictionaryColumn, field);
  }
  if (typeof leaf.field === 'string' && leaf.other === undefined) return plainFieldMask(context, leaf, leaf.field);
  if (typeof leaf.field === 'string' && typeof leaf.other === 'string' && isComparison(leaf.op))
    return fieldPairMask(context, leaf.op, leaf.field, leaf.other);
  const values = numericValues(context, leaf.field);
  const op = leaf.op;
  if (op === undefined) {
    for (let row = 0; row < length; row++) {
      const v = values[row]!;
      out[row] = v !== v ? UNKNOWN : v === 1 ? TRUE : FALSE;
    }
  } else if (op === 'isNull' || op === 'notNull') {
    const wantNull = op === 'isNull';
    for (let row = 0; row < length; row++) out[row] = (values[row] !== values[row]) === wantNull ? TRUE : FALSE;
  } else if (op === 'in' || op === 'notIn') {
    const set = new Set((leaf.value as readonly Scalar[]).map(numericConstant));
    const inside = op === 'in' ? TRUE : FALSE;
    for (let row = 0; row < length; row++) {
      const v = values[row]!;
      out[row] = v !== v ? UNKNOWN : set.has(v) ? inside : triNot(inside);
    }
  } else if (leaf.other !== undefined) {
    const other = numericValues(context, leaf.other);
    for (let row = 0; row < length; row++) {
      const a = values[row]!;
      const b = other[row]!;
      out[row] = a !== a || b !== b ? UNKNOWN : compare(op, a, b) ? TRUE : FALSE;
    }
  } else {
    const b = numericConstant(leaf.value as Scalar);
    for (let row = 0; row < length; row++) {
      const a = values[row]!;
      out[row] = a !== a ? UNKNOWN : compare(op, a, b) ? TRUE : FALSE;
    }
  }
  return out;
}

/**
 * A test of one numeric, date or boolean column against constants, read straight from its typed
 * array and null mask (no intermediate copy): null → UNKNOWN, except for isNull / notNull.
 */
function plainFieldMask(context: TableContext, leaf: LeafPredicate, name: string): Uint8Array {
  const column = context.column(name);
  if ('codes' in column) throw new Error(`field "${name}" is dictionary-encoded`);
  const { values, validity } = column;
  const length = context.table.length;
  const out = new Uint8Array(length);
  const op = leaf.op;
  if (op === 'isNull' || op === 'notNull') {
    const whenValid = op === 'notNull' ? TRUE : FALSE;
    if (validity === null) return out.fill(whenValid);
    for (let row = 0; row < length; row++)
      out[row] = (validity[row >> 3]! & (1 << (row & 7))) !== 0 ? whenValid : triNot(whenValid);
    return out;
  }
  // One verdict per row value: TRUE or FALSE, computed by `test`.
  let test: (v: number) => boolean;
  if (op === undefined) test = (v) => v === 1;
  else if (op === 'in' || op === 'notIn') {
    const set = new Set((leaf.value as readonly Scalar[]).map(numericConstant));
    test = op === 'in' ? (v) => set.has(v) : (v) => !set.has(v);
  } else {
    const b = numericConstant(leaf.value as Scalar);
    switch (op) {
      case 'eq':
        test = (v) => v === b;
        break;
      case 'ne':
        test = (v) => v !== b;
        break;
      case 'lt':
        test = (v) => v < b;
        break;
      case 'le':
        test = (v) => v <= b;
        break;
      case 'gt':
        test = (v) => v > b;
        break;
      case 'ge':
        test = (v) => v >= b;
        break;
    }
  }
  for (let row = 0; row < length; row++) {
    if (validity !== null && (validity[row >> 3]! & (1 << (row & 7))) === 0) out[row] = UNKNOWN;
    else out[row] = test(values[row]!) ? TRUE : FALSE;
  }
  return out;
}

function isComparison(op: LeafPredicate['op']): op is ComparisonOp {
  return op === 'eq' || op === 'ne' || op === 'lt' || op === 'le' || op === 'gt' || op === 'ge';
}

/**
 * A comparison of two numeric, date or boolean columns (`closed_on ge filed_on`), read straight
 * from their typed arrays and null masks: as `numericValues` would give them (null → NaN →
 * UNKNOWN), without a Float64Array copy of each (16 MiB per million rows, when a read's memory peaks).
 */
function fieldPairMask(context: TableContext, op: ComparisonOp, name: string, otherName: string): Uint8Array {
  const column = context.column(name);
  const other = context.column(otherName);
  if ('codes' in column) throw new Error(`field "${name}" is not numeric`);
  if ('codes' in other) throw new Error(`field "${otherName}" is not numeric`);
  const length = context.table.length;
  const out = new Uint8Array(length);
  const { values, validity } = column;
  const { values: otherValues, validity: otherValidity } = other;
  for (let row = 0; row < length; row++) {
    const byte = row >> 3;
    const bit = 1 << (row & 7);
    if (
      (validity !== null && (validity[byte]! & bit) === 0) ||
      (otherValidity !== null && (otherValidity[byte]! & bit) === 0)
    )
      out[row] = UNKNOWN;
    else {
      const a = values[row]!;
      const b = otherValues[row]!;
      out[row] = a !== a || b !== b ? UNKNOWN : compare(op, a, b) ? TRUE : FALSE;
    }
  }
  return out;
}

/** Dictionary code of a constant in a column, -1 when the column never holds it. */
function codeOf(column: DictionaryColumn, field: Field, constant: Scalar): number {
  if (field.type === 'enum') return enumCodes(field).get(normalizeText(String(constant)).toLowerCase()) ?? -1;
  return column.dictionary.indexOf(String(constant));
}

function dictionaryMask(
  context: TableContext,
  leaf: LeafPredicate,
  column: DictionaryColumn,
  field: Field,
): Uint8Array {
  const length = context.table.length;
  const out = new Uint8Array(length);
  const { codes, validity } = column;
  const valid = (row: number): boolean => isValid(validity, row);
  const op = leaf.op;
  if (op === 'isNull' || op === 'notNull') {
    const wantNull = op === 'isNull';
    for (let row = 0; row < length; row++) out[row] = !valid(row) === wantNull ? TRUE : FALSE;
    return out;
  }
  if (leaf.other !== undefined) {
    const otherName = leaf.other as string;
    const other = context.column(otherName) as DictionaryColumn;
    const otherValid = (row: number): boolean => isValid(other.validity, row);
    for (let row = 0; row < length; row++) {
      if (!valid(row) || !otherValid(row)) out[row] = UNKNOWN;
      else {
        const same = column.dictionary[codes[row]!] === other.dictionary[other.codes[row]!];
        out[row] = (op === 'eq') === same ? TRUE : FALSE;
      }
    }
    return out;
  }
  // eq/ne/in/notIn with constants: a per-code lookup table, then one pass over the codes.
  const constants = Array.isArray(leaf.value) ? (leaf.value as readonly Scalar[]) : [leaf.value as Scalar];
  const matches = new Uint8Array(column.dictionary.length);
  for (const constant of constants) {
    const code = codeOf(column, field, constant);
    if (code >= 0) matches[code] = 1;
  }
  const positive = op === 'eq' || op === 'in';
  for (let row = 0; row < length; row++) {
    out[row] = !valid(row) ? UNKNOWN : (matches[codes[row]!] === 1) === positive ? TRUE : FALSE;
  }
  return out;
}
