import { withFunnel } from '../compare/carry-funnel.js';
import { withSpc } from '../compare/carry-spc.js';
import type { FunnelOptions } from '../compare/funnel-report.js';
import type { SpcOptions } from '../compare/spc-report.js';
import { checkBaseline, checkChart } from '../compare/compare-options.js';
import { LawGaugeError } from '../errors/law-gauge-error.js';
import type { Report } from '../model/report.js';
import { parsePeriodKey } from '../time/period.js';
import type { PeriodUnit } from '../time/period-unit.js';
import { finiteNumber, rate } from './option-values.js';
import { UsageError } from './usage.js';

/** `compute`'s options for honest comparisons: process-behaviour charts and funnel plots. */
export const COMPARISON_OPTIONS = {
  spc: { type: 'string' },
  'spc-baseline': { type: 'string' },
  'spc-phase': { type: 'string', multiple: true },
  'spc-target': { type: 'string' },
  funnel: { type: 'boolean' },
  'no-overdispersion': { type: 'boolean' },
  'funnel-period': { type: 'string' },
  'funnel-target': { type: 'string' },
} as const;

export interface ComparisonValues {
  readonly spc?: string | undefined;
  readonly 'spc-baseline'?: string | undefined;
  readonly 'spc-phase'?: string[] | undefined;
  readonly 'spc-target'?: string | undefined;
  readonly funnel?: boolean | undefined;
  readonly 'no-overdispersion'?: boolean | undefined;
  readonly 'funnel-period'?: string | undefined;
  readonly 'funnel-target'?: string | undefined;
}

/** What each Report gets: an SPC chart of every series, funnels of the groups, both or neither. */
export interface Comparisons {
  readonly spc?: SpcOptions;
  readonly funnel?: FunnelOptions;
}

/** A flag that refines another is refused without it: it would be ignored silently. */
function requireWith(values: ComparisonValues, flags: readonly (keyof ComparisonValues)[], needed: string): void {
  const given = flags.find((flag) => values[flag] !== undefined);
  if (given !== undefined) throw new UsageError((messages) => messages.needsOption(`--${given}`, needed));
}

/** A value the core's own check (`check`) refuses, as a usage error at its flag, before anything is read. */
function checkedAt<T>(flag: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    const issue = error instanceof LawGaugeError ? error.issues[0] : undefined;
    if (issue === undefined) throw error;
    throw new UsageError((messages) => messages.optionProblem(flag, issue));
  }
}

/** Digits as the number they write; any other text as it is (the core's check then names it). */
const wholeOrText = (value: string): number | string => (/^\d+$/.test(value) ? Number(value) : value);

/** A period key of the Reports' unit (`2019-04` with --period month); whether the Reports have it is known after. */
function periodOf(flag: string, value: string, unit: PeriodUnit): string {
  if (parsePeriodKey(value)?.unit !== unit)
    throw new UsageError((messages) => messages.expectedPeriod(flag, value, unit));
  return value;
}

/**
 * The comparisons asked for, from the flags, each value checked before any data is read: the
 * chart's name and baseline by the core's own checks, periods as keys of the Reports' `unit`.
 * Whether the Reports have a period and are rates is known only after evaluating:
 * {@link withComparisons} names the flag then.
 */
export function comparisonOptions(values: ComparisonValues, unit: PeriodUnit): Comparisons {
  if (values.spc === undefined) requireWith(values, ['spc-baseline', 'spc-phase', 'spc-target'], '--spc');
  if (values.funnel !== true) requireWith(values, ['no-overdispersion', 'funnel-period', 'funnel-target'], '--funnel');
  const spc: SpcOptions | undefined =
    values.spc === undefined
      ? undefined
      : {
          chart: checkedAt('--spc', () => checkChart(values.spc)),
          ...(values['spc-baseline'] === undefined
            ? {}
            : {
                baseline: checkedAt('--spc-baseline', () => checkBaseline(wholeOrText(values['spc-baseline']!))),
              }),
          ...(values['spc-phase'] === undefined
            ? {}
            : { phases: values['spc-phase'].map((phase) => periodOf('--spc-phase', phase, unit)) }),
          ...(values['spc-target'] === undefined ? {} : { target: finiteNumber('--spc-target', values['spc-target']) }),
        };
  const funnel: FunnelOptions | undefined =
    values.funnel !== true
      ? undefined
      : {
          overdispersion: values['no-overdispersion'] !== true,
          ...(values['funnel-period'] === undefined
            ? {}
            : { period: periodOf('--funnel-period', values['funnel-period'], unit) }),
          ...(values['funnel-target'] === undefined
            ? {}
            : { target: rate('--funnel-target', values['funnel-target']) }),
        };
  return { ...(spc === undefined ? {} : { spc }), ...(funnel === undefined ? {} : { funnel }) };
}

/** The flag that gave each option of spc() and funnel() (the core names the option it refuses). */
const SPC_FLAGS: Readonly<Record<string, string>> = {
  chart: '--spc',
  baseline: '--spc-baseline',
  phases: '--spc-phase',
  target: '--spc-target',
};
const FUNNEL_FLAGS: Readonly<Record<string, string>> = { period: '--funnel-period', target: '--funnel-target' };

/** The core's refusal of an option, rooted at the flag that gave it: `--spc-phase: the Report has no period …`. */
function asFlagError(error: unknown, flags: Readonly<Record<string, string>>, whole: string): unknown {
  if (!(error instanceof LawGaugeError) || error.code !== 'invalid_argument') return error;
  const head = error.issues[0]?.path[0];
  const flag = error.root === 'options' && typeof head === 'string' ? (flags[head] ?? whole) : whole;
  return new LawGaugeError(
    'invalid_argument',
    flag,
    error.issues.map((issue) => ({ ...issue, path: [] })),
  );
}

/** Each Report carrying the comparisons asked for (`spc` and `funnel` on its rows and itself). */
export function withComparisons(reports: readonly Report[], comparisons: Comparisons): Report[] {
  return reports.map((report) => {
    let carried = report;
    if (comparisons.spc !== undefined) {
      try {
        carried = withSpc(carried, comparisons.spc);
      } catch (error) {
        throw asFlagError(error, SPC_FLAGS, '--spc');
      }
    }
    if (comparisons.funnel !== undefined) {
      try {
        carried = withFunnel(carried, comparisons.funnel);
      } catch (error) {
        throw asFlagError(error, FUNNEL_FLAGS, '--funnel');
      }
    }
    return carried;
  });
}
