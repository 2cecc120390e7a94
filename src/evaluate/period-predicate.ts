import type { Operand, Predicate, Scalar } from '../model/predicate.js';
import { parseIsoDay } from '../time/civil-day.js';
import { numericValues } from './operand-values.js';
import { dependsOnPeriod, operandDependsOnPeriod } from './predicate-shape.js';
import { predicateMask } from './predicate-mask.js';
import type { TableContext } from './table-context.js';
import { FALSE, TRUE, UNKNOWN, triAnd, triNot, triOr, type Tri } from './tri.js';

/** A filter evaluated for one row in one period, identified by the period's last day. */
export type PeriodPredicate = (row: number, periodEnd: number) => Tri;

/** A numeric operand for one row in one period; NaN for null. */
export type PeriodOperand = (row: number, periodEnd: number) => number;

export function periodOperand(context: TableContext, operand: Operand): PeriodOperand {
  if (typeof operand === 'object' && 'age' in operand) {
    const days = numericValues(context, operand.age);
    return (row, periodEnd) => periodEnd - days[row]!;
  }
  if (typeof operand === 'object' && 'plus' in operand && operandDependsOnPeriod(operand)) {
    const parts = operand.plus.map((part): PeriodOperand =>
      typeof part === 'number' ? () => part : periodOperand(context, part),
    );
    return (row, periodEnd) => parts.reduce((sum, part) => sum + part(row, periodEnd), 0);
  }
  const values = numericValues(context, operand);
  return (row) => values[row]!;
}

function constantNumber(constant: Scalar): number {
  if (typeof constant === 'number') return constant;
  if (typeof constant === 'boolean') return constant ? 1 : 0;
  return parseIsoDay(constant) ?? Number.NaN;
}

/**
 * Compiles a filter that reads `age` into closures. Period-independent subtrees are answered
 * from their cached masks, so only the `age` comparisons are computed per row and period.
 * Catalog checks guarantee `age` operands are numeric and compared with numbers.
 */
export function compilePeriodPredicate(context: TableContext, predicate: Predicate): PeriodPredicate {
  if (!dependsOnPeriod(predicate)) {
    const mask = predicateMask(context, predicate);
    return (row) => mask[row] as Tri;
  }
  if ('not' in predicate) {
    const inner = compilePeriodPredicate(context, predicate.not);
    return (row, end) => triNot(inner(row, end));
  }
  if ('and' in predicate || 'or' in predicate) {
    const isAnd = 'and' in predicate;
    const items = (isAnd ? predicate.and : predicate.or).map((item) => compilePeriodPredicate(context, item));
    return (row, end) => {
      let result: Tri = isAnd ? TRUE : FALSE;
      for (const item of items) result = isAnd ? triAnd(result, item(row, end)) : triOr(result, item(row, end));
      return result;
    };
  }
  const left = periodOperand(context, predicate.field);
  const op = predicate.op;
  if (op === 'isNull' || op === 'notNull') {
    const wantNull = op === 'isNull';
    return (row, end) => {
      const v = left(row, end);
      return (v !== v) === wantNull ? TRUE : FALSE;
    };
  }
  if (op === 'in' || op === 'notIn') {
    const set = new Set((predicate.value as readonly Scalar[]).map(constantNumber));
    const inside = op === 'in';
    return (row, end) => {
      const v = left(row, end);
      return v !== v ? UNKNOWN : set.has(v) === inside ? TRUE : FALSE;
    };
  }
  const right: PeriodOperand =
    predicate.other !== undefined
      ? periodOperand(context, predicate.other)
      : (
          (value: number) => () =>
            value
        )(constantNumber(predicate.value as Scalar));
  return (row, end) => {
    const a = left(row, end);
    const b = right(row, end);
    if (a !== a || b !== b) return UNKNOWN;
    switch (op) {
      case 'eq':
        return a === b ? TRUE : FALSE;
      case 'ne':
        return a !== b ? TRUE : FALSE;
      case 'lt':
        return a < b ? TRUE : FALSE;
      case 'le':
        return a <= b ? TRUE : FALSE;
      case 'gt':
        return a > b ? TRUE : FALSE;
      default:
        return a >= b ? TRUE : FALSE;
    }
  };
}
