/**
 * Three-valued logic, as SQL has it: a comparison with a null operand is UNKNOWN, `not UNKNOWN`
 * stays UNKNOWN, and only TRUE rows are selected. Keeping SQL's rules means a catalog compiled to
 * SQL later selects exactly the same records.
 */
export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Tri = 0 | 1 | 2;

export function triAnd(a: number, b: number): Tri {
  if (a === FALSE || b === FALSE) return FALSE;
  return a === UNKNOWN || b === UNKNOWN ? UNKNOWN : TRUE;
}

export function triOr(a: number, b: number): Tri {
  if (a === TRUE || b === TRUE) return TRUE;
  return a === UNKNOWN || b === UNKNOWN ? UNKNOWN : FALSE;
}

export function triNot(a: number): Tri {
  return a === UNKNOWN ? UNKNOWN : a === TRUE ? FALSE : TRUE;
}
