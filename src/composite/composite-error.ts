import type { IssueParams } from '../errors/issue.js';

/** A normalisation or aggregation that is undefined for the given values; the caller adds where. */
export class CompositeMathError extends Error {
  constructor(
    readonly code: 'constant_values' | 'non_positive_value' | 'zero_value' | 'negative_value',
    message: string,
    /** What the message names (the value, the mean's p), for wording it in another language. */
    readonly params: IssueParams = {},
  ) {
    super(message);
  }
}
