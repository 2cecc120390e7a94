import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay, parseIsoDay, parsePeriodKey, type PeriodUnit } from '../../src/index.js';
import { civilFromDay, dayFromCivil, periodEnd, periodKey, periodStartOf, yearAgoStart } from '../../src/internal.js';

const day = (text: string): number => parseIsoDay(text)!;

describe('civil day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
    expect(dayFromCivil(2019, 3, 5)).toBe(17960);
    expect(dayFromCivil(1969, 12, 31)).toBe(-1);
    expect(formatDay(dayFromCivil(2000, 2, 29))).toBe('2000-02-29');
  });

  it('round-trips every day between years 1 and 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromCivil(1, 1, 1), max: dayFromCivil(9999, 12, 31) }), (n) => {
        const { year, month, day: d } = civilFromDay(n);
        expect(dayFromCivil(year, month, d)).toBe(n);
      }),
      { seed: 20191127, numRuns: 2000 },
    );
  });

  it('rejects impossible dates', () => {
    expect(parseIsoDay('2019-02-29')).toBeUndefined();
    expect(parseIsoDay('2020-02-29')).toBe(dayFromCivil(2020, 2, 29));
    expect(parseIsoDay('2019-13-01')).toBeUndefined();
  });
});

describe('period keys', () => {
  const cases: [string, PeriodUnit, string, string, string][] = [
    ['2019-03-05', 'day', '2019-03-05', '2019-03-05', '2019-03-05'],
    ['2019-03-05', 'week', '2019-W10', '2019-03-04', '2019-03-10'],
    ['2019-03-05', 'month', '2019-03', '2019-03-01', '2019-03-31'],
    ['2019-03-05', 'quarter', '2019-Q1', '2019-01-01', '2019-03-31'],
    ['2019-03-05', 'year', '2019', '2019-01-01', '2019-12-31'],
    // ISO weeks belong to the year of their Thursday.
    ['2018-12-31', 'week', '2019-W01', '2018-12-31', '2019-01-06'],
    ['2021-01-03', 'week', '2020-W53', '2020-12-28', '2021-01-03'],
    ['2020-02-29', 'month', '2020-02', '2020-02-01', '2020-02-29'],
    ['2019-12-31', 'quarter', '2019-Q4', '2019-10-01', '2019-12-31'],
  ];
  it.each(cases)('%s in a %s is %s = [%s, %s]', (date, unit, key, start, end) => {
    const s = periodStartOf(day(date), unit);
    expect(periodKey(s, unit)).toBe(key);
    expect(formatDay(s)).toBe(start);
    expect(formatDay(periodEnd(s, unit))).toBe(end);
    expect(parsePeriodKey(key)).toEqual({ unit, start: s, end: periodEnd(s, unit) });
  });

  it('rejects keys that name no period', () => {
    for (const key of ['2019-13', '2019-Q5', '2019-W54', '2019-W53', '2019-02-30', '19-03', '2019-3'])
      expect(parsePeriodKey(key)).toBeUndefined();
  });

  it('finds the same period a year earlier, when there is one', () => {
    expect(formatDay(yearAgoStart(day('2019-03-01'), 'month')!)).toBe('2018-03-01');
    expect(periodKey(yearAgoStart(parsePeriodKey('2019-W10')!.start, 'week')!, 'week')).toBe('2018-W10');
    expect(yearAgoStart(parsePeriodKey('2020-W53')!.start, 'week')).toBeUndefined();
    expect(yearAgoStart(day('2020-02-29'), 'day')).toBeUndefined();
  });
});
