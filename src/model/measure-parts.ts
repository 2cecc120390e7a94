import { measureKind } from '../measures/registry.js';
import type { Measure } from './measure.js';
import type { Operand, Predicate } from './predicate.js';
import type { TimeRules } from './time-rule.js';

/** One record set a measure reads: its time rules (absent for a subset numerator), filter and summed value. */
export interface MeasurePart {
  readonly time?: TimeRules | undefined;
  readonly where?: Predicate | undefined;
  readonly value?: Operand | undefined;
}

/**
 * The parts of a measure, denominator first. A measure computed from another indicator (a
 * complement) reads that indicator's parts, so it has none of its own (callers follow
 * `baseIndicator`).
 */
export function measureParts(measure: Measure): MeasurePart[] {
  return measureKind(measure.kind).parts(measure);
}
