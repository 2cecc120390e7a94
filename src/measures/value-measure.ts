import * as z from 'zod/mini';
import type { MeasurePart } from '../model/measure-parts.js';
import { Part } from '../model/part.js';
import { Operand } from '../model/predicate.js';
import type { MeasureCheckScope } from './measure-kind.js';

/** A measure over the values of one record set (sums, means, order statistics). */
export interface ValueMeasure {
  readonly kind: string;
  readonly value: Operand;
  readonly of: Part;
}

/** The schema of a value measure with nothing more than its kind: `{kind, value, of}`. */
export const valueMeasure = <K extends string>(kind: K) =>
  z.strictObject({ kind: z.literal(kind), value: Operand, of: Part });

/** A value measure's one part: its record set, with the values it reads. */
export const valueParts = (measure: ValueMeasure): MeasurePart[] => [{ ...measure.of, value: measure.value }];

/** The value must be numeric; then the record set's fields. */
export function checkValueMeasure(measure: ValueMeasure, { checker, path }: MeasureCheckScope): void {
  checker.numericOperand(measure.value, [...path, 'value']);
  checker.part(measure.of, [...path, 'of']);
}
