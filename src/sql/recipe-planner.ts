import type { Measure } from '../model/measure.js';
import type { Predicate } from '../model/predicate.js';
import type { TimeRules } from '../model/time-rule.js';
import type { SqlRecipePlanner } from '../measures/measure-kind.js';
import type { Accumulators } from './accumulators.js';
import type { PartConditions } from './part-conditions.js';
import { recordSets } from './record-sets.js';
import type { RowExpressions } from './row-expressions.js';
import { rulesOf } from './rule-bounds.js';

/** What the planner of every measure of one query shares. */
export interface RecipePlanning {
  readonly rows: RowExpressions;
  readonly conditions: PartConditions;
  readonly accumulators: Accumulators;
  /** The plan is in event mode (`AggregatePlan.events`). */
  readonly events: boolean;
}

/** What a kind's recipe may ask for, over `measure`'s record sets: each request an accumulator's position. */
export function recipePlanner(measure: Measure, planning: RecipePlanning): SqlRecipePlanner {
  const { rows, conditions, accumulators } = planning;
  return {
    sets: recordSets(measure),
    count: (set) => linearAccumulator(planning, 'count', set.time, set.where),
    countValues: (set, value) => linearAccumulator(planning, 'countValues', set.time, set.where, rows.numeric(value)),
    sum: (set, value) => linearAccumulator(planning, 'sum', set.time, set.where, rows.numeric(value)),
    // Never a running total: event mode is off when an order statistic reads a long rule.
    orderStatistic: (set, operand, statistic) => {
      const value = rows.numeric(operand);
      const condition = conditions.part(set.time, set.where);
      const count = accumulators.add({ kind: 'countValues', value, condition });
      return {
        count,
        statistic: accumulators.add(
          statistic.kind === 'quantile'
            ? { kind: 'quantile', value, condition, p: statistic.p }
            : { kind: statistic.kind, value, condition },
        ),
      };
    },
  };
}

/**
 * A count or sum over a part's records: in event mode, over a long rule, a `delta` accumulator
 * (its condition only the filters); else a plain conditional aggregate.
 */
function linearAccumulator(
  { conditions, accumulators, events }: RecipePlanning,
  kind: 'count' | 'countValues' | 'sum',
  time: TimeRules,
  where: readonly (Predicate | undefined)[],
  value?: string,
): number {
  const eventful = events && rulesOf(time).some((rule) => conditions.isLong(rule));
  const filters = conditions.filters(where);
  const condition = !eventful ? conditions.part(time, where) : filters.length === 0 ? '(1 = 1)' : filters.join(' AND ');
  const delta = eventful ? { delta: conditions.ruleSetNumber(time) } : {};
  return accumulators.add(
    kind === 'count' ? { kind, condition, ...delta } : { kind, value: value!, condition, ...delta },
  );
}
