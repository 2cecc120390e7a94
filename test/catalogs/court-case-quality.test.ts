import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInCatalog, evaluate, formatValue, ingest } from '../../src/index.js';
import { rowOf } from '../support/report-lookup.js';

/*
 * test/fixtures/court-cases.json, March 2019. Trial days = closed − filed − excluded:
 *   k1 25 · k2 80 (closed on the last day of March) · k3 85 − 10 = 75 · k4 47 (no time limit)
 *   k5 64 and k6 38 (enforcement) · k7 13 (second instance) · k11 40 (limit 30: late)
 *   k8 pending since 2018-02-01 (423 days at 31 March) · k9 pending · k10 filed 31 March, closed 2 April
 * Districts: 黄浦区 k1 k2 k3 k8 k9 k11; 徐汇区 k4 k5 k6 k7 k10.
 */
const catalog = builtInCatalog('court-case-quality');
const records = JSON.parse(readFileSync(new URL('../fixtures/court-cases.json', import.meta.url), 'utf8')) as unknown[];
const cases = ingest(catalog.datasets[0], records);
const march = evaluate(catalog, { cases }, { from: '2019-03-01', to: '2019-03-31' });
const byDistrict = evaluate(
  catalog,
  { cases },
  { from: '2019-03-01', to: '2019-03-31', by: 'district', indicators: ['clearance_rate'] },
);
const at = (indicator: string, group = '*') => rowOf(march, indicator, '2019-03', group);

describe('court-case-quality on a hand-made table (March 2019)', () => {
  it('reads every fixture row, Chinese enum values and all', () => {
    expect(cases.quality).toEqual({ read: 11, used: 11, quarantined: 0, skipped: 0 });
  });

  it('counts flows and stocks: filed k1 k9 k10 = 3, closed 8, pending at the end k8 k9 k10 = 3', () => {
    expect(at('filed_cases').value).toBe(3);
    expect(at('closed_cases').value).toBe(8);
    expect(at('pending_cases').value).toBe(3);
  });

  it('clearance_rate = 8 closed / (8 pending at 1 March + 3 filed) = 8/11, and per district 4/6 and 4/5', () => {
    expect(at('clearance_rate')).toMatchObject({ numerator: 8, denominator: 11 });
    expect(rowOf(byDistrict, 'clearance_rate', '2019-03', '黄浦区')).toMatchObject({ numerator: 4, denominator: 6 });
    expect(rowOf(byDistrict, 'clearance_rate', '2019-03', '徐汇区')).toMatchObject({ numerator: 4, denominator: 5 });
  });

  it('closed_filed_ratio = 8/3, outside the band [0.95, 1.05] and its warning band', () => {
    expect(at('closed_filed_ratio')).toMatchObject({ numerator: 8, denominator: 3, status: 'bad' });
    expect(at('closed_filed_ratio').value).toBeCloseTo(8 / 3, 15);
  });

  it('on_time_closure_rate = 6/7: k4 (no limit) is left out, k3 nets 10 excluded days, k11 is late', () => {
    expect(at('on_time_closure_rate')).toMatchObject({ numerator: 6, denominator: 7 });
  });

  it('avg_trial_days = 382/8 = 47.75 and median_trial_days = (40 + 47)/2 = 43.5', () => {
    expect(at('avg_trial_days')).toMatchObject({ value: 47.75, n: 8 });
    expect(at('median_trial_days')).toMatchObject({ value: 43.5, n: 8 });
  });

  it('long_pending_ratio = 1/3: only k8 has been pending more than 365 days', () => {
    expect(at('long_pending_ratio')).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it('appeal_rate = 2/5 over first-instance closings (k1 k2 k3 k4 k11); k11 unknown is not appealed; acceptance_rate = 3/5', () => {
    expect(at('appeal_rate')).toMatchObject({ numerator: 2, denominator: 5, value: 0.4 });
    expect(at('acceptance_rate')).toMatchObject({ numerator: 3, denominator: 5, value: 0.6, status: 'bad' });
  });

  it('reversal_remand_rate = 1/5 (k2 改判)', () => {
    expect(at('reversal_remand_rate')).toMatchObject({ numerator: 1, denominator: 5, value: 0.2 });
  });

  it('mediation_withdrawal_rate = 3/4 over mediable closings (k1 调解, k2 判决, k3 撤诉, k11 调解)', () => {
    expect(at('mediation_withdrawal_rate')).toMatchObject({
      numerator: 3,
      denominator: 4,
      value: 0.75,
      status: 'good',
    });
  });

  it('enforcement_recovery_rate = 60,000 / (100,000 + 50,000) = 0.4; an empty recovered amount counts in the denominator only', () => {
    expect(at('enforcement_recovery_rate')).toMatchObject({ numerator: 60000, denominator: 150000, value: 0.4, n: 2 });
  });

  it('review_pass_rate = 2/4 (k1 优秀, k4 合格 of k1 k2 k4 k7) with a Wilson interval (0.150039, 0.849961)', () => {
    const row = at('review_pass_rate');
    expect(row).toMatchObject({ numerator: 2, denominator: 4, value: 0.5 });
    expect(row.ci!.low).toBeCloseTo(0.150039, 5);
    expect(row.ci!.high).toBeCloseTo(0.849961, 5);
  });

  it('gives no value, never 0, where a denominator is empty (April has no reviewed closings)', () => {
    const april = evaluate(
      catalog,
      { cases },
      { from: '2019-04-01', to: '2019-04-30', indicators: ['review_pass_rate', 'enforcement_recovery_rate'] },
    );
    expect(rowOf(april, 'review_pass_rate', '2019-04')).toMatchObject({ value: null, flag: 'no-data', denominator: 0 });
    expect(rowOf(april, 'enforcement_recovery_rate', '2019-04')).toMatchObject({ value: null, flag: 'no-data' });
  });
});

describe('disposition_time: CEPEJ’s 365 × pending at the end ÷ closed, the period’s days for a shorter one', () => {
  const at = (options: Parameters<typeof evaluate>[2], period: string, group = '*') =>
    rowOf(
      evaluate(catalog, { cases }, { ...options, indicators: ['disposition_time'] }),
      'disposition_time',
      period,
      group,
    );

  it('March 2019: 31 days × 3 pending (k8 k9 k10) ÷ 8 closed = 11.625; 黄浦区 31 × 2 ÷ 4, 徐汇区 31 × 1 ÷ 4', () => {
    expect(at({ from: '2019-03-01', to: '2019-03-31' }, '2019-03')).toMatchObject({
      numerator: 3,
      denominator: 8,
      value: 11.625,
    });
    const byDistrictMarch = { from: '2019-03-01', to: '2019-03-31', by: 'district' } as const;
    expect(at(byDistrictMarch, '2019-03', '黄浦区').value).toBe(15.5);
    expect(at(byDistrictMarch, '2019-03', '徐汇区').value).toBe(7.75);
  });

  it('2019-Q1: 90 days × 3 ÷ 8 = 33.75; the year 2019: 365 × 2 pending (k8 k9) ÷ 9 closed; April: 30 × 2 ÷ 1 (k10)', () => {
    expect(at({ from: '2019-01-01', to: '2019-03-31', period: 'quarter' }, '2019-Q1').value).toBe(33.75);
    expect(at({ from: '2019-01-01', to: '2019-12-31', period: 'year' }, '2019').value).toBeCloseTo((365 * 2) / 9, 12);
    expect(at({ from: '2019-04-01', to: '2019-04-30' }, '2019-04').value).toBe(60);
  });

  it('period-to-date at April: the 120 days since 1 January × 2 ÷ 9 closed since then', () => {
    expect(at({ from: '2019-04-01', to: '2019-04-30', toDate: true }, '2019-04')).toMatchObject({
      numerator: 2,
      denominator: 9,
      value: expect.closeTo((120 * 2) / 9, 12),
    });
  });

  it('gives no value when nothing was closed (May 2019)', () => {
    expect(at({ from: '2019-05-01', to: '2019-05-31' }, '2019-05')).toMatchObject({
      value: null,
      flag: 'no-data',
      numerator: 2,
      denominator: 0,
    });
  });
});

describe('court-case-quality reproduces a published check', () => {
  it('clearance 1456 / 3881 = 37.52% for January–February (period-to-date at February)', () => {
    // 1,000 cases pending on 1 January (filed in 2018) and 2,881 filed in January–February;
    // 1,456 of all of them closed in January–February, the rest later or not at all.
    const records = [];
    for (let i = 0; i < 3881; i++) {
      const pending = i < 1000;
      const filed = pending ? '2018-11-15' : i % 2 === 0 ? '2019-01-10' : '2019-02-05';
      const closed =
        i % 8 < 3 && i < 3881 ? (pending ? '2019-01-20' : '2019-02-25') : i % 8 === 3 ? '2019-05-01' : null;
      records.push({
        case_id: `p${i}`,
        district: '黄浦区',
        case_type: 'civil',
        procedure: 'first_instance',
        filed_on: filed,
        closed_on: closed,
      });
    }
    // i % 8 < 3 closes 3 of every 8 cases: 1,456 of 3,881 (0…3879 gives 1,455, plus i = 3880).
    const table = ingest(catalog.datasets[0], records);
    const [report] = evaluate(
      catalog,
      { cases: table },
      { from: '2019-02-01', to: '2019-02-28', toDate: true, indicators: ['clearance_rate'] },
    );
    const row = report!.rows[0]!;
    expect(row).toMatchObject({ numerator: 1456, denominator: 3881 });
    expect(formatValue(row.value!, report!.indicator, 'zh-CN')).toBe('37.5%');
    expect(formatValue(row.value!, { unit: 'percent', display: { decimals: 2 } })).toBe('37.52%');
  });
});
