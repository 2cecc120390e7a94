import type { Operand, Predicate } from '../model/predicate.js';
import { readsAge } from '../model/predicate-operands.js';

/** True when the predicate reads `age`, whose value depends on the period being evaluated. */
export function dependsOnPeriod(predicate: Predicate): boolean {
  if ('and' in predicate) return predicate.and.some(dependsOnPeriod);
  if ('or' in predicate) return predicate.or.some(dependsOnPeriod);
  if ('not' in predicate) return dependsOnPeriod(predicate.not);
  return (
    operandDependsOnPeriod(predicate.field) ||
    (predicate.other !== undefined && operandDependsOnPeriod(predicate.other))
  );
}

export const operandDependsOnPeriod: (operand: Operand) => boolean = readsAge;

/** Splits a filter into a conjunction of period-independent and period-dependent parts. */
export function splitByPeriodDependence(predicate: Predicate | undefined): {
  fixed: Predicate[];
  periodic: Predicate[];
} {
  const fixed: Predicate[] = [];
  const periodic: Predicate[] = [];
  const visit = (item: Predicate): void => {
    if ('and' in item) item.and.forEach(visit);
    else (dependsOnPeriod(item) ? periodic : fixed).push(item);
  };
  if (predicate !== undefined) visit(predicate);
  return { fixed, periodic };
}
