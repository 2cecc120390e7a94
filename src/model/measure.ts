import * as z from 'zod/mini';
import { MEASURE_SCHEMAS } from '../measures/registry.js';

export { Part, SubPart } from './part.js';

/**
 * What an indicator computes from its records. Each kind's schema lives in its module under
 * `src/measures/`, beside its check and its engines.
 */
export const Measure = z.discriminatedUnion('kind', MEASURE_SCHEMAS);
export type Measure = z.infer<typeof Measure>;
export type MeasureKind = Measure['kind'];
