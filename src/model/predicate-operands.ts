import type { Operand, Predicate } from './predicate.js';

/** Every operand a predicate reads (both sides of each comparison), in order. */
export function predicateOperands(predicate: Predicate): Operand[] {
  const out: Operand[] = [];
  const visit = (item: Predicate): void => {
    if ('and' in item) item.and.forEach(visit);
    else if ('or' in item) item.or.forEach(visit);
    else if ('not' in item) visit(item.not);
    else {
      out.push(item.field);
      if (item.other !== undefined) out.push(item.other);
    }
  };
  visit(predicate);
  return out;
}

/** True when the operand reads `age`, whose value depends on the period being evaluated. */
export function readsAge(operand: Operand): boolean {
  if (typeof operand !== 'object') return false;
  if ('age' in operand) return true;
  return 'plus' in operand && operand.plus.some((part) => typeof part !== 'number' && readsAge(part));
}
