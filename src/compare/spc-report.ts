import type { GroupValue, Report } from '../model/report.js';
import {
  SHORT_BASELINE,
  type Assurance,
  type SpcChart,
  type SpcRule,
  type SpcSeriesFlag,
  type Variation,
} from './compare-constants.js';
import { assuranceOf } from './assurance.js';
import {
  checkBaseline,
  checkChart,
  checkPeriod,
  checkPhases,
  checkTarget,
  requireProportion,
} from './compare-options.js';
import { checkOptionKeys, type OptionKeys } from '../model/option-keys.js';
import { pprimeLimits } from './pprime-limits.js';
import { hasProportion, seriesOf, takesPart } from './report-series.js';
import { boundsOfMeasure } from '../measures/value-bounds.js';
import { rulesOf } from './signal-bits.js';
import { clipLimits, type SpcLimits } from './spc-limits.js';
import { spcSignals } from './spc-rules.js';
import { variationOf } from './variation.js';
import { xmrLimits } from './xmr-limits.js';

export interface SpcOptions {
  /** `xmr` for any indicator; `pprime` (Laney p′) for rates. */
  readonly chart: SpcChart;
  /** The number of values at the start of each phase that set its limits (≥ 2); default: all. */
  readonly baseline?: number;
  /** Periods of the Report where a new phase starts (e.g. a reform), each with its own baseline. */
  readonly phases?: readonly string[];
  /** The target assurance is judged against; default: the indicator's target. */
  readonly target?: number;
}

/** A row's place on its series' chart: the lines at its period, the rules it breaks, its variation. */
export interface RowSpc {
  readonly centre: number | null;
  /** Null where the phase's baseline holds fewer than two values. */
  readonly lower: number | null;
  readonly upper: number | null;
  readonly twoSigmaLower: number | null;
  readonly twoSigmaUpper: number | null;
  /** In SPC_RULES order; empty when none. */
  readonly rules: SpcRule[];
  readonly variation: Variation;
}

/** A phase of a series: its first period with a value, and how many values its baseline holds. */
export interface SpcPhase {
  readonly period: string;
  readonly baseline: number;
}

/** One group's series (the total rows are one too). */
export interface SpcSeries {
  readonly group: Readonly<Record<string, GroupValue>>;
  /** All the group's rows, as indices into `report.rows`, in period order (those without a value too). */
  readonly rows: readonly number[];
  /** Empty when the series has no value (its flags then hold `short_baseline`). */
  readonly phases: readonly SpcPhase[];
  /** Against the target, on the last limits; null without a target, limits or a side that passes. */
  readonly assurance: Assurance | null;
  /** `short_baseline` when a phase's baseline holds fewer than 12 values, or the series none. */
  readonly flags: readonly SpcSeriesFlag[];
}

/** What spc() finds, for the Report to carry: `rows[i]` belongs to `report.rows[i]`. */
export interface SpcResult {
  readonly chart: SpcChart;
  /** The target assurance was judged against, if any. */
  readonly target: number | null;
  /** The number of values that set each phase's limits, as asked; absent: all of them. */
  readonly baseline?: number;
  /** The periods where a new phase starts, as asked. */
  readonly phases: readonly string[];
  /** Null for rows that take no part: no value, or suppressed. */
  readonly rows: (RowSpc | null)[];
  readonly series: SpcSeries[];
}

/** The keys of {@link SpcOptions}: any other is refused, not ignored. */
const SPC_OPTION_KEYS: OptionKeys<SpcOptions> = { chart: true, baseline: true, phases: true, target: true };

const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

/**
 * Process-behaviour charts of every series of a Report (one group's rows over periods; the total
 * rows form a series too): limits, the NHS rules and variation for each row, and for each series its
 * phases, `short_baseline` flag and assurance. Rows without a value or suppressed take no part;
 * the moving ranges join the values on either side of them. Limits and two-sigma lines are clipped
 * to the values the measure can take (a rate's to [0, 1], a count's to ≥ 0: see MEASURE_BOUNDS), and
 * the rules judged against the clipped lines. The same for in-process and SQL Reports.
 *
 * @throws LawGaugeError (`invalid_argument`) for options that are not an object or have a key not
 *   listed here (`unknown_key`), a missing or unknown chart, `pprime` on an indicator that is not a rate, a
 *   baseline that is not a whole number ≥ 2, a phase period the Report does not have, or a target
 *   that is not a finite number.
 */
export function spc(report: Report, options: SpcOptions): SpcResult {
  // Plain JS may call spc(report): the chart is then named as missing, not read off undefined.
  return computeSpc(report, checkOptionKeys(options, SPC_OPTION_KEYS));
}

/**
 * {@link spc} for callers that build the options object themselves (the widgets, from their
 * attributes): the option values are checked, its keys are not, so a widget bundle carries no
 * key check or its words.
 */
export function computeSpc(report: Report, given: Partial<SpcOptions>): SpcResult {
  const chart = checkChart(given.chart);
  if (chart === 'pprime') requireProportion(report, 'pprime');
  const baseline = checkBaseline(given.baseline);
  const phaseKeys = checkPhases(given.phases).map((period, index) => checkPeriod(report, ['phases', index], period));
  const phaseStartDates = phaseKeys.map((key) => report.rows.find((row) => row.period === key)!.start);
  const target = checkTarget(given.target, false) ?? report.indicator.target;
  const bounds = boundsOfMeasure(report.indicator.measure);
  const rows: (RowSpc | null)[] = report.rows.map(() => null);
  const series = seriesOf(report).map((group): SpcSeries => {
    const present = group.rows.filter((index) => (chart === 'pprime' ? hasProportion : takesPart)(report.rows[index]!));
    const points = present.map((index) => report.rows[index]!);
    const phaseStarts = phaseStartDates.map((date) => {
      const first = points.findIndex((row) => row.start >= date);
      return first < 0 ? points.length : first;
    });
    const layout = { phaseStarts, ...(baseline === undefined ? {} : { baseline }) };
    const values = Float64Array.from(points, (row) =>
      chart === 'pprime' ? row.numerator! / row.denominator! : row.value!,
    );
    const limits: SpcLimits = clipLimits(
      chart === 'pprime'
        ? pprimeLimits(
            Float64Array.from(points, (row) => row.numerator!),
            Float64Array.from(points, (row) => row.denominator!),
            layout,
          )
        : xmrLimits(values, layout),
      bounds,
    );
    const signals = spcSignals(values, limits);
    present.forEach((index, i) => {
      rows[index] = {
        centre: orNull(limits.centre[i]!),
        lower: orNull(limits.lower[i]!),
        upper: orNull(limits.upper[i]!),
        twoSigmaLower: orNull(limits.twoSigmaLower[i]!),
        twoSigmaUpper: orNull(limits.twoSigmaUpper[i]!),
        rules: rulesOf(signals[i]!),
        variation: variationOf(signals[i]!, report.indicator.polarity),
      };
    });
    const last = points.length - 1;
    return {
      group: group.group,
      rows: group.rows,
      phases: limits.phases.map((phase) => ({ period: points[phase.from]!.period, baseline: phase.baseline })),
      assurance:
        target === null || last < 0
          ? null
          : assuranceOf(limits.lower[last]!, limits.upper[last]!, target, report.indicator.polarity),
      // A series without a value has no phase, and so a baseline of 0 values: short too (DOMAIN.md).
      flags:
        limits.phases.length === 0 || limits.phases.some((phase) => phase.baseline < SHORT_BASELINE)
          ? ['short_baseline']
          : [],
    };
  });
  const asked = { ...(baseline === undefined ? {} : { baseline }), phases: phaseKeys };
  return { chart, target, ...asked, rows, series };
}
