import type { QuarantineProblem } from '../errors/issues.js';

/**
 * Why one value could not be stored. `message` is the English wording; `params` hold what it
 * names (the value as shown, the field, the limit, the allowed values), so a locale can word the
 * problem from `code` and `params` alone.
 */
export type ValueProblem = Extract<
  QuarantineProblem,
  {
    readonly code:
      | 'required'
      | 'invalid_date'
      | 'invalid_number'
      | 'invalid_integer'
      | 'invalid_boolean'
      | 'unknown_enum_value'
      | 'invalid_string'
      | 'out_of_range';
  }
>;
