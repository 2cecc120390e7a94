import type { GroupValue } from '../model/report.js';
import { TOTAL } from '../model/report-constants.js';
import type { Column } from '../table/column.js';
import { isValid } from '../table/validity.js';
import type { TableContext } from './table-context.js';
import { totalMarkerClash } from './total-marker-clash.js';

/**
 * The groups of a table for a list of `by` fields, computed once per table and reused by every
 * indicator. Groups are the value combinations present in the table, sorted by value; the
 * total is an extra group with index `count`.
 */
export interface GroupIndex {
  readonly fields: readonly string[];
  /** Number of groups, excluding the total. */
  readonly count: number;
  /** Group index of each row. */
  readonly rowGroup: Int32Array;
  /** Field values of each group, then of the total (`*` in every field). */
  readonly values: readonly (readonly GroupValue[])[];
}

/** Per-row small-integer key of one column (0 = null) and the value each key stands for. */
function columnKeys(column: Column, length: number): { keys: Int32Array; decode: GroupValue[]; order: number[] } {
  const keys = new Int32Array(length);
  const valid = (row: number): boolean => isValid(column.validity, row);
  if ('codes' in column) {
    for (let row = 0; row < length; row++) keys[row] = valid(row) ? column.codes[row]! + 1 : 0;
    const decode: GroupValue[] = [null, ...column.dictionary];
    // Enums sort in declared order, strings by code point; null last.
    const order = decode.map((_, key) => key);
    if (column.type === 'string')
      order.sort((a, b) => (a === 0 ? 1 : b === 0 ? -1 : compareText(decode[a] as string, decode[b] as string)));
    else order.push(order.shift()!);
    return { keys, decode, order };
  }
  if (column.type === 'boolean') {
    for (let row = 0; row < length; row++) keys[row] = valid(row) ? column.values[row]! + 1 : 0;
    return { keys, decode: [null, false, true], order: [1, 2, 0] };
  }
  const distinct = new Map<number, number>();
  const decode: GroupValue[] = [null];
  for (let row = 0; row < length; row++) {
    if (!valid(row)) continue;
    const value = column.values[row]!;
    let key = distinct.get(value);
    if (key === undefined) {
      key = decode.length;
      decode.push(value);
      distinct.set(value, key);
    }
    keys[row] = key;
  }
  const order = decode.map((_, key) => key);
  order.sort((a, b) => (a === 0 ? 1 : b === 0 ? -1 : (decode[a] as number) - (decode[b] as number)));
  return { keys, decode, order };
}

/** Text order of group values (UTF-16 code units, as every engine's groups are sorted in the Report). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function groupIndex(context: TableContext, fields: readonly string[]): GroupIndex {
  return context.memo(`groups:${fields.join(',')}`, () => buildGroupIndex(context, fields));
}

function buildGroupIndex(context: TableContext, fields: readonly string[]): GroupIndex {
  const length = context.table.length;
  const rowGroup = new Int32Array(length);
  if (fields.length === 0) return { fields, count: 1, rowGroup, values: [[], []] };
  const perField = fields.map((name) => columnKeys(context.column(name), length));
  perField.forEach(({ keys, decode }, f) => {
    const clash = decode.indexOf(TOTAL);
    if (clash > 0)
      throw totalMarkerClash(
        context.table.dataset.id,
        fields[f]!,
        keys.reduce((count, key) => count + (key === clash ? 1 : 0), 0),
      );
  });
  // Rank of each key in sort order, so that combined keys sort like the value tuples.
  const ranks = perField.map(({ order }) => {
    const rank = new Int32Array(order.length);
    order.forEach((key, position) => (rank[key] = position));
    return rank;
  });
  const radices = perField.map(({ decode }) => decode.length);
  const space = radices.reduce((product, radix) => product * radix, 1);
  const combined = space < 2 ** 31 ? new Int32Array(length) : new Float64Array(length);
  if (perField.length === 1) {
    const { keys } = perField[0]!;
    const rank = ranks[0]!;
    for (let row = 0; row < length; row++) combined[row] = rank[keys[row]!]!;
  } else {
    for (let row = 0; row < length; row++) {
      let key = 0;
      for (let f = 0; f < perField.length; f++) key = key * radices[f]! + ranks[f]![perField[f]!.keys[row]!]!;
      combined[row] = key;
    }
  }
  // Combined keys sort like the value tuples; number the ones present densely in that order.
  let present: number[];
  if (space <= 1 << 22) {
    const dense = new Int32Array(space).fill(-1);
    for (let row = 0; row < length; row++) dense[combined[row]!] = 0;
    present = [];
    for (let key = 0; key < space; key++) if (dense[key] === 0) dense[key] = present.push(key) - 1;
    for (let row = 0; row < length; row++) rowGroup[row] = dense[combined[row]!]!;
  } else {
    present = [...new Set<number>(combined)].sort((a, b) => a - b);
    const dense = new Map(present.map((key, index) => [key, index]));
    for (let row = 0; row < length; row++) rowGroup[row] = dense.get(combined[row]!)!;
  }
  const values = present.map((key) => {
    const tuple: GroupValue[] = new Array<GroupValue>(fields.length);
    let rest = key;
    for (let f = fields.length - 1; f >= 0; f--) {
      const rank = rest % radices[f]!;
      rest = Math.floor(rest / radices[f]!);
      tuple[f] = perField[f]!.decode[perField[f]!.order[rank]!]!;
    }
    return tuple;
  });
  values.push(fields.map(() => TOTAL));
  return { fields, count: present.length, rowGroup, values };
}
