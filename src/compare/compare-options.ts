import { invalidArgument } from '../errors/law-gauge-error.js';
import type { Report } from '../model/report.js';
import { MIN_BASELINE, PROPORTION_MEASURES, SPC_CHARTS, type SpcChart } from './compare-constants.js';

/*
 * Checks of the options of spc() and funnel(): API misuse throws at once (invalid_argument),
 * naming the option and the value given.
 */

/** A value as the user wrote it: numbers as numbers (NaN, Infinity), the rest as JSON. */
function shown(value: unknown): string {
  return typeof value === 'number' || value === undefined ? String(value) : (JSON.stringify(value) ?? String(value));
}

/** A chart or funnel of proportions needs a rate's numerators and denominators. */
export function requireProportion(report: Report, argument: string, what: string): void {
  const { id, measure } = report.indicator;
  if (!PROPORTION_MEASURES.includes(measure)) {
    throw invalidArgument(
      argument,
      `${what} needs a rate (${PROPORTION_MEASURES.join(' or ')} measure); indicator "${id}" has measure "${measure}"`,
    );
  }
}

/** One of SPC_CHARTS. */
export function checkChart(chart: unknown): SpcChart {
  if (!(SPC_CHARTS as readonly unknown[]).includes(chart)) {
    throw invalidArgument(
      'options.chart',
      `expected ${SPC_CHARTS.map((name) => `"${name}"`).join(' or ')}, got ${shown(chart)}`,
    );
  }
  return chart as SpcChart;
}

/** A baseline is a whole number of values, at least two (one value has no moving range). */
export function checkBaseline(baseline: unknown): number | undefined {
  if (baseline === undefined) return undefined;
  if (typeof baseline !== 'number' || !Number.isInteger(baseline) || baseline < MIN_BASELINE) {
    throw invalidArgument(
      'options.baseline',
      `expected a whole number of values ≥ ${MIN_BASELINE}, got ${shown(baseline)}`,
    );
  }
  return baseline;
}

/** A period the Report has, as its rows name it. */
export function checkPeriod(report: Report, argument: string, period: unknown): string {
  if (typeof period !== 'string' || !report.rows.some((row) => row.period === period)) {
    const known = [...new Set(report.rows.map((row) => row.period))];
    const listed = known.length > 6 ? [...known.slice(0, 3), '…', ...known.slice(-2)] : known;
    throw invalidArgument(
      argument,
      `the Report has no period ${shown(period)}; it has ${listed.length === 0 ? 'none' : listed.join(', ')}`,
    );
  }
  return period;
}

/** A target: a finite number, and for proportions within [0, 1]. */
export function checkTarget(target: unknown, proportion: boolean): number | undefined {
  if (target === undefined) return undefined;
  const valid = typeof target === 'number' && Number.isFinite(target) && (!proportion || (target >= 0 && target <= 1));
  if (!valid) {
    throw invalidArgument(
      'options.target',
      `expected a finite number${proportion ? ' in [0, 1]' : ''}, got ${shown(target)}`,
    );
  }
  return target;
}
