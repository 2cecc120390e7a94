import type { Measure } from './measure.js';
import { measureParts } from './measure-parts.js';
import type { LeafPredicate, Operand, Predicate } from './predicate.js';
import type { TimeRules } from './time-rule.js';

/**
 * How a record an empty field leaves out is missing from the measure:
 * - `measure`: from the measure altogether — from its records (a count, a rate's or ratio's
 *   denominator, a turnover's flow or stock) or from the values it sums, averages or orders;
 * - `numerator`: from a rate's or ratio's numerator only: the record is in the denominator (its
 *   filter holds), but the numerator asks a field to be non-empty, or sums one, and it is empty.
 */
export type ExclusionRole = 'measure' | 'numerator';

/**
 * Records a measure leaves out because `field`, which it needs, is empty. A measure needs a field
 * when one of its parts' filters asks it to be non-empty (`{field, op: "notNull"}`, at the top or
 * inside nested `and`s: a test every record must pass), or when the value it sums, averages or
 * orders cannot be computed without it (`value`, a ratio's `sum`; `{days: {from, to}}` needs both
 * dates, not its `minus`). Comparisons with an empty field (`appealed`, `ge 4`) are a filter's
 * "no", not a need, and are not counted; nor are required fields and the dates a part's time
 * rules already ask for, which cannot be empty in its records.
 *
 * The records counted for `field` are those of `all` (the part's time rules and its filter's
 * conditions but its `notNull` tests and the tests an empty `field` fails; a numerator without time
 * rules within the denominator's records) with `field` empty: the records of `all` less those of `kept` (`all` and
 * `field` not null). Both engines count them as that difference, so counts the plan already has
 * (closed cases; the denominator) are shared. A record missing two needed fields is counted
 * under each.
 */
export interface EmptyFieldExclusion {
  readonly field: string;
  readonly role: ExclusionRole;
  readonly time: TimeRules;
  /** The records that would take part were `field` not empty; undefined: all of `time`'s. */
  readonly all: Predicate | undefined;
  /** Those of them with `field` not empty. */
  readonly kept: Predicate;
}

/** What tells the measure's needed fields from the ones that cannot be empty. */
export interface ExclusionScope {
  /** The dataset's required fields: never empty in a used record. */
  readonly required: ReadonlySet<string>;
}

/**
 * The measure's {@link EmptyFieldExclusion}s, part by part (denominator first), one per field a
 * part needs that may be empty in its records. A complement has none of its own: callers pass its
 * base rate's measure.
 */
export function emptyFieldExclusions(measure: Measure, scope: ExclusionScope): EmptyFieldExclusion[] {
  const parts = measureParts(measure);
  const first = parts[0];
  if (first?.time === undefined) return [];
  const exclusions: EmptyFieldExclusion[] = [];
  parts.forEach((part, index) => {
    const subset = index > 0 && part.time === undefined;
    const time = part.time ?? first.time!;
    const base = subset ? first.where : undefined;
    // Fields the part's records have anyway: required, asked for by its time rules or, in a
    // subset numerator, by the denominator's filter.
    const present = new Set([...scope.required, ...timeFields(time), ...(subset ? notNullFields(first.where) : [])]);
    const own = part.where === undefined ? [] : conjuncts(part.where);
    const tested = notNullFields(part.where);
    const needed = [...new Set([...tested, ...(part.value === undefined ? [] : operandFields(part.value))])];
    for (const field of needed) {
      if (present.has(field)) continue;
      // Every condition but the notNull tests and those an empty `field` fails (`field ≥ 3`).
      const others = own.filter((condition) => notNullField(condition) === undefined && !fails(condition, field));
      const kept = tested.includes(field)
        ? own.filter((condition) => others.includes(condition) || notNullField(condition) === field)
        : [...others, { field, op: 'notNull' as const }];
      exclusions.push({
        field,
        role: subset ? 'numerator' : 'measure',
        time,
        all: within(base, sameOr(part.where, own, others)),
        kept: within(base, sameOr(part.where, own, kept))!,
      });
    }
  });
  return exclusions;
}

/**
 * Each field's role in the measure's exclusions: `numerator` when every part leaving records out
 * for it is a subset numerator.
 */
export function exclusionRoles(measure: Measure, scope: ExclusionScope): Map<string, ExclusionRole> {
  const roles = new Map<string, ExclusionRole>();
  for (const { field, role } of emptyFieldExclusions(measure, scope))
    roles.set(field, roles.get(field) === 'measure' ? 'measure' : role);
  return roles;
}

/** The tests every record of a filter must pass: its top-level conditions, nested `and`s opened. */
function conjuncts(predicate: Predicate): Predicate[] {
  return 'and' in predicate ? predicate.and.flatMap(conjuncts) : [predicate];
}

/** The field of a `{field, op: "notNull"}` test on a field. */
function notNullField(condition: Predicate): string | undefined {
  if (!('field' in condition)) return undefined;
  const leaf: LeafPredicate = condition;
  return leaf.op === 'notNull' && typeof leaf.field === 'string' ? leaf.field : undefined;
}

/**
 * Whether a condition fails on every record where `field` is empty: a test on an operand that
 * reads it (a comparison, membership or boolean test of a null is unknown, and unknown rows never
 * match), but not `isNull`.
 */
function fails(condition: Predicate, field: string): boolean {
  if (!('field' in condition)) return false;
  const leaf: LeafPredicate = condition;
  if (leaf.op === 'isNull') return false;
  return (
    operandFields(leaf.field).includes(field) || (leaf.other !== undefined && operandFields(leaf.other).includes(field))
  );
}

/** The fields a filter asks to be non-empty in every record it keeps. */
function notNullFields(predicate: Predicate | undefined): string[] {
  if (predicate === undefined) return [];
  return conjuncts(predicate).flatMap((condition) => notNullField(condition) ?? []);
}

/** The fields an operand is null without: `{days}`'s dates (an empty `minus` counts 0), `{plus}`'s every operand. */
function operandFields(operand: Operand): string[] {
  if (typeof operand === 'string') return [operand];
  if ('days' in operand) return [operand.days.from, operand.days.to];
  if ('age' in operand) return [operand.age];
  return operand.plus.flatMap((term) => (typeof term === 'number' ? [] : operandFields(term)));
}

/** The fields a record in the time rules' sets has: a flow's date, a stock's start date (in every rule). */
function timeFields(time: TimeRules): string[] {
  const rules = Array.isArray(time) ? time : [time];
  const fieldsOf = rules.map((rule) => ('flow' in rule ? rule.flow : rule.from));
  return fieldsOf.every((field) => field === fieldsOf[0]) ? [fieldsOf[0]!] : [];
}

/**
 * The filter of `conditions`, which are some of `all`, `original`'s conjuncts: `original` itself
 * when they are all of them (so its counts are shared), else their `and`; undefined for none.
 */
function sameOr(
  original: Predicate | undefined,
  all: readonly Predicate[],
  conditions: readonly Predicate[],
): Predicate | undefined {
  if (conditions.length === 0) return undefined;
  if (conditions.length === all.length && conditions.every((condition, index) => condition === all[index]))
    return 'and' in original! && original.and.length !== all.length ? { and: [...conditions] } : original;
  return conditions.length === 1 ? conditions[0]! : { and: [...conditions] };
}

/** `filter` within the denominator's records `base` (a subset numerator's), else `filter`. */
function within(base: Predicate | undefined, filter: Predicate | undefined): Predicate | undefined {
  if (base === undefined) return filter;
  return filter === undefined ? base : { and: [base, filter] };
}

/** Per cell, the records counted in `all` but not in `kept` (a subset of them). */
export function countsLeftOut(all: ArrayLike<number>, kept: ArrayLike<number>): Float64Array {
  return Float64Array.from(all, (count, cell) => count - kept[cell]!);
}

/**
 * The records over the reported periods from one exclusion's per-cell counts: the total row's
 * cells (the last group) summed over the reported periods. Period-to-date cells overlap, so then
 * only the last period of each year, whose span holds the year's, is summed.
 */
export function excludedRecords(
  counts: ArrayLike<number>,
  groupCount: number,
  grid: { readonly count: number; readonly firstReported: number; readonly yearStarts: Int32Array },
  toDate: boolean,
): number {
  const totalRow = groupCount * grid.count;
  let records = 0;
  for (let period = grid.firstReported; period < grid.count; period++) {
    const lastOfYear = period === grid.count - 1 || grid.yearStarts[period + 1] !== grid.yearStarts[period];
    if (!toDate || lastOfYear) records += counts[totalRow + period]!;
  }
  return records;
}

/** The {@link ExclusionScope} of a dataset. */
export function exclusionScope(dataset: {
  readonly fields: readonly { readonly name: string; readonly required?: boolean | undefined }[];
}): ExclusionScope {
  return { required: new Set(dataset.fields.filter((field) => field.required === true).map((field) => field.name)) };
}
