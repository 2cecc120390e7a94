/** A normalisation or aggregation that is undefined for the given values; the caller adds where. */
export class CompositeMathError extends Error {
  constructor(
    readonly code: 'constant_values' | 'non_positive_value' | 'zero_value' | 'negative_value',
    message: string,
  ) {
    super(message);
  }
}
