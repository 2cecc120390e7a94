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
 * The parts of a measure, denominator first. A complement reads another indicator's parts, so it
 * has none of its own (callers follow `measure.of`).
 */
export function measureParts(measure: Measure): MeasurePart[] {
  switch (measure.kind) {
    case 'complement':
      return [];
    case 'count':
      return [measure.of];
    case 'rate':
      return [measure.denominator, measure.numerator];
    case 'ratio':
      return [measure.denominator, measure.numerator].map((side) => ({ time: side.time, where: side.where, value: side.sum }));
    default:
      return [{ ...measure.of, value: measure.value }];
  }
}
