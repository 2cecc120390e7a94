import type { DaysOperand, Operand } from '../model/predicate.js';
import type { DayColumn } from '../table/column.js';
import type { TableContext } from './table-context.js';

/**
 * A numeric operand as one Float64 value per row, NaN for null: integer, number, date (day
 * numbers) and boolean (1/0) fields, `days(from, to) − minus` and `plus`. Operands reading `age`
 * depend on the period and are evaluated row by row instead (see `period-predicate.ts`).
 */
export function numericValues(context: TableContext, operand: Operand): Float64Array {
  return context.memo(`values:${JSON.stringify(operand)}`, () => {
    if (typeof operand === 'string') return fieldValues(context, operand);
    if ('days' in operand) return daysValues(context, operand.days);
    if ('plus' in operand) return plusValues(context, operand.plus);
    throw new Error('age operands depend on the period; use periodOperand');
  });
}

function plusValues(context: TableContext, parts: readonly (Operand | number)[]): Float64Array {
  const out = new Float64Array(context.table.length);
  for (const part of parts) {
    if (typeof part === 'number') {
      for (let row = 0; row < out.length; row++) out[row]! += part;
    } else {
      const values = numericValues(context, part);
      for (let row = 0; row < out.length; row++) out[row]! += values[row]!;
    }
  }
  return out;
}

function fieldValues(context: TableContext, name: string): Float64Array {
  const column = context.column(name);
  if ('codes' in column) throw new Error(`field "${name}" is not numeric`);
  const length = context.table.length;
  const out = new Float64Array(length);
  const { values, validity } = column;
  for (let row = 0; row < length; row++) {
    out[row] = validity === null || (validity[row >> 3]! & (1 << (row & 7))) !== 0 ? values[row]! : Number.NaN;
  }
  return out;
}

function daysValues(context: TableContext, days: DaysOperand): Float64Array {
  const from = context.column(days.from) as DayColumn;
  const to = context.column(days.to) as DayColumn;
  const minus = days.minus === undefined ? null : context.column(days.minus);
  const minusValues = minus === null || 'codes' in minus ? null : minus.values;
  const minusValidity = minus === null ? null : minus.validity;
  const length = context.table.length;
  const out = new Float64Array(length);
  for (let row = 0; row < length; row++) {
    const byte = row >> 3;
    const bit = 1 << (row & 7);
    if (
      (from.validity !== null && (from.validity[byte]! & bit) === 0) ||
      (to.validity !== null && (to.validity[byte]! & bit) === 0)
    ) {
      out[row] = Number.NaN;
      continue;
    }
    // A null `minus` counts as nothing excluded.
    const excluded =
      minusValues === null || (minusValidity !== null && (minusValidity[byte]! & bit) === 0) ? 0 : minusValues[row]!;
    out[row] = to.values[row]! - from.values[row]! - excluded;
  }
  return out;
}
