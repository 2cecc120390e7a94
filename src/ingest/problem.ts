/** Why one value could not be stored. */
export interface ValueProblem {
  readonly code: 'required' | 'invalid_date' | 'invalid_number' | 'invalid_integer' | 'invalid_boolean' | 'unknown_enum_value' | 'invalid_string' | 'out_of_range';
  readonly message: string;
}
