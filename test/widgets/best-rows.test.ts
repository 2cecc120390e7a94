import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportRow } from '../../src/index.js';
import { bestOf, byValue, worstOf } from '../../widgets/indicator-bars/best-rows.js';

/** Rows carrying only what the order reads, tagged by their place in the Report. */
const rowsOf = (values: (number | null)[]): ReportRow[] =>
  values.map((value, place) => ({ value, period: String(place) }) as unknown as ReportRow);
const places = (rows: readonly ReportRow[]): string[] => rows.map((row) => row.period);

describe('bestOf(rows, count, byValue(direction)) and worstOf', () => {
  it('give what a stable sort gives: its first `count` rows, and its last row with a value (fast-check, seeded)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -5, max: 5 }), { nil: null }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 25 }),
        fc.constantFrom(1 as const, -1 as const),
        (values, count, direction) => {
          const rows = rowsOf(values);
          const sorted = [...rows].sort(byValue(direction));
          expect(places(bestOf(rows, count, byValue(direction)))).toEqual(places(sorted.slice(0, count)));
          expect(worstOf(rows, byValue(direction))).toBe(sorted.findLast((row) => row.value !== null));
        },
      ),
      { seed: 22, numRuns: 500 },
    );
  });

  it('higher-better: best first, ties in the Report order, rows without a value last', () => {
    const rows = rowsOf([0.5, null, 0.9, 0.5, 0.1]);
    expect(places(bestOf(rows, 4, byValue(-1)))).toEqual(['2', '0', '3', '4']);
    expect(worstOf(rows, byValue(-1))!.period).toBe('4');
    expect(places(bestOf(rowsOf([null, null]), 5, byValue(-1)))).toEqual(['0', '1']);
  });
});
