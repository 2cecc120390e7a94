import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  builtInCatalog,
  evaluate,
  evaluateSql,
  ingestCsv,
  parseCatalog,
  parseReport,
  type Catalog,
  type EvaluateOptions,
  type Measure,
  type Report,
  type SqlConnection,
} from '../../src/index.js';
import { duckdbConnection } from '../../src/node/index.js';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { loadTable } from '../sql/support/sql-tables.js';

// Every measure kind leaves out records whose needed field is empty, and both engines count them:
// value measures (an empty averaged or summed value), numerator-only fields, nested and several
// `notNull` tests, a turnover's stock, a complement's base.

const court = builtInCatalog('court-case-quality');

function indicator(id: string, measure: Measure, unit: 'count' | 'days' | 'percent' | 'ratio' = 'count') {
  return {
    id,
    label: { 'zh-CN': id, en: id },
    description: { 'zh-CN': id, en: id },
    unit,
    polarity: 'neutral' as const,
    dataset: 'cases',
    measure,
  };
}

const closed = { flow: 'closed_on' } as const;
const limit = 'time_limit_days';
const recovered = { field: 'recovered_amount', op: 'notNull' } as const;

/** The court catalog and one indicator per kind and way of needing a field. */
const catalog: Catalog = parseCatalog({
  ...court,
  indicators: [
    ...court.indicators,
    ...(['mean', 'median', 'min', 'max', 'sum'] as const).map((kind) =>
      indicator(`${kind}_limit`, { kind, value: limit, of: { time: closed } }, 'days'),
    ),
    indicator('quantile_limit', { kind: 'quantile', p: 0.9, value: limit, of: { time: closed } }, 'days'),
    indicator('rescaled_limit', {
      kind: 'rescaledMean',
      value: limit,
      from: [0, 100],
      to: [0, 1],
      of: { time: closed },
    }),
    // Trial days of the cases filed in the period: pending ones have no closing date.
    indicator(
      'filed_trial_days',
      {
        kind: 'mean',
        value: { days: { from: 'filed_on', to: 'closed_on', minus: 'excluded_days' } },
        of: { time: { flow: 'filed_on' } },
      },
      'days',
    ),
    indicator('nested_not_null', {
      kind: 'count',
      of: {
        time: closed,
        where: {
          and: [{ field: 'district', op: 'ne', value: '浦东新区' }, { and: [{ field: limit, op: 'notNull' }] }],
        },
      },
    }),
    // A notNull test inside `or` is not one every record must pass: no need.
    indicator('or_not_null', {
      kind: 'count',
      of: {
        time: closed,
        where: {
          or: [
            { field: limit, op: 'notNull' },
            { field: 'district', op: 'eq', value: '黄浦区' },
          ],
        },
      },
    }),
    indicator('two_not_null', {
      kind: 'count',
      of: {
        time: closed,
        where: {
          and: [
            { field: limit, op: 'notNull' },
            { field: 'claim_amount', op: 'notNull' },
          ],
        },
      },
    }),
    indicator(
      'recovered_share',
      {
        kind: 'rate',
        numerator: { where: { and: [recovered, { field: 'recovered_amount', op: 'gt', value: 0 }] } },
        denominator: { time: closed, where: { field: 'case_type', op: 'eq', value: 'enforcement' } },
      },
      'percent',
    ),
    indicator('not_recovered_share', { kind: 'complement', of: 'recovered_share' }, 'percent'),
    indicator(
      'limited_turnover',
      {
        kind: 'turnoverDays',
        stock: {
          time: { pending: 'end', from: 'filed_on', to: 'closed_on' },
          where: { field: limit, op: 'notNull' },
        },
        flow: { time: closed },
      },
      'days',
    ),
  ],
});
const cases = catalog.datasets.find((dataset) => dataset.id === 'cases')!;

/**
 * Eleven cases filed in 2019-Q1: nine closed in it (A3, A5, A11 without 审限天数; enforcement
 * cases A6, A7, A10, A11, of which A10 and A11 have no 执行标的 and A7 and A11 no 到位金额), two
 * pending (A8; A9 without 审限天数).
 */
const CSV = [
  '案号,区,案件类型,立案日期,结案日期,审限天数,执行标的,到位金额,审级,上诉',
  'A1,黄浦区,民事,2019-01-02,2019-01-20,90,,,一审,',
  'A2,黄浦区,民事,2019-01-03,2019-02-20,30,,,一审,',
  'A3,黄浦区,民事,2019-01-07,2019-02-01,,,,一审,',
  'A4,徐汇区,民事,2019-01-08,2019-02-10,90,,,一审,',
  'A5,徐汇区,民事,2019-01-09,2019-03-01,-,,,一审,',
  'A6,徐汇区,执行,2019-01-10,2019-03-02,90,1000,400,一审,',
  'A7,静安区,执行,2019-01-11,2019-03-03,90,500,,一审,',
  'A8,静安区,民事,2019-01-12,,90,,,一审,',
  'A9,静安区,民事,2019-01-13,,,,,一审,',
  'A10,静安区,执行,2019-01-14,2019-03-04,90,,100,一审,',
  'A11,静安区,执行,2019-01-15,2019-03-05,,,,一审,',
].join('\n');

/** What each indicator's Report says it left out, by field (absent: nothing). */
const EXPECTED: Readonly<Record<string, Readonly<Record<string, number>> | undefined>> = {
  mean_limit: { time_limit_days: 3 },
  median_limit: { time_limit_days: 3 },
  min_limit: { time_limit_days: 3 },
  max_limit: { time_limit_days: 3 },
  sum_limit: { time_limit_days: 3 },
  quantile_limit: { time_limit_days: 3 },
  rescaled_limit: { time_limit_days: 3 },
  filed_trial_days: { closed_on: 2 },
  nested_not_null: { time_limit_days: 3 },
  or_not_null: undefined,
  // Counted under each empty field: A11 lacks both.
  two_not_null: { time_limit_days: 3, claim_amount: 7 },
  // In the denominator (closed enforcement cases) without 到位金额: A7 and A11.
  recovered_share: { recovered_amount: 2 },
  not_recovered_share: { recovered_amount: 2 },
  // A10 and A11 leave the ratio for their empty 执行标的; of those in it, A7 has no 到位金额 (A11 is not in it).
  enforcement_recovery_rate: { claim_amount: 2, recovered_amount: 1 },
  // Pending at the quarter's end without 审限天数: A9.
  limited_turnover: { time_limit_days: 1 },
  on_time_closure_rate: { time_limit_days: 3 },
  // The closing date is the time rule's, the start date required, an empty `minus` counts 0;
  // an empty 上诉 is the numerator's "no", as its filter says, not a need.
  avg_trial_days: undefined,
  median_trial_days: undefined,
  closed_cases: undefined,
  appeal_rate: undefined,
};
const INDICATORS = Object.keys(EXPECTED);

const OPTIONS: EvaluateOptions = {
  from: '2019-01-01',
  to: '2019-03-31',
  period: 'quarter',
  by: ['district'],
  indicators: INDICATORS,
};

const excludedOf = (reports: readonly Report[]): Record<string, Record<string, number> | undefined> =>
  Object.fromEntries(reports.map((report) => [report.indicator.id, report.quality['cases']!.excluded]));

let instance: DuckDBInstance;
let connection: SqlConnection;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = duckdbConnection(await instance.connect());
});
afterAll(() => instance.closeSync());

describe('records an empty needed field leaves out, by measure kind', () => {
  const fields = ['case_id', 'district', 'case_type', 'procedure', 'filed_on', 'closed_on', 'time_limit_days'];
  fields.push('excluded_days', 'claim_amount', 'recovered_amount', 'appealed');
  const { table } = ingestCsv(cases, CSV, { fields });

  it('are counted for value measures, numerator-only fields, nested and several notNull tests, stocks', () => {
    expect(table.quality).toMatchObject({ read: 11, used: 11, quarantined: 0 });
    const reports = evaluate(catalog, { cases: table }, OPTIONS);
    expect(excludedOf(reports)).toEqual(EXPECTED);
    for (const report of reports) expect(() => parseReport(report)).not.toThrow();
  });

  it('are what the values leave out: n of a mean is the records less those without the value', () => {
    const [mean, count] = evaluate(
      catalog,
      { cases: table },
      { ...OPTIONS, indicators: ['mean_limit', 'closed_cases'] },
    );
    const total = (report: Report) => report.rows.find((row) => Object.values(row.group).every((v) => v === '*'))!;
    expect(total(count!).n! - total(mean!).n!).toBe(3);
  });

  it('sum over months to the quarter (a stock once per month), and period-to-date counts each once', () => {
    const months = evaluate(catalog, { cases: table }, { ...OPTIONS, period: 'month' });
    // A stock counts a record in each period it stands in: pending at the end of January without
    // 审限天数 are A3, A5, A9 and A11, of February A5, A9 and A11, of March A9.
    expect(excludedOf(months)).toEqual({ ...EXPECTED, limited_turnover: { time_limit_days: 8 } });
    const toDate = evaluate(catalog, { cases: table }, { ...OPTIONS, period: 'month', toDate: true });
    expect(excludedOf(toDate)).toEqual(EXPECTED);
  });

  it('are the same from the SQL engine (DuckDB), for each option set', async () => {
    await loadTable(connection, { dataset: cases, table: 'cases' }, tableRecords());
    for (const options of [
      OPTIONS,
      { ...OPTIONS, period: 'month' as const },
      { ...OPTIONS, period: 'month' as const, toDate: true },
      { ...OPTIONS, period: 'week' as const, by: [] },
    ]) {
      const inProcess = evaluate(catalog, { cases: table }, options);
      const sql = await evaluateSql(catalog, connection, options);
      expect(excludedOf(sql)).toEqual(excludedOf(inProcess));
      expect(sql.map((report) => report.quality)).toEqual(inProcess.map((report) => report.quality));
    }
  });

  it('are named by the CLI, a numerator-only field as in the denominator only, in both languages', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'lawgauge-excluded-kinds-'));
    writeFileSync(join(directory, 'cases.csv'), `${CSV}\n`);
    writeFileSync(join(directory, 'catalog.json'), JSON.stringify(catalog));
    const run = async (lang: string): Promise<{ code: number; err: string }> => {
      let err = '';
      const io: CliIo = { out: () => undefined, err: (t) => void (err += t), errIsTTY: false };
      const code = await runCli(
        [
          'compute',
          '--catalog',
          join(directory, 'catalog.json'),
          '--data',
          `cases=${join(directory, 'cases.csv')}`,
          '--format',
          'json',
          '--indicator',
          'mean_limit,enforcement_recovery_rate,not_recovered_share',
          '--from',
          '2019-01-01',
          '--to',
          '2019-03-31',
          '--period',
          'quarter',
          '--lang',
          lang,
        ],
        io,
      );
      return { code, err };
    };
    const en = await run('en');
    expect(en.code).toBe(0);
    expect(en.err).toContain(
      "note: cases: 3 records without 审限天数 (time_limit_days) are not counted in mean_limit (its Report's quality.cases.excluded)",
    );
    expect(en.err).toContain(
      "note: cases: 2 records without 执行标的 (claim_amount) are not counted in enforcement_recovery_rate (its Report's quality.cases.excluded)",
    );
    expect(en.err).toContain(
      "note: cases: 1 record without 到位金额 (recovered_amount) is in the denominator of enforcement_recovery_rate but not in its numerator (its Report's quality.cases.excluded)",
    );
    expect(en.err).toContain(
      "note: cases: 2 records without 到位金额 (recovered_amount) are in the denominator of not_recovered_share but not in its numerator (its Report's quality.cases.excluded)",
    );
    const zh = await run('zh-CN');
    expect(zh.err).toContain(
      '注意：cases：1 条记录的到位金额（recovered_amount）为空，计入 enforcement_recovery_rate 的分母但未计入分子（见其报告的 quality.cases.excluded）',
    );
    expect(zh.err).toMatch(/3 条记录的审限天数（time_limit_days）为空，未计入 mean_limit/);
  });
});

/** The CSV's records as the SQL table holds them. */
function tableRecords(): Record<string, string | number | null>[] {
  return CSV.split('\n')
    .slice(1)
    .map((line) => {
      const [caseId, district, type, filed, closedOn, days, claim, recoveredAmount] = line.split(',');
      const appealed = null;
      const number = (text: string): number | null => (text === '' || text === '-' ? null : Number(text));
      return {
        case_id: caseId!,
        district: district!,
        case_type: type === '执行' ? 'enforcement' : 'civil',
        procedure: 'first_instance',
        filed_on: filed!,
        closed_on: closedOn === '' ? null : closedOn!,
        time_limit_days: number(days!),
        excluded_days: 0,
        claim_amount: number(claim!),
        recovered_amount: number(recoveredAmount!),
        appealed,
      };
    });
}
