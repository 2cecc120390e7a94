import type { IssueParamsOf } from '../errors/issues.js';

/** The codes of a calculation a composite's values make undefined. */
export type CompositeMathCode = 'constant_values' | 'non_positive_value' | 'zero_value' | 'negative_value';

/** An issue's params without its place (which the caller adds). */
export type UnplacedParams<C extends CompositeMathCode> = Omit<IssueParamsOf<C>, 'indicator' | 'unit' | 'period'>;

/** A normalisation or aggregation that is undefined for the given values; the caller adds where. */
export class CompositeMathError<C extends CompositeMathCode = CompositeMathCode> extends Error {
  constructor(
    readonly code: C,
    message: string,
    /** What the message names (the value, the mean's p), for wording it in another language. */
    readonly params: UnplacedParams<C>,
  ) {
    super(message);
  }
}
