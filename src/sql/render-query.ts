import type { Accumulator } from './accumulators.js';
import type { AggregatePlan } from './aggregate-plan.js';
import type { SqlDialect } from './dialect.js';
import { PERIOD_COLUMN } from './row-expressions.js';

/** Position used for records with no period in the grid (kept so that their groups exist). */
export const NO_PERIOD = -1;
/** Position used for quarantined records (counted, never aggregated). */
export const QUARANTINED = -2;

const nested = (fn: 'least' | 'greatest', items: readonly string[]): string =>
  items.reduce((acc, item) => (acc === '' ? item : `${fn}(${acc}, ${item})`), '');

/** Per-rule SQL over a record's bounds columns: clamped starts and ends, and whether the rule holds it at all. */
function ruleSpans(
  plan: AggregatePlan,
  d: SqlDialect,
): { starts: string[]; ends: string[]; nonEmpty: (i: number) => string } {
  const count = plan.grid.count;
  const starts = plan.rules.map((_, i) => `greatest(lg_s${i}, 0)`);
  const ends = plan.rules.map((_, i) => `least(lg_e${i}, ${count})`);
  // least/greatest skip NULLs in some engines and return NULL in others: test for NULL first.
  const nonEmpty = (i: number): string =>
    d.isTrue(`(${d.isNotNull(`lg_s${i}`)} AND ${d.isNotNull(`lg_e${i}`)} AND ${starts[i]} < ${ends[i]})`);
  return { starts, ends, nonEmpty };
}

/** Row-level SQL shared by both query shapes: lg_first / lg_last, the expansion bounds. */
function spanExpressions(plan: AggregatePlan, d: SqlDialect): { lo: string; hi: string; first: string; last: string } {
  const count = plan.grid.count;
  const { starts, ends, nonEmpty } = ruleSpans(plan, d);
  const lo = nested(
    'least',
    plan.rules.map((_, i) => `coalesce(CASE WHEN ${nonEmpty(i)} THEN ${starts[i]} ELSE ${count} END, ${count})`),
  );
  const hi = nested(
    'greatest',
    plan.rules.map((_, i) => `coalesce(CASE WHEN ${nonEmpty(i)} THEN ${ends[i]} ELSE 0 END, 0)`),
  );
  const first = `CASE WHEN NOT lg_valid THEN ${QUARANTINED} WHEN lg_hi > lg_lo THEN lg_lo ELSE ${NO_PERIOD} END`;
  const last = `CASE WHEN NOT lg_valid THEN ${QUARANTINED} WHEN lg_hi > lg_lo THEN lg_hi - 1 ELSE ${NO_PERIOD} END`;
  return { lo, hi, first, last };
}

/**
 * Event mode: the positions a record is expanded to. `candidates` are written as columns
 * `lg_v<j>` (null when they do not apply): every rule's start, and the end of every rule a `delta`
 * accumulator follows when it falls inside the grid. `positions` lists `lg_first` (a sentinel for
 * records outside the grid or quarantined), then each candidate unless the record is such a
 * sentinel or an earlier entry already names the position; nulls are dropped when expanding.
 */
function eventPositions(plan: AggregatePlan, d: SqlDialect): { candidates: string[]; positions: string[] } {
  const count = plan.grid.count;
  const { starts, ends, nonEmpty } = ruleSpans(plan, d);
  const followed = new Set(plan.ruleSets.flat());
  const candidates = plan.rules.flatMap((_, i) => [
    `CASE WHEN ${nonEmpty(i)} THEN ${starts[i]} ELSE NULL END`,
    ...(followed.has(i)
      ? [`CASE WHEN ${d.isTrue(`(${nonEmpty(i)} AND ${ends[i]} < ${count})`)} THEN ${ends[i]} ELSE NULL END`]
      : []),
  ]);
  const names = ['lg_first', ...candidates.map((_, j) => `lg_v${j}`)];
  const positions = names.map((name, j) =>
    j === 0
      ? name
      : `CASE WHEN lg_first < 0 OR ${d.isNull(name)}${names
          .slice(0, j)
          .map((earlier) => ` OR ${d.isTrue(`(${name} = ${earlier})`)}`)
          .join('')} THEN NULL ELSE ${name} END`,
  );
  return { candidates, positions };
}

/**
 * Event mode: per rule set, +1 at each start and −1 at each end (inside the grid) of the union
 * of the record's intervals in the set, at the expanded position. A start inside or touching
 * another interval of the set (or equal to an earlier one's) is not a start of the union; an end
 * likewise. Running totals over the periods then give membership, as the core's difference arrays.
 */
function deltaExpressions(plan: AggregatePlan, d: SqlDialect): string[] {
  const count = plan.grid.count;
  const { starts, ends, nonEmpty } = ruleSpans(plan, d);
  const flag = (condition: string): string => `CASE WHEN ${condition} THEN 1 ELSE 0 END`;
  return plan.ruleSets.map((set) => {
    const terms = set.map((i) => {
      const others = set.filter((j) => j !== i);
      const coveredStart = others.map((j) =>
        d.isTrue(
          `(${nonEmpty(j)} AND ((${starts[j]} < ${starts[i]} AND ${starts[i]} <= ${ends[j]})${j < i ? ` OR ${starts[j]} = ${starts[i]}` : ''}))`,
        ),
      );
      const coveredEnd = others.map((j) =>
        d.isTrue(
          `(${nonEmpty(j)} AND ((${starts[j]} <= ${ends[i]} AND ${ends[i]} < ${ends[j]})${j < i ? ` OR ${ends[j]} = ${ends[i]}` : ''}))`,
        ),
      );
      const unless = (covered: string[]): string => (covered.length === 0 ? '' : ` AND NOT (${covered.join(' OR ')})`);
      return {
        start: flag(d.isTrue(`(${nonEmpty(i)} AND ${PERIOD_COLUMN} = ${starts[i]}${unless(coveredStart)})`)),
        end: flag(
          d.isTrue(`(${nonEmpty(i)} AND ${ends[i]} < ${count} AND ${PERIOD_COLUMN} = ${ends[i]}${unless(coveredEnd)})`),
        ),
      };
    });
    return `(${terms.map((term) => term.start).join(' + ')}) - (${terms.map((term) => term.end).join(' + ')})`;
  });
}

function accumulatorSql(accumulator: Accumulator, d: SqlDialect): string {
  if (accumulator.delta !== undefined) {
    const delta = `lg_d${accumulator.delta}`;
    if (accumulator.kind === 'count')
      return d.double(`sum(CASE WHEN ${accumulator.condition} THEN ${delta} ELSE 0 END)`);
    if (accumulator.kind === 'countValues' || accumulator.kind === 'sum') {
      const selected = `${accumulator.condition} AND ${d.isNotNull(accumulator.value)}`;
      return d.double(
        `sum(CASE WHEN ${selected} THEN ${accumulator.kind === 'sum' ? `${d.double(accumulator.value)} * ${delta}` : delta} ELSE 0 END)`,
      );
    }
  }
  switch (accumulator.kind) {
    case 'count':
      return d.countIf(accumulator.condition);
    case 'countValues':
      return d.countValuesIf(accumulator.value, accumulator.condition);
    case 'sum':
      return d.sumIf(accumulator.value, accumulator.condition);
    case 'min':
      return d.minIf(accumulator.value, accumulator.condition);
    case 'max':
      return d.maxIf(accumulator.value, accumulator.condition);
    case 'quantile':
      if (d.name === 'duckdb')
        return `quantile_cont(${d.double(accumulator.value)}, ${accumulator.p}) FILTER (WHERE ${accumulator.condition})`;
      if (d.name === 'postgres')
        return `percentile_cont(${accumulator.p}) WITHIN GROUP (ORDER BY ${d.double(accumulator.value)}) FILTER (WHERE ${accumulator.condition})`;
      // ClickHouse's quantileExact returns one middle element; gather the values, sort, and interpolate outside.
      return `arraySort(groupArrayIf(toFloat64(ifNull(${accumulator.value}, 0)), (${accumulator.condition}) AND isNotNull(${accumulator.value})))`;
  }
}

/** Records counted once each: at their first period, or at their sentinel position. */
const FIRST_ROW = `${PERIOD_COLUMN} = lg_first`;

/**
 * The aggregate query. Columns: `lg_total` (1 on total rows), one column per group field,
 * `lg_period` (grid position; −1 = records outside the grid, −2 = quarantined records), the
 * records counted once, then one column per accumulator.
 */
export function renderQuery(plan: AggregatePlan, d: SqlDialect): string {
  return d.name === 'clickhouse' ? renderClickHouse(plan, d) : renderStandard(plan, d);
}

function renderStandard(plan: AggregatePlan, d: SqlDialect): string {
  const { lo, hi, first, last } = spanExpressions(plan, d);
  const events = plan.events ? eventPositions(plan, d) : null;
  const columns = plan.columns.map((column) => `${column.sql} AS ${column.alias}`).join(', ');
  const bounds = plan.rules.map((rule, i) => `${rule.start} AS lg_s${i}, ${rule.end} AS lg_e${i}`);
  const expand =
    d.name === 'duckdb' ? 'unnest(generate_series(lg_first, lg_last))' : 'generate_series(lg_first, lg_last)';
  const groups = plan.groupColumns;
  const total = groups.length === 0 ? '1' : `CASE WHEN GROUPING(${groups.join(', ')}) = 0 THEN 0 ELSE 1 END`;
  const groupBy =
    groups.length === 0
      ? PERIOD_COLUMN
      : `GROUPING SETS ((${groups.join(', ')}, ${PERIOD_COLUMN}), (${PERIOD_COLUMN}))`;
  const aggregates = [d.countIf(FIRST_ROW), ...plan.accumulators.map((accumulator) => accumulatorSql(accumulator, d))];
  return [
    'WITH',
    `lg_source AS (SELECT ${columns} FROM ${plan.table}),`,
    `lg_bounds AS (SELECT *, ${[`${plan.valid} AS lg_valid`, ...bounds].join(', ')} FROM lg_source),`,
    `lg_limits AS (SELECT *, ${lo} AS lg_lo, ${hi} AS lg_hi FROM lg_bounds),`,
    // PostgreSQL inlines CTEs and would recompute every bound inside every aggregate's filter.
    `lg_span AS ${d.name === 'postgres' ? 'MATERIALIZED ' : ''}(SELECT *, ${[`${first} AS lg_first`, `${last} AS lg_last`].join(', ')} FROM lg_limits),`,
    ...(events === null
      ? [`lg_expanded AS (SELECT *, ${expand} AS ${PERIOD_COLUMN} FROM lg_span)`]
      : [
          `lg_candidates AS (SELECT *, ${events.candidates.map((sql, j) => `${sql} AS lg_v${j}`).join(', ')} FROM lg_span),`,
          `lg_points AS (SELECT *, unnest(${d.name === 'duckdb' ? '' : 'ARRAY'}[${events.positions.join(', ')}]) AS ${PERIOD_COLUMN} FROM lg_candidates),`,
          `lg_expanded AS (SELECT *, ${deltaExpressions(plan, d)
            .map((sql, k) => `${sql} AS lg_d${k}`)
            .join(', ')} FROM lg_points WHERE ${PERIOD_COLUMN} IS NOT NULL)`,
        ]),
    `SELECT ${[`${total} AS lg_total`, ...groups, PERIOD_COLUMN, ...aggregates.map((sql, i) => `${sql} AS lg_a${i}`)].join(',\n  ')}`,
    'FROM lg_expanded',
    `GROUP BY ${groupBy}`,
  ].join('\n');
}

/** Linear interpolation between order statistics (type 7) of a sorted array, as `quantileSorted`. */
function interpolated(array: string, p: number): string {
  const n = `length(${array})`;
  const position = `((${n} - 1) * ${p})`;
  const below = `floor(${position})`;
  const low = `arrayElement(${array}, toUInt64(${below}) + 1)`;
  const high = `arrayElement(${array}, least(toUInt64(${below}) + 2, ${n}))`;
  return `if(${n} = 0, NULL, ${low} + (${position} - ${below}) * (${high} - ${low}))`;
}

/**
 * ClickHouse: one SELECT over the table with `WITH` aliases, so a Distributed table runs the whole
 * aggregation on its shards and merges partial states; totals come from `arrayJoin([0, 1])`
 * (ROLLUP cannot tell a total from a real empty key there). An outer SELECT interpolates quantiles.
 */
function renderClickHouse(plan: AggregatePlan, d: SqlDialect): string {
  const { lo, hi, first, last } = spanExpressions(plan, d);
  const groups = plan.groupColumns;
  const events = plan.events ? eventPositions(plan, d) : null;
  // Event mode: the candidates deduplicated with arrayDistinct (ClickHouse expands aliases inline,
  // so the pairwise comparisons of the other engines would repeat every candidate's expression).
  const expansion =
    events === null
      ? [
          `arrayJoin(arrayMap(lg_x -> toInt64(lg_x) + lg_first, range(toUInt64(lg_last - lg_first + 1)))) AS ${PERIOD_COLUMN}`,
        ]
      : [
          `arrayJoin(if(lg_first < 0, [lg_first], arrayMap(lg_y -> assumeNotNull(lg_y), arrayDistinct(arrayFilter(lg_y -> isNotNull(lg_y), [${['lg_first', ...events.candidates].map((sql) => `CAST(${sql} AS Nullable(Int64))`).join(', ')}]))))) AS ${PERIOD_COLUMN}`,
          ...deltaExpressions(plan, d).map((sql, k) => `toInt64(${sql}) AS lg_d${k}`),
        ];
  const aliases = [
    ...plan.columns.map((column) => `${column.sql} AS ${column.alias}`),
    `${plan.valid} AS lg_valid`,
    ...plan.rules.flatMap((rule, i) => [`${rule.start} AS lg_s${i}`, `${rule.end} AS lg_e${i}`]),
    `${lo} AS lg_lo`,
    `${hi} AS lg_hi`,
    `toInt64(${first}) AS lg_first`,
    `toInt64(${last}) AS lg_last`,
    ...expansion,
    groups.length === 0 ? 'toUInt8(1) AS lg_total' : 'arrayJoin([toUInt8(0), toUInt8(1)]) AS lg_total',
    ...groups.map((column, k) => `if(lg_total = 1, NULL, ${column}) AS lg_g${k}`),
  ];
  const keys = ['lg_total', ...groups.map((_, k) => `lg_g${k}`), PERIOD_COLUMN];
  const aggregates = [d.countIf(FIRST_ROW), ...plan.accumulators.map((accumulator) => accumulatorSql(accumulator, d))];
  const inner = [
    `WITH ${aliases.join(',\n  ')}`,
    `SELECT ${[...keys, ...aggregates.map((sql, i) => `${sql} AS lg_a${i}`)].join(',\n  ')}`,
    `FROM ${plan.table}`,
    `GROUP BY ${keys.join(', ')}`,
  ].join('\n');
  const outer = aggregates.map((_, i) => {
    const accumulator = i === 0 ? null : plan.accumulators[i - 1]!;
    return accumulator !== null && accumulator.kind === 'quantile'
      ? `${interpolated(`lg_a${i}`, accumulator.p)} AS lg_q${i}`
      : `lg_a${i}`;
  });
  // Aliases are expanded inline, so a catalog's many conditions pass the default 500 000 AST
  // elements after expansion (court cases in event mode with period-to-date windows).
  return `SELECT ${[...keys, ...outer].join(', ')}\nFROM (\n${inner}\n)\nSETTINGS max_expanded_ast_elements = 4000000`;
}
