// Issue 26: a rule comparing two columns (`closed_on ge filed_on`) is read from their typed arrays,
// without a Float64Array copy of each; its verdicts are those of the general operand path.
import { describe, expect, it } from 'vitest';
import { predicateMask } from '../../src/evaluate/predicate-mask.js';
import { TableContext } from '../../src/evaluate/table-context.js';
import { parseDataset } from '../../src/index.js';
import { COMPARISON_OPS } from '../../src/model/predicate.js';
import type { Column } from '../../src/table/column.js';
import type { Table } from '../../src/table/table.js';
import { createValidity, setValid } from '../../src/table/validity.js';

const dataset = parseDataset({
  id: 'pairs',
  fields: [
    { name: 'a', type: 'integer' },
    { name: 'b', type: 'integer' },
    { name: 'x', type: 'number' },
    { name: 'y', type: 'number' },
  ],
});

function table(length: number): Table {
  const validity = (skip: number): Uint8Array => {
    const mask = createValidity(length);
    for (let row = 0; row < length; row++) if (row % skip !== 0) setValid(mask, row);
    return mask;
  };
  const a = Int32Array.from({ length }, (_, row) => (row * 7) % 5);
  const b = Int32Array.from({ length }, (_, row) => (row * 3) % 5);
  // NaN as a stored number (a table built elsewhere) reads as unknown, as a null does.
  const x = Float64Array.from({ length }, (_, row) => (row % 11 === 0 ? Number.NaN : ((row * 13) % 7) / 2));
  const y = Float64Array.from({ length }, (_, row) => ((row * 5) % 7) / 2);
  const columns = new Map<string, Column>([
    ['a', { type: 'integer', values: a, validity: validity(4) }],
    ['b', { type: 'integer', values: b, validity: null }],
    ['x', { type: 'number', values: x, validity: null }],
    ['y', { type: 'number', values: y, validity: validity(6) }],
  ]);
  return {
    dataset,
    length,
    columns,
    quality: { read: length, used: length, quarantined: 0, skipped: 0 },
    quarantine: [],
    skippedRows: { blank: 0, footer: 0, rows: [] },
  };
}

describe('a comparison of two columns', () => {
  it('gives the verdicts of the general operand path, nulls and NaN unknown, for every comparison', () => {
    const context = new TableContext(table(200));
    for (const [field, other] of [
      ['a', 'b'],
      ['b', 'a'],
      ['x', 'y'],
      ['y', 'x'],
      ['a', 'y'],
    ] as const) {
      for (const op of COMPARISON_OPS) {
        const direct = predicateMask(context, { field, op, other });
        const general = predicateMask(context, { field, op, other: { plus: [other] } });
        expect([...direct]).toEqual([...general]);
        expect(new Set(direct).size).toBeGreaterThan(1);
      }
    }
  });
});
