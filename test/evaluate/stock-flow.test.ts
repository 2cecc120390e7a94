import { describe, expect, it } from 'vitest';
import { evaluate, ingest } from '../../src/index.js';
import { casesDataset, courtCatalog } from '../support/court-catalog.js';
import { rowOf } from '../support/report-lookup.js';

/*
 * A hand-made case table; every expected value below is worked out in the comments from
 * DOMAIN.md's definitions, not taken from the code's output.
 *
 *        district filed       closed      limit excl  trial days
 * c1     A        2019-03-05  2019-03-20  30    0     15   filed and closed in the same month
 * c2     A        2018-12-15  2019-01-10  30    0     26   pending across the year boundary
 * c3     A        2019-03-01  2019-03-31  null  0     30   closed on the last day; no time limit
 * c4     A        2019-02-10  2019-04-15  60    10    54   excluded days bring it within the limit
 * c5     A        2019-03-10  2019-05-20  60    0     71   closed late
 * c6     B        2017-12-01  null        365   -     -    pending for years
 * c7     B        2018-03-31  null        365   -     -    exactly 365 days old on 2019-03-31
 * c8     A        2019-03-31  2019-04-01  15    0     1    filed on the last day of a month
 * c9     A        2019-05-01  2019-05-11  30    0     10
 * c10    A        2019-05-02  2019-05-31  30    5     24
 * c11    A        2019-04-20  2019-05-30  60    ''    40   empty excluded_days means 0
 */
const records = [
  {
    case_id: 'c1',
    district: 'A',
    case_type: 'civil',
    procedure: 'first_instance',
    filed_on: '2019-03-05',
    closed_on: '2019-03-20',
    time_limit_days: 30,
    excluded_days: 0,
  },
  {
    case_id: 'c2',
    district: 'A',
    case_type: '民事',
    procedure: '一审',
    filed_on: '2018-12-15',
    closed_on: '2019-01-10',
    time_limit_days: '30',
    excluded_days: '0',
  },
  {
    case_id: 'c3',
    district: 'A',
    case_type: 'civil',
    procedure: 'first_instance',
    filed_on: '2019/3/1',
    closed_on: '2019年3月31日',
    time_limit_days: '',
    excluded_days: 0,
  },
  {
    case_id: 'c4',
    district: 'A',
    case_type: 'civil',
    procedure: 'first_instance',
    filed_on: '2019-02-10',
    closed_on: '2019-04-15',
    time_limit_days: 60,
    excluded_days: 10,
  },
  {
    case_id: 'c5',
    district: 'A',
    case_type: 'commercial',
    procedure: 'first_instance',
    filed_on: '2019-03-10',
    closed_on: '2019-05-20',
    time_limit_days: 60,
    excluded_days: 0,
  },
  {
    case_id: 'c6',
    district: 'B',
    case_type: 'civil',
    procedure: 'first_instance',
    filed_on: '2017-12-01',
    closed_on: null,
    time_limit_days: 365,
  },
  {
    case_id: 'c7',
    district: 'B',
    case_type: 'civil',
    procedure: 'first_instance',
    filed_on: '2018.3.31',
    closed_on: '—',
    time_limit_days: 365,
  },
  {
    case_id: 'c8',
    district: 'A',
    case_type: 'civil',
    procedure: 'first_instance',
    filed_on: '2019-03-31',
    closed_on: '2019-04-01',
    time_limit_days: 15,
    excluded_days: 0,
  },
  {
    case_id: 'c9',
    district: 'A',
    case_type: 'civil',
    procedure: 'first_instance',
    filed_on: '2019-05-01',
    closed_on: '2019-05-11',
    time_limit_days: 30,
    excluded_days: 0,
  },
  {
    case_id: 'c10',
    district: 'A',
    case_type: 'civil',
    procedure: 'first_instance',
    filed_on: '2019-05-02',
    closed_on: '2019-05-31',
    time_limit_days: 30,
    excluded_days: 5,
  },
  {
    case_id: 'c11',
    district: 'A',
    case_type: 'civil',
    procedure: 'first_instance',
    filed_on: '2019-04-20',
    closed_on: '2019-05-30',
    time_limit_days: 60,
    excluded_days: '',
  },
];

const catalog = courtCatalog();
const cases = ingest(casesDataset(catalog), records);
const indicators = [
  'clearance_rate',
  'on_time_closure_rate',
  'long_pending_ratio',
  'median_trial_days',
  'pending_cases',
];
const monthly = evaluate(catalog, { cases }, { from: '2019-01-01', to: '2019-12-31', indicators });

describe('evaluate(catalog, tables) on stocks and flows', () => {
  it('ingests every hand-made case', () => {
    expect(cases.quality).toEqual({ read: 11, used: 11, quarantined: 0, skipped: 0 });
  });

  it('clearance_rate for March 2019 = closed (c1, c3) / (pending at 1 March: c4, c6, c7 + filed: c1, c3, c5, c8) = 2/7', () => {
    const row = rowOf(monthly, 'clearance_rate', '2019-03');
    expect(row).toMatchObject({ numerator: 2, denominator: 7, n: 7 });
    expect(row.value).toBeCloseTo(2 / 7, 15);
  });

  it('counts a case filed and closed in the same month in both numerator and denominator of clearance_rate', () => {
    // c1 and c3 are both filed and closed in March: they are in the "filed" part of the
    // denominator and in the numerator; c2 (closed in January) is in neither.
    const byDistrict = evaluate(
      catalog,
      { cases },
      { from: '2019-03-01', to: '2019-03-31', by: 'district', indicators: ['clearance_rate'] },
    );
    expect(rowOf(byDistrict, 'clearance_rate', '2019-03', 'A')).toMatchObject({
      numerator: 2,
      denominator: 5,
      value: 2 / 5,
    });
    expect(rowOf(byDistrict, 'clearance_rate', '2019-03', 'B')).toMatchObject({
      numerator: 0,
      denominator: 2,
      value: 0,
    });
  });

  it('carries a case pending across the year boundary into January: clearance_rate 2019-01 = c2 / (c2, c6, c7) = 1/3', () => {
    expect(rowOf(monthly, 'clearance_rate', '2019-01')).toMatchObject({ numerator: 1, denominator: 3 });
    // At the end of December 2018, c2 is still pending (closed 2019-01-10 > 2018-12-31).
    const december = evaluate(
      catalog,
      { cases },
      { from: '2018-12-01', to: '2018-12-31', indicators: ['pending_cases'] },
    );
    expect(rowOf(december, 'pending_cases', '2018-12').value).toBe(3);
  });

  it('uses calendar quarters and years: Q1 2019 = 3/8, 2019 = 9/11', () => {
    // Q1: pending at 1 Jan (c2, c6, c7) + filed in Q1 (c1, c3, c4, c5, c8) = 8; closed in Q1: c2, c1, c3.
    const quarterly = evaluate(
      catalog,
      { cases },
      { period: 'quarter', from: '2019-01-01', to: '2019-03-31', indicators: ['clearance_rate'] },
    );
    expect(rowOf(quarterly, 'clearance_rate', '2019-Q1')).toMatchObject({ numerator: 3, denominator: 8 });
    // 2019: pending at 1 Jan (3) + filed in 2019 (c1, c3, c4, c5, c8, c9, c10, c11 = 8); closed in 2019: all but c6, c7.
    const yearly = evaluate(
      catalog,
      { cases },
      { period: 'year', from: '2019-01-01', to: '2019-12-31', indicators: ['clearance_rate'] },
    );
    expect(rowOf(yearly, 'clearance_rate', '2019')).toMatchObject({ numerator: 9, denominator: 11 });
  });

  it('computes period-to-date (年初至今) windows: March 2019 to date equals Q1 2019, 3/8', () => {
    const ytd = evaluate(
      catalog,
      { cases },
      { from: '2019-01-01', to: '2019-03-31', toDate: true, indicators: ['clearance_rate'] },
    );
    expect(rowOf(ytd, 'clearance_rate', '2019-03')).toMatchObject({ numerator: 3, denominator: 8 });
    expect(rowOf(ytd, 'clearance_rate', '2019-02')).toMatchObject({ numerator: 1, denominator: 4 });
  });

  it('on_time_closure_rate leaves out a null time limit (c3) and nets excluded days (c4: 64 − 10 = 54 ≤ 60)', () => {
    // March: c1 (15 ≤ 30); c3 has no limit → 1/1. April: c4 (54 ≤ 60), c8 (1 ≤ 15) → 2/2.
    // May: c5 (71 > 60), c9 (10 ≤ 30), c10 (29 − 5 = 24 ≤ 30), c11 (40 ≤ 60) → 3/4.
    expect(rowOf(monthly, 'on_time_closure_rate', '2019-03')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(rowOf(monthly, 'on_time_closure_rate', '2019-04')).toMatchObject({ numerator: 2, denominator: 2 });
    expect(rowOf(monthly, 'on_time_closure_rate', '2019-05')).toMatchObject({
      numerator: 3,
      denominator: 4,
      value: 0.75,
    });
  });

  it('long_pending_ratio counts only cases more than 365 days old at period end', () => {
    // End of March: pending c4, c5, c6, c7, c8 (c3 closed on the 31st is not pending); c6 is
    // 485 days old, c7 exactly 365 (not more) → 1/5.
    expect(rowOf(monthly, 'long_pending_ratio', '2019-03')).toMatchObject({ numerator: 1, denominator: 5, value: 0.2 });
    // End of April: pending c5, c6, c7, c11 (filed 20 April, closed 30 May); c7 is now 395 days
    // old → 2/4.
    expect(rowOf(monthly, 'long_pending_ratio', '2019-04')).toMatchObject({ numerator: 2, denominator: 4, value: 0.5 });
  });

  it('median_trial_days takes the mean of the two middle values for an even count', () => {
    expect(rowOf(monthly, 'median_trial_days', '2019-03')).toMatchObject({ value: 22.5, n: 2 }); // 15, 30
    expect(rowOf(monthly, 'median_trial_days', '2019-04')).toMatchObject({ value: 27.5, n: 2 }); // 1, 54
    expect(rowOf(monthly, 'median_trial_days', '2019-05')).toMatchObject({ value: 32, n: 4 }); // 10, 24, 40, 71
  });

  it('gives no value, never 0, when the denominator is empty', () => {
    const row = rowOf(monthly, 'on_time_closure_rate', '2019-07');
    expect(row).toMatchObject({ value: null, numerator: 0, denominator: 0, flag: 'no-data', status: null });
  });
});
