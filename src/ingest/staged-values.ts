import { createValidity, setValid } from '../table/validity.js';

export type NumericArray = Int32Array | Float64Array | Uint8Array | Uint16Array;

/** Clears a row's bit in a null mask: the row is null. */
function setNull(validity: Uint8Array, row: number): void {
  validity[row >> 3]! &= ~(1 << (row & 7));
}

/**
 * A column's stored numbers and null mask, written in place as its cells are staged: a value
 * staged at row `row` is overwritten by the next record's when the record is not used (see
 * `ColumnBuilder`). One class behind every column builder: the writes made for each cell then see
 * one shape of object, where the builders are of six classes (code that has seen more than four
 * shapes looks each field up the slow way, about a tenth of a 16-column read).
 */
export class StagedValues<A extends NumericArray> {
  values: A;
  validity: Uint8Array | null = null;
  /** The value last staged and whether it was a null, for the builder's `remember`. */
  staged = 0;
  stagedNull = false;
  /**
   * The row last staged when it has work left for when it is known to be used, else −1: that work
   * (`used`) is done by `settle` when a later row is staged. Only the row last staged can have any.
   */
  pendingRow = -1;

  /**
   * `emptyValue`: what an empty cell stores (the field's default), else a null unless `required`;
   * `used`: the builder's work for the pending row once it is known to be used.
   */
  constructor(
    capacity: number,
    private readonly create: (length: number) => A,
    private readonly emptyValue: number | undefined,
    private readonly required: boolean,
    private readonly used: (row: number) => void,
  ) {
    this.values = create(Math.max(capacity, 0));
  }

  /** Doubles the storage when a streamed input outgrows the first estimate of its length. */
  grow(row: number): void {
    const values = this.create(Math.max(row + 1, this.values.length * 2, 1024));
    values.set(this.values);
    this.values = values;
    if (this.validity !== null) {
      const validity = createValidity(values.length);
      validity.set(this.validity);
      this.validity = validity;
    }
  }

  /**
   * Before staging `row`, or with `row` the rows used: the pending row is used when it comes before
   * `row` (a record was staged after it, at the next row), and its work is done; else it was not used.
   */
  settle(row: number): void {
    const pending = this.pendingRow;
    if (pending < 0) return;
    this.pendingRow = -1;
    if (pending < row) this.used(pending);
  }

  /** Settles the rows before `length` and leaves nothing of a row staged at `length` that was not used. */
  settleAll(length: number): void {
    this.settle(length);
    const validity = this.validity;
    // The row staged at `length` may have set its bit; with `length` a multiple of 8 that bit is
    // the first of a byte of its own, which is cleared whole (a part absorbed there only sets bits).
    if (validity !== null && length >> 3 < validity.length) validity[length >> 3]! &= (1 << (length & 7)) - 1;
  }

  /** Stores `value` at `row`, a present value. */
  put(row: number, value: number): null {
    if (this.pendingRow >= 0) this.settle(row);
    if (row >= this.values.length) this.grow(row);
    this.values[row] = value;
    this.staged = value;
    this.stagedNull = false;
    if (this.validity !== null) setValid(this.validity, row);
    return null;
  }

  /** Stores a null at `row`; a first null makes the null mask once its row is known to be used (`nullMaskTo`). */
  putNull(row: number): null {
    if (this.pendingRow >= 0) this.settle(row);
    if (row >= this.values.length) this.grow(row);
    this.values[row] = 0;
    this.staged = 0;
    this.stagedNull = true;
    if (this.validity === null) this.pendingRow = row;
    else setNull(this.validity, row);
    return null;
  }

  /** Stages an empty cell at `row` (the default, else a null): false, staging nothing, when the field is required. */
  putEmpty(row: number): boolean {
    if (this.emptyValue !== undefined) this.put(row, this.emptyValue);
    else if (this.required) return false;
    else this.putNull(row);
    return true;
  }

  /** After a null staged at `row` without a null mask is used: the mask, every row before it present. */
  nullMaskTo(row: number): void {
    if (this.validity !== null) return;
    const validity = createValidity(this.values.length);
    for (let earlier = 0; earlier < row; earlier++) setValid(validity, earlier);
    this.validity = validity;
  }
}
