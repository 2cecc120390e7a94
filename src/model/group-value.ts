import * as z from 'zod/mini';
import { FiniteNumber } from './primitives.js';

/** The value of a group field in a row; `"*"` in every group field marks the total row. */
export const GroupValue = z.union([z.string(), FiniteNumber, z.boolean(), z.null()]);
export type GroupValue = z.infer<typeof GroupValue>;
