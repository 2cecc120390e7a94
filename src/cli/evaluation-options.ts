import type { EvaluateOptions } from '../evaluate/options.js';
import { PERIOD_UNITS } from '../time/period-unit.js';
import { choice, isoDate, list, positiveInt } from './option-values.js';

/** The options every command that evaluates a catalog takes (`compute`, `sql`). */
export const EVALUATION_OPTIONS = {
  catalog: { type: 'string' },
  map: { type: 'string' },
  by: { type: 'string' },
  period: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  ytd: { type: 'boolean' },
  indicator: { type: 'string' },
  suppress: { type: 'string' },
  'min-sample': { type: 'string' },
} as const;

export interface EvaluationValues {
  readonly by?: string | undefined;
  readonly period?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly ytd?: boolean | undefined;
  readonly indicator?: string | undefined;
  readonly suppress?: string | undefined;
  readonly 'min-sample'?: string | undefined;
}

/** Checks the evaluation options and turns them into `evaluate`'s options. */
export function evaluationOptions(values: EvaluationValues): EvaluateOptions & { readonly by: readonly string[] } {
  return {
    period: choice('--period', values.period, PERIOD_UNITS, 'month'),
    by: values.by === undefined ? [] : list('--by', values.by),
    toDate: values.ytd === true,
    ...(values.from === undefined ? {} : { from: isoDate('--from', values.from) }),
    ...(values.to === undefined ? {} : { to: isoDate('--to', values.to) }),
    ...(values.indicator === undefined ? {} : { indicators: list('--indicator', values.indicator) }),
    ...(values.suppress === undefined ? {} : { suppressBelow: positiveInt('--suppress', values.suppress) }),
    ...(values['min-sample'] === undefined ? {} : { minSample: positiveInt('--min-sample', values['min-sample']) }),
  };
}
