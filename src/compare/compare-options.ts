import { invalidArgument, LawGaugeError } from '../errors/law-gauge-error.js';
import type { IssuePath } from '../errors/issue.js';
import type { LawGaugeIssue } from '../errors/issues.js';
import { EN_ISSUES } from '../errors/messages/en.js';
import type { Report } from '../model/report.js';
import { MIN_BASELINE, PROPORTION_MEASURES, SPC_CHARTS, type SpcChart } from './compare-constants.js';

/*
 * Checks of the options of spc() and funnel(): API misuse throws at once (invalid_argument), one
 * typed issue naming the option (root `options`, its path) and the value given, worded in both
 * languages (the CLI names its flag instead, see src/cli/comparison-flags.ts).
 */

/** A value as the user wrote it: numbers as numbers (NaN, Infinity), the rest as JSON. */
function shown(value: unknown): string {
  return typeof value === 'number' || value === undefined ? String(value) : (JSON.stringify(value) ?? String(value));
}

type Unworded<I> = I extends LawGaugeIssue ? Omit<I, 'message' | 'path'> : never;

type CompareIssue = Unworded<
  Extract<LawGaugeIssue, { code: 'needs_rate' | 'invalid_compare_option' | 'unknown_period' }>
>;

/**
 * The English words of an issue these checks raise. Each code's words are called by name: a
 * function read off the table by a computed key would keep the whole table (every issue's words,
 * 5.5 KiB gz) in each widget that draws a comparison.
 */
function englishOf(issue: CompareIssue): string {
  switch (issue.code) {
    case 'needs_rate':
      return EN_ISSUES.needs_rate(issue.params);
    case 'invalid_compare_option':
      return EN_ISSUES.invalid_compare_option(issue.params);
    case 'unknown_period':
      return EN_ISSUES.unknown_period(issue.params);
  }
}

/** The error of one issue at `root`/`path`, its English message worded from its params. */
function refused(root: string, path: IssuePath, issue: CompareIssue): LawGaugeError {
  return new LawGaugeError('invalid_argument', root, [{ ...issue, path, message: englishOf(issue) } as LawGaugeIssue]);
}

/**
 * A chart or funnel of proportions needs a rate's numerators and denominators. The error names
 * `options.chart` for a p′ chart, the `report` for a funnel.
 */
export function requireProportion(report: Report, comparison: 'pprime' | 'funnel'): void {
  const { id, measure } = report.indicator;
  if (!PROPORTION_MEASURES.includes(measure)) {
    const [root, path] = comparison === 'pprime' ? ['options', ['chart']] : ['report', []];
    throw refused(root, path, {
      code: 'needs_rate',
      params: { comparison, indicator: id, measure, measures: PROPORTION_MEASURES },
    });
  }
}

/** One of SPC_CHARTS. */
export function checkChart(chart: unknown): SpcChart {
  if (!(SPC_CHARTS as readonly unknown[]).includes(chart)) {
    throw refused('options', ['chart'], {
      code: 'invalid_compare_option',
      params: { option: 'chart', value: shown(chart), charts: SPC_CHARTS },
    });
  }
  return chart as SpcChart;
}

/** A baseline is a whole number of values, at least two (one value has no moving range). */
export function checkBaseline(baseline: unknown): number | undefined {
  if (baseline === undefined) return undefined;
  if (typeof baseline !== 'number' || !Number.isInteger(baseline) || baseline < MIN_BASELINE) {
    throw refused('options', ['baseline'], {
      code: 'invalid_compare_option',
      params: { option: 'baseline', value: shown(baseline), minimum: MIN_BASELINE },
    });
  }
  return baseline;
}

/** A period the Report has, as its rows name it; `path` is the option's (`['phases', 1]`, `['period']`). */
export function checkPeriod(report: Report, path: IssuePath, period: unknown): string {
  if (typeof period !== 'string' || !report.rows.some((row) => row.period === period)) {
    const known = [...new Set(report.rows.map((row) => row.period))];
    const listed = known.length > 6 ? [...known.slice(0, 3), '…', ...known.slice(-2)] : known;
    throw refused('options', path, { code: 'unknown_period', params: { value: shown(period), known: listed } });
  }
  return period;
}

/** A target: a finite number, and for proportions within [0, 1]. */
export function checkTarget(target: unknown, proportion: boolean): number | undefined {
  if (target === undefined) return undefined;
  const valid = typeof target === 'number' && Number.isFinite(target) && (!proportion || (target >= 0 && target <= 1));
  if (!valid) {
    throw refused('options', ['target'], {
      code: 'invalid_compare_option',
      params: { option: 'target', value: shown(target), proportion },
    });
  }
  return target;
}

/** The phase periods: an array (each checked by checkPeriod), none when not given. */
export function checkPhases(phases: unknown): readonly unknown[] {
  if (phases === undefined) return [];
  if (!Array.isArray(phases))
    throw invalidArgument('options.phases', `expected an array of periods, got ${shown(phases)}`);
  return phases;
}

/** Whether to widen funnel limits by overdispersion: a boolean, on when not given. */
export function checkOverdispersion(overdispersion: unknown): boolean {
  if (overdispersion === undefined) return true;
  if (typeof overdispersion !== 'boolean')
    throw invalidArgument('options.overdispersion', `expected true or false, got ${shown(overdispersion)}`);
  return overdispersion;
}
