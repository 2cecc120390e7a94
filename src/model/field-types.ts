import type { Field } from './dataset.js';
import type { Operand } from './predicate.js';

/** What an operand evaluates to, for type checks of filters and measures. */
export type OperandKind = 'number' | 'date' | 'boolean' | 'enum' | 'string';

export function kindOfField(field: Field): OperandKind {
  switch (field.type) {
    case 'integer':
    case 'number':
      return 'number';
    case 'date':
    case 'datetime':
      return 'date';
    case 'boolean':
      return 'boolean';
    case 'enum':
      return 'enum';
    case 'string':
      return 'string';
  }
}

/** The field names an operand reads. */
export function operandFields(operand: Operand): string[] {
  if (typeof operand === 'string') return [operand];
  if ('days' in operand)
    return [operand.days.from, operand.days.to, ...(operand.days.minus === undefined ? [] : [operand.days.minus])];
  if ('plus' in operand) return operand.plus.flatMap((part) => (typeof part === 'number' ? [] : operandFields(part)));
  return [operand.age];
}
