import { LawGaugeError } from '../errors/law-gauge-error.js';
import type { Field } from '../model/dataset.js';
import type { GroupValue, Report } from '../model/report.js';
import { TOTAL } from '../model/report-constants.js';
import { totalMarkerClash } from '../evaluate/total-marker-clash.js';
import { buildReport } from '../evaluate/build-report.js';
import { countsLeftOut } from '../model/empty-exclusions.js';
import { compareText } from '../evaluate/group-index.js';
import type { CellValues } from '../evaluate/cell-values.js';
import type { GroupIndex } from '../evaluate/group-index.js';
import { measureKind } from '../measures/registry.js';
import type { AggregatePlan } from './aggregate-plan.js';
import type { SqlProgram } from './compile-sql.js';
import { NO_PERIOD, QUARANTINED } from './render-query.js';

/** One result row as the driver returns it: numbers may arrive as bigint or text. */
export type SqlRow = readonly unknown[];

function toNumber(value: unknown, what: string): number {
  if (value === null || value === undefined) return Number.NaN;
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'bigint' || typeof value === 'string'
        ? Number(value)
        : Number.NaN;
  if (Number.isNaN(number) && !(typeof value === 'number'))
    throw new LawGaugeError('invalid_data', 'sql', [
      {
        code: 'unexpected_result',
        path: [],
        message: `${what}: expected a number, got ${String(value)}`,
        params: { kind: 'not_a_number', column: what, value: String(value) },
      },
    ]);
  return number;
}

function groupValue(field: Field, value: unknown): GroupValue {
  if (value === null || value === undefined) return null;
  switch (field.type) {
    case 'boolean':
      return value === true || value === 1 || value === 1n || value === '1' || value === 't' || value === 'true';
    case 'integer':
    case 'number':
      return toNumber(value, `group field "${field.name}"`);
    default:
      return String(value);
  }
}

/**
 * Orders one field's group values as `groupIndex` does: enums as declared, text by `compareText`,
 * numbers and booleans ascending, null last.
 */
function valueOrder(field: Field): (a: GroupValue, b: GroupValue) => number {
  const declared = field.type === 'enum' ? new Map(field.values.map((entry, index) => [entry.value, index])) : null;
  return (a, b) => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    if (declared !== null) return declared.get(a as string)! - declared.get(b as string)!;
    if (typeof a === 'string' && typeof b === 'string') return compareText(a, b);
    return Number(a) - Number(b);
  };
}

/** The groups' value tuples sorted field by field, each field in its own value order. */
function inValueOrder(fields: readonly Field[], tuples: GroupValue[][]): GroupValue[][] {
  const orders = fields.map(valueOrder);
  return tuples.sort((a, b) => {
    for (let f = 0; f < fields.length; f++) {
      const order = orders[f]!(a[f]!, b[f]!);
      if (order !== 0) return order;
    }
    return 0;
  });
}

/** An engine's answer naming a period the plan's grid does not have. */
function periodOutOfRange(period: number, periods: number): LawGaugeError {
  return new LawGaugeError('invalid_data', 'sql', [
    {
      code: 'unexpected_result',
      path: [],
      message: `the engine returned period position ${period}, outside 0…${periods - 1}`,
      params: { kind: 'period_out_of_range', period, last: periods - 1 },
    },
  ]);
}

/**
 * Event mode: `delta` accumulators hold changes at the periods where records start or stop taking
 * part; their running totals along each group's periods are the cells.
 */
function accumulateDeltas(plan: AggregatePlan, accumulators: Float64Array[], groups: number, periods: number): void {
  plan.accumulators.forEach((accumulator, a) => {
    if (accumulator.delta === undefined) return;
    const values = accumulators[a]!;
    for (let group = 0; group < groups; group++) {
      for (let period = 1; period < periods; period++)
        values[group * periods + period]! += values[group * periods + period - 1]!;
    }
  });
}

/** Reads one dataset's aggregate rows into accumulator arrays over the (group, period) cells. */
function readRows(plan: AggregatePlan, rows: readonly SqlRow[]) {
  const fields = plan.by.map((name) => plan.dataset.fields.find((field) => field.name === name)!);
  const k = fields.length;
  const periods = plan.grid.count;
  const keyOf = (values: readonly GroupValue[]): string => JSON.stringify(values);
  const tuples = new Map<string, GroupValue[]>();
  const decoded = rows.map((row) => {
    const total = toNumber(row[0], 'lg_total') === 1;
    const values = total ? [] : fields.map((field, f) => groupValue(field, row[1 + f]));
    const period = toNumber(row[1 + k], 'lg_period');
    if (!total && period !== QUARANTINED && k > 0) {
      const clash = values.indexOf(TOTAL);
      if (clash >= 0) throw totalMarkerClash(plan.dataset.id, plan.by[clash]!, null);
      tuples.set(keyOf(values), values);
    }
    return { total, values, period, row };
  });
  const sorted = inValueOrder(fields, [...tuples.values()]);
  const groupCount = k === 0 ? 1 : sorted.length;
  const indexOf = new Map(sorted.map((values, index) => [keyOf(values), index]));
  const cells = (groupCount + 1) * periods;
  const accumulators = plan.accumulators.map((accumulator) =>
    new Float64Array(cells).fill(
      accumulator.kind === 'quantile' || accumulator.kind === 'min' || accumulator.kind === 'max' ? Number.NaN : 0,
    ),
  );
  let used = 0;
  let quarantined = 0;
  for (const { total, values, period, row } of decoded) {
    const records = toNumber(row[2 + k], 'records');
    if (total) {
      if (period === QUARANTINED) quarantined += records;
      else used += records;
    }
    if (period === NO_PERIOD || period === QUARANTINED) continue;
    if (period < 0 || period >= periods) throw periodOutOfRange(period, periods);
    const group = total ? groupCount : indexOf.get(keyOf(values))!;
    const cell = group * periods + period;
    plan.accumulators.forEach((accumulator, a) => {
      const value = toNumber(row[3 + k + a], `accumulator ${a}`);
      const isNull = value !== value;
      accumulators[a]![cell] = isNull
        ? accumulator.kind === 'count' || accumulator.kind === 'countValues' || accumulator.kind === 'sum'
          ? 0
          : Number.NaN
        : value;
    });
  }
  accumulateDeltas(plan, accumulators, groupCount + 1, periods);
  const groups: GroupIndex = {
    fields: plan.by,
    count: groupCount,
    rowGroup: new Int32Array(0),
    values: [...(k === 0 ? [[]] : sorted), plan.by.map(() => TOTAL)],
  };
  // A table in a database has no blank or footer rows to skip.
  return { groups, accumulators, quality: { read: used + quarantined, used, quarantined, skipped: 0 } };
}

/**
 * The finishing step: turns each dataset's aggregate rows (in `program.queries` order) into the
 * Reports the in-process engine produces — same groups and order, intervals, status, flags,
 * changes and suppression, by the same functions.
 */
export function finishReports(program: SqlProgram, results: readonly (readonly SqlRow[])[]): Report[] {
  const byIndicator = new Map<string, Report>();
  const indicatorById = new Map(program.catalog.indicators.map((indicator) => [indicator.id, indicator]));
  program.plans.forEach((plan, p) => {
    const { groups, accumulators, quality } = readRows(plan, results[p]!);
    const cache = new Map<string, CellValues>();
    const cellsOf = (id: string): CellValues => {
      let cells = cache.get(id);
      if (cells === undefined) {
        const { measure } = indicatorById.get(id)!;
        cells = measureKind(measure.kind).finish(measure, plan.recipes.get(id)!, {
          accumulators,
          cellsOf,
          grid: plan.grid,
          toDate: program.options.toDate,
        });
        cache.set(id, cells);
      }
      return cells;
    };
    for (const indicator of plan.indicators) {
      byIndicator.set(
        indicator.id,
        buildReport({
          catalog: program.catalog,
          indicator,
          grid: plan.grid,
          from: program.from,
          to: program.to,
          toDate: program.options.toDate,
          groups,
          cells: cellsOf(indicator.id),
          suppressBelow: program.options.suppressBelow ?? indicator.suppressBelow ?? null,
          minSample: program.options.minSample ?? indicator.minSample ?? null,
          quality,
          excluded: plan.exclusions
            .get(indicator.id)!
            .map(({ field, all, kept }) => ({ field, counts: countsLeftOut(accumulators[all]!, accumulators[kept]!) })),
        }),
      );
    }
  });
  return program.options.indicators.map((id) => byIndicator.get(id)!);
}
