import type { Catalog } from '../model/catalog.js';
import type { Composite } from '../model/composite.js';
import { checkOptionKeys, type OptionKeys } from '../model/option-keys.js';
import { parseCatalog } from '../model/parse.js';
import { REPORT_SCHEMA_ID, type Change, type Report, type ReportRow } from '../model/report.js';
import { formatDay, parseIsoDay } from '../time/civil-day.js';
import { parsePeriodKey, periodKey, periodStartOf, yearAgoStart } from '../time/period.js';
import { buildPlan, collectInputs } from './composite-plan.js';
import { evaluateTree } from './evaluate-tree.js';
import { rankDescending } from './rank.js';

export interface CompositeOptions {
  /** Id of a composite in the catalog. */
  readonly composite: string;
  /** Add each unit's rank (1 = best) per period. Rankings are opt-in. Default false. */
  readonly rank?: boolean;
}

/** The keys of {@link CompositeOptions}: any other is refused, not ignored. */
const COMPOSITE_OPTION_KEYS: OptionKeys<CompositeOptions> = { composite: true, rank: true };

function change(
  values: ReadonlyMap<string, number | null>,
  earlierKey: string | undefined,
  value: number,
): Change | null {
  if (earlierKey === undefined) return null;
  const earlier = values.get(earlierKey);
  if (earlier === undefined || earlier === null) return null;
  const delta = value - earlier;
  return { period: earlierKey, value: earlier, delta, relative: earlier === 0 ? null : delta / Math.abs(earlier) };
}

/** The indicator a composite Report describes: a score, higher is better, no statistics of its own. */
function compositeIndicator(composite: Composite, catalog: Catalog, dataset: string): Report['indicator'] {
  return {
    id: composite.id,
    label: composite.label,
    description: composite.description ?? composite.label,
    unit: 'score',
    polarity: 'higher-better',
    target: null,
    thresholds: null,
    minSample: null,
    display: null,
    methodology: composite.methodology ?? null,
    source: null,
    measure: 'composite',
    dataset,
    catalog: { id: catalog.id, version: catalog.version ?? null },
  };
}

/**
 * A composite index as a Report: for every period of the leaf indicators' Reports and every unit
 * (group) in them, the composite's value, each child's weighted contribution (`components`;
 * they add up to the value for arithmetic means), the number of leaf indicators that entered the
 * value (`n`), and, when asked, the rank. Units are compared with each other, so there is no total
 * row. `reports` are the Reports of the composite's indicators, evaluated with the same `by`.
 *
 * An indicator with the same value in every unit in a period (min-max and z-scores undefined) is
 * left out of that period's aggregate, the weights renormalising over the rest, and the period's
 * rows with a value are flagged `indicator-excluded` (see `isLeftOut` in normalise.ts).
 *
 * @throws LawGaugeError for an option it does not have (`unknown_key`), an unknown composite, missing or differently grouped Reports, and
 *   values a normalisation or aggregation cannot take (the target equal to the lowest value under
 *   distance to target, x ≤ 0 under a geometric mean, 0 under a harmonic mean), naming the
 *   indicator, unit and period.
 */
export function compositeReport(
  catalog: Catalog | unknown,
  reports: readonly Report[],
  options: CompositeOptions,
): Report {
  const given: Partial<CompositeOptions> = checkOptionKeys(options, COMPOSITE_OPTION_KEYS);
  const parsed = parseCatalog(catalog);
  const plan = buildPlan(parsed, given.composite as string);
  const inputs = collectInputs(plan, reports);
  const rows: ReportRow[] = [];
  const unit = reports[0]?.period.unit ?? 'month';
  const byUnit = inputs.units.map(() => new Map<string, number | null>());
  const results = inputs.periods.map((_, p) => evaluateTree(plan, inputs, p));
  results.forEach((result, p) => result.values.forEach((value, u) => byUnit[u]!.set(inputs.periods[p]!.key, value)));
  results.forEach((result, p) => {
    const period = inputs.periods[p]!;
    const ranks = given.rank === true ? rankDescending(result.values) : null;
    const start = parseIsoDay(period.start)!;
    const parsedKey = parsePeriodKey(period.key);
    const previousKey = periodKey(periodStartOf(start - 1, parsedKey?.unit ?? unit), parsedKey?.unit ?? unit);
    const yearAgo = yearAgoStart(start, parsedKey?.unit ?? unit);
    inputs.units.forEach((group, u) => {
      const value = result.values[u] ?? null;
      const components = Object.fromEntries(
        Object.entries(result.components).map(([id, shares]) => [id, shares[u] ?? null]),
      );
      rows.push({
        period: period.key,
        start: period.start,
        end: period.end,
        group: { ...group },
        value,
        numerator: null,
        denominator: null,
        n: result.present[u]!,
        ci: null,
        status: null,
        // A value computed with an indicator left out of this period (constant across units).
        flag: value === null ? 'no-data' : result.leftOut.length > 0 ? 'indicator-excluded' : null,
        change:
          value === null
            ? { previous: null, yearAgo: null }
            : {
                previous: change(byUnit[u]!, previousKey, value),
                yearAgo: change(
                  byUnit[u]!,
                  yearAgo === undefined ? undefined : periodKey(yearAgo, parsedKey?.unit ?? unit),
                  value,
                ),
              },
        ...(ranks === null ? {} : { rank: ranks[u] ?? null }),
        components,
      });
    });
  });
  return {
    schema: REPORT_SCHEMA_ID,
    indicator: compositeIndicator(plan.composite, parsed, inputs.datasets[0]!),
    period: {
      unit,
      from: reports[0]?.period.from ?? (inputs.periods[0] === undefined ? formatDay(0) : inputs.periods[0].start),
      to: reports[0]?.period.to ?? inputs.periods.at(-1)?.end ?? formatDay(0),
      toDate: reports[0]?.period.toDate ?? false,
    },
    groupBy: [...inputs.groupBy],
    suppressBelow: null,
    rows,
    quality: inputs.quality,
  };
}
