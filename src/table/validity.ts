/**
 * Null masks: one bit per row, 1 = the row has a value. A column without nulls has no mask
 * (`null`), so hot loops over complete columns skip the test entirely.
 */
export type Validity = Uint8Array | null;

export function isValid(validity: Validity, row: number): boolean {
  return validity === null || (validity[row >> 3]! & (1 << (row & 7))) !== 0;
}

export function createValidity(length: number): Uint8Array {
  return new Uint8Array((length + 7) >> 3);
}

export function setValid(validity: Uint8Array, row: number): void {
  validity[row >> 3]! |= 1 << (row & 7);
}
