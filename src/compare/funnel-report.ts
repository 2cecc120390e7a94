import type { Report } from '../model/report.js';
import type { FunnelPosition } from './compare-constants.js';
import { checkOverdispersion, checkPeriod, checkTarget, requireProportion } from './compare-options.js';
import { checkOptionKeys, type OptionKeys } from '../model/option-keys.js';
import { funnelOfPeriod } from './funnel-period.js';
import { hasProportion, isTotalRow } from './report-series.js';

export interface FunnelOptions {
  /** The period to compare the groups in; default: every period of the Report. */
  readonly period?: string;
  /** Widen the limits by the groups' overdispersion (Spiegelhalter 2005); default true. */
  readonly overdispersion?: boolean;
  /** The target p0 in [0, 1]; default Σ numerators / Σ denominators over the period's groups. */
  readonly target?: number;
}

/** The keys of {@link FunnelOptions}: any other is refused, not ignored. */
const FUNNEL_OPTION_KEYS: OptionKeys<FunnelOptions> = { period: true, overdispersion: true, target: true };

/** A group row's place in its period's funnel. */
export interface RowFunnel {
  readonly target: number;
  readonly lower95: number;
  readonly upper95: number;
  readonly lower998: number;
  readonly upper998: number;
  readonly position: FunnelPosition;
}

/** A period's funnel: how many groups entered it, and their overdispersion. */
export interface FunnelPeriod {
  readonly period: string;
  readonly k: number;
  /** Null when overdispersion is off or cannot be estimated (fewer than two groups, p0 of 0 or 1). */
  readonly phi: number | null;
  /** The between-group variance added to the limits; 0 when off or not estimable. */
  readonly tau2: number;
}

/** What funnel() finds, for the Report to carry: `rows[i]` belongs to `report.rows[i]`. */
export interface FunnelResult {
  /** Whether the limits were widened by overdispersion, as asked. */
  readonly overdispersion: boolean;
  /** The one period compared, as asked; absent: every period. */
  readonly period?: string;
  /** The target as asked; null: each period's Σ numerators / Σ denominators over its groups. */
  readonly target: number | null;
  /** Null for the total row and for groups that take no part (no value, suppressed, n = 0). */
  readonly rows: (RowFunnel | null)[];
  readonly periods: FunnelPeriod[];
}

/**
 * Funnel plots of a rate Report: in each period (or the one asked for), the group rows against
 * the target p0 with 95% and 99.8% limits at each group's denominator, widened by overdispersion
 * unless switched off. The total row is no unit: it gets no funnel.
 *
 * @throws LawGaugeError (`invalid_argument`) for options that are not an object or have a key not
 *   listed here (`unknown_key`), an indicator that is not a rate, a period the
 *   Report does not have, or a target outside [0, 1].
 */
export function funnel(report: Report, options: FunnelOptions = {}): FunnelResult {
  return computeFunnel(report, checkOptionKeys(options, FUNNEL_OPTION_KEYS));
}

/**
 * {@link funnel} for callers that build the options object themselves (the widgets, from their
 * attributes): the option values are checked, its keys are not, so a widget bundle carries no
 * key check or its words.
 */
export function computeFunnel(report: Report, given: FunnelOptions): FunnelResult {
  requireProportion(report, 'funnel');
  const only = given.period === undefined ? undefined : checkPeriod(report, ['period'], given.period);
  const target = checkTarget(given.target, true);
  const widen = checkOverdispersion(given.overdispersion);
  const rows: (RowFunnel | null)[] = report.rows.map(() => null);
  const byPeriod = new Map<string, number[]>();
  report.rows.forEach((row, index) => {
    if (only !== undefined && row.period !== only) return;
    let members = byPeriod.get(row.period);
    if (members === undefined) byPeriod.set(row.period, (members = []));
    if (!isTotalRow(report, row) && hasProportion(row)) members.push(index);
  });
  const periods: FunnelPeriod[] = [];
  for (const [period, members] of byPeriod) {
    const result = funnelOfPeriod(
      Float64Array.from(members, (index) => report.rows[index]!.numerator!),
      Float64Array.from(members, (index) => report.rows[index]!.denominator!),
      { ...(target === undefined ? {} : { target }), overdispersion: widen },
    );
    periods.push({ period, k: members.length, phi: result?.phi ?? null, tau2: result?.tau2 ?? 0 });
    if (result === undefined) continue;
    members.forEach((index, i) => {
      rows[index] = {
        target: result.target,
        lower95: result.lower95[i]!,
        upper95: result.upper95[i]!,
        lower998: result.lower998[i]!,
        upper998: result.upper998[i]!,
        position: result.position[i]!,
      };
    });
  }
  return {
    overdispersion: widen,
    ...(only === undefined ? {} : { period: only }),
    target: target ?? null,
    rows,
    periods,
  };
}
