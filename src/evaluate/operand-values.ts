import type { DaysOperand, Operand } from '../model/predicate.js';
import type { TableContext } from './table-context.js';

/**
 * A numeric operand as one Float64 value per row, NaN for null: integer, number, date (day
 * numbers) and boolean (1/0) fields, and `days(from, to) − minus`. `age` depends on the period
 * and is evaluated row by row instead (see `dynamic-predicate.ts`).
 */
export function numericValues(context: TableContext, operand: Exclude<Operand, { age: string }>): Float64Array {
  return context.memo(`values:${JSON.stringify(operand)}`, () =>
    typeof operand === 'string' ? fieldValues(context, operand) : daysValues(context, operand.days),
  );
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
  const from = fieldValues(context, days.from);
  const to = fieldValues(context, days.to);
  const minus = days.minus === undefined ? null : fieldValues(context, days.minus);
  const length = context.table.length;
  const out = new Float64Array(length);
  for (let row = 0; row < length; row++) {
    const excluded = minus === null ? 0 : minus[row]!;
    // A null `minus` counts as nothing excluded; NaN from a null date propagates.
    out[row] = to[row]! - from[row]! - (excluded === excluded ? excluded : 0);
  }
  return out;
}
