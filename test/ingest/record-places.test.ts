// Issue 26: the places of committed records are held as runs, not eight bytes per record.
import { describe, expect, it } from 'vitest';
import { RecordPlaces } from '../../src/ingest/record-places.js';

describe('RecordPlaces', () => {
  it('gives back every row and line added, through skipped rows, multi-line records and records without a line', () => {
    const places = new RecordPlaces();
    const added: [number, number][] = [];
    let row = 0;
    let line = 1;
    for (let index = 0; index < 5000; index++) {
      row += index % 97 === 3 ? 3 : 1;
      line += index % 41 === 0 ? 4 : 1;
      const given = index >= 4000 && index < 4100 ? -1 : line;
      places.add(row, given);
      added.push([row, given]);
    }
    expect(places.length).toBe(5000);
    added.forEach(([row, line], index) => {
      expect(places.rowOf(index)).toBe(row);
      expect(places.lineOf(index)).toBe(line);
    });
  });

  it('holds a file read straight through as one run', () => {
    const places = new RecordPlaces();
    for (let index = 0; index < 100_000; index++) places.add(index + 1, index + 2);
    expect((places as unknown as { runs: number }).runs).toBe(1);
    expect(places.rowOf(99_999)).toBe(100_000);
    expect(places.lineOf(0)).toBe(2);
  });
});

describe('RecordPlaces.append (a worker part’s places, as runs)', () => {
  it('gives the runs adding each record in turn gives, at every cut', () => {
    const records: [number, number][] = [];
    let row = 0;
    let line = 1;
    for (let index = 0; index < 400; index++) {
      row += index % 37 === 5 ? 2 : 1;
      line += index % 23 === 0 ? 3 : 1;
      records.push([row, index >= 300 && index < 320 ? -1 : line]);
    }
    const whole = new RecordPlaces();
    for (const [row, line] of records) whole.add(row, line);
    for (let cut = 0; cut <= records.length; cut += 7) {
      // The part counts its rows from 1 and its lines from 1 at its start, as a worker's reader does.
      const rowsBefore = cut === 0 ? 0 : records[cut - 1]![0];
      const linesBeforePart = cut === 0 ? 0 : records.slice(0, cut).reduce((last, [, l]) => (l < 0 ? last : l), 0);
      const part = new RecordPlaces();
      for (const [row, line] of records.slice(cut)) part.add(row - rowsBefore, line < 0 ? -1 : line - linesBeforePart);
      const joined = new RecordPlaces();
      for (const [row, line] of records.slice(0, cut)) joined.add(row, line);
      joined.append(part.runsOf(), records.length - cut, rowsBefore, linesBeforePart);
      expect(joined.length, `cut at ${cut}`).toBe(records.length);
      expect(joined.runsOf(), `cut at ${cut}`).toEqual(whole.runsOf());
    }
  });
});
