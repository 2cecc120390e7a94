// Cells are staged in place (column-builders.ts): a record that is not used is overwritten by the
// next one, and what waits until a row is known to be used (a new text's code, the null mask a
// first null makes) is done when a later row is staged, or at the end.
import { describe, expect, it } from 'vitest';
import { ingestCsvBytes, type DictionaryColumn, type IntegerColumn } from '../../src/index.js';
import { StagedValues } from '../../src/ingest/staged-values.js';

const dataset = {
  id: 'd',
  fields: [
    { name: 'name', type: 'string', required: true },
    { name: 'n', type: 'integer' },
  ],
};
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('cells staged in place', () => {
  it('a new text read from the bytes of consecutive rows gets one code', () => {
    const { table } = ingestCsvBytes(
      dataset,
      utf8('name,n\n黄浦区,1\n黄浦区,2\n(2019)沪01民初1号,3\n(2019)沪01民初1号,4\n'),
    );
    const column = table.columns.get('name') as DictionaryColumn;
    expect(column.dictionary).toEqual(['黄浦区', '(2019)沪01民初1号']);
    expect([...column.codes]).toEqual([0, 0, 1, 1]);
  });

  it('a quarantined row adds nothing to the dictionary, and the next text takes the next code', () => {
    const { table } = ingestCsvBytes(dataset, utf8('name,n\n甲甲甲甲甲,1\n乙乙乙乙乙,x\n丙丙丙丙丙,3\n乙乙乙乙乙,4\n'));
    const column = table.columns.get('name') as DictionaryColumn;
    expect(column.dictionary).toEqual(['甲甲甲甲甲', '丙丙丙丙丙', '乙乙乙乙乙']);
    expect([...column.codes]).toEqual([0, 1, 2]);
    expect(table.quality).toMatchObject({ used: 3, quarantined: 1 });
  });

  it('a last row that is not used leaves nothing in the null mask', () => {
    // Row 2 is null, so the column has a mask; row 3 stages 7 at row 3 and is then quarantined.
    const { table } = ingestCsvBytes(dataset, utf8('name,n\na,1\nb,\nc,3\n,7\n'));
    const column = table.columns.get('n') as IntegerColumn;
    expect(table.length).toBe(3);
    expect([...column.validity!]).toEqual([0b101]);
  });

  it('a first null in the last row used makes the null mask', () => {
    const { table } = ingestCsvBytes(dataset, utf8('name,n\na,1\nb,2\nc,\n'));
    expect([...(table.columns.get('n') as IntegerColumn).validity!]).toEqual([0b011]);
  });

  it('settling at a row that is a multiple of 8 clears the bit a staged row not used set there', () => {
    // A part absorbed at row 8 only sets bits: the reading thread's unused record, staged present at
    // row 8 (the first bit of a byte of its own), once left row 8 valid where the part had a null.
    const create = (length: number): Int32Array => new Int32Array(length);
    const staged: StagedValues<Int32Array> = new StagedValues(16, create, undefined, false, (row) =>
      staged.nullMaskTo(row),
    );
    for (let row = 0; row < 8; row++) {
      if (row === 3) staged.putNull(row);
      else staged.put(row, row);
    }
    staged.put(8, 7);
    staged.settleAll(8);
    expect([...staged.validity!]).toEqual([0b11110111, 0]);
  });
});
