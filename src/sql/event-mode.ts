import type { Measure } from '../model/measure.js';
import type { RecordSet } from '../measures/measure-kind.js';
import { measureKind } from '../measures/registry.js';
import type { PartConditions } from './part-conditions.js';
import { recordSets } from './record-sets.js';
import { PERIOD_COLUMN, type RowExpressions } from './row-expressions.js';
import { rulesOf } from './rule-bounds.js';

/**
 * Whether the plan can expand records only to the periods where their membership changes (see
 * `AggregatePlan.events`): some record set follows a long rule, and every such set is read by a
 * kind whose recipe is linear (counts and sums), with filters and summed values that do not
 * depend on the period (an age at the period's end does).
 */
export function eventModeApplies(
  measures: readonly Measure[],
  conditions: PartConditions,
  rows: RowExpressions,
): boolean {
  const periodDependent = (set: RecordSet): boolean =>
    [...conditions.filters(set.where), ...set.values.map((value) => rows.numeric(value))].some((sql) =>
      sql.includes(PERIOD_COLUMN),
    );
  const longSets = measures.flatMap((measure) =>
    recordSets(measure)
      .filter((set) => rulesOf(set.time).some((rule) => conditions.isLong(rule)))
      .map((set) => ({ measure, set })),
  );
  return (
    longSets.length > 0 &&
    longSets.every(({ measure, set }) => measureKind(measure.kind).linear && !periodDependent(set))
  );
}
