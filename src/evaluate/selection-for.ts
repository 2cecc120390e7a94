import type { Predicate } from '../model/predicate.js';
import type { Part, SubPart } from '../model/measure.js';
import type { TimeRules } from '../model/time-rule.js';
import type { PeriodGrid } from '../time/period-grid.js';
import { membership } from './membership.js';
import { compilePeriodPredicate } from './period-predicate.js';
import { predicateMask } from './predicate-mask.js';
import { splitByPeriodDependence } from './predicate-shape.js';
import type { Selection } from './selection.js';
import type { TableContext } from './table-context.js';

export interface SelectionScope {
  readonly table: TableContext;
  readonly grid: PeriodGrid;
  /** The evaluation's period-to-date option, applied to every time rule. */
  readonly toDate: boolean;
}

function selectionOf(scope: SelectionScope, time: TimeRules, where: Predicate | undefined): Selection {
  const { fixed, periodic } = splitByPeriodDependence(where);
  const runs = membership(scope.table, scope.grid, time, scope.toDate);
  const mask = fixed.length === 0 ? null : predicateMask(scope.table, fixed.length === 1 ? fixed[0]! : { and: fixed });
  const periodicPredicate =
    periodic.length === 0
      ? null
      : compilePeriodPredicate(scope.table, periodic.length === 1 ? periodic[0]! : { and: periodic });
  return { runs, mask, periodic: periodicPredicate };
}

export function partSelection(scope: SelectionScope, part: Part): Selection {
  return selectionOf(scope, part.time, part.where);
}

/** A numerator: its own records when it has a time rule, else the denominator's that match its filter. */
export function subPartSelection(scope: SelectionScope, sub: SubPart, denominator: Part): Selection {
  if (sub.time !== undefined) return selectionOf(scope, sub.time, sub.where);
  const filters = [denominator.where, sub.where].filter((item): item is Predicate => item !== undefined);
  return selectionOf(
    scope,
    denominator.time,
    filters.length === 0 ? undefined : filters.length === 1 ? filters[0] : { and: filters },
  );
}
