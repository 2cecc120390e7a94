import type { Column } from '../table/column.js';
import type { Table } from '../table/table.js';

/**
 * Per-table state of one evaluation: whatever several indicators need from the same table
 * (group keys, filter masks, operand values, period membership) is computed once and reused.
 */
export class TableContext {
  private readonly cache = new Map<string, unknown>();

  constructor(readonly table: Table) {}

  column(name: string): Column {
    const column = this.table.columns.get(name);
    // Catalog checks guarantee the field exists in the dataset; a table ingested from another
    // definition of the dataset could still lack it.
    if (column === undefined) throw new Error(`table for dataset "${this.table.dataset.id}" has no column "${name}"`);
    return column;
  }

  /** Returns the cached value for `key`, computing it on first use. */
  memo<T>(key: string, compute: () => T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const value = compute();
    this.cache.set(key, value);
    return value;
  }
}
