import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  builtInCatalog,
  evaluate,
  evaluateSql,
  ingestCsv,
  parseReport,
  type Report,
  type SqlConnection,
} from '../../src/index.js';
import { duckdbConnection } from '../../src/node/index.js';
import { loadTable } from '../sql/support/sql-tables.js';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const catalog = builtInCatalog('court-case-quality');
const cases = catalog.datasets.find((dataset) => dataset.id === 'cases')!;
const fields = ['case_id', 'district', 'filed_on', 'closed_on', 'time_limit_days', 'excluded_days'];

/** Nine cases: seven closed in 2019-Q1, two of them without 审限天数 ("-" and empty); two pending. */
const CSV = [
  '案号,区,立案日期,结案日期,审限天数',
  'A1,黄浦区,2019-01-02,2019-01-20,90',
  'A2,黄浦区,2019-01-03,2019-02-20,30',
  'A3,黄浦区,2019-01-07,2019-02-01,',
  'A4,徐汇区,2019-01-08,2019-02-10,90',
  'A5,徐汇区,2019-01-09,2019-03-01,-',
  'A6,徐汇区,2019-01-10,2019-03-02,90',
  'A7,静安区,2019-01-11,2019-03-03,90',
  'A8,静安区,2019-01-12,,90',
  'A9,静安区,2019-01-13,,',
].join('\n');

const OPTIONS = {
  from: '2019-01-01',
  to: '2019-03-31',
  period: 'quarter' as const,
  by: ['district'],
  indicators: ['on_time_closure_rate', 'clearance_rate'],
};

let instance: DuckDBInstance;
let connection: SqlConnection;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = duckdbConnection(await instance.connect());
});
afterAll(() => instance.closeSync());

function totalRow(report: Report): Report['rows'][number] {
  return report.rows.find((row) => Object.values(row.group).every((value) => value === '*'))!;
}

describe('records an empty field leaves out of an indicator', () => {
  const { table } = ingestCsv(cases, CSV, { fields });

  it('are counted in the Report, by field, for the indicator that needs the field only', () => {
    const [onTime, clearance] = evaluate(catalog, { cases: table }, OPTIONS);
    expect(totalRow(onTime!)).toMatchObject({ numerator: 4, denominator: 5 });
    expect(onTime!.quality).toEqual({
      cases: { read: 9, used: 9, quarantined: 0, skipped: 0, excluded: { time_limit_days: 2 } },
    });
    // clearance_rate reads no 审限天数: nothing left out, and no `excluded` at all.
    expect(clearance!.quality).toEqual({ cases: { read: 9, used: 9, quarantined: 0, skipped: 0 } });
    expect(() => parseReport(onTime)).not.toThrow();
  });

  it('are counted over the reported periods: months sum to the quarter, year-to-date counts each once', () => {
    const [months] = evaluate(catalog, { cases: table }, { ...OPTIONS, period: 'month' });
    expect(months!.quality['cases']!.excluded).toEqual({ time_limit_days: 2 });
    const [toDate] = evaluate(catalog, { cases: table }, { ...OPTIONS, period: 'month', toDate: true });
    expect(toDate!.quality['cases']!.excluded).toEqual({ time_limit_days: 2 });
    const [february] = evaluate(
      catalog,
      { cases: table },
      { ...OPTIONS, period: 'month', from: '2019-02-01', to: '2019-02-28' },
    );
    expect(february!.quality['cases']!.excluded).toEqual({ time_limit_days: 1 });
  });

  it('are the same from the SQL engine', async () => {
    const records = CSV.split('\n')
      .slice(1)
      .map((line) => {
        const [case_id, district, filed_on, closed_on, limit] = line.split(',');
        return {
          case_id: case_id!,
          district: district!,
          case_type: 'civil',
          procedure: 'first_instance',
          filed_on: filed_on!,
          closed_on: closed_on === '' ? null : closed_on!,
          time_limit_days: limit === '' || limit === '-' ? null : Number(limit),
          excluded_days: 0,
        };
      });
    await loadTable(connection, { dataset: cases, table: 'cases' }, records);
    for (const options of [OPTIONS, { ...OPTIONS, period: 'month' as const, toDate: true }]) {
      const inProcess = evaluate(catalog, { cases: table }, options);
      const sql = await evaluateSql(catalog, connection, options);
      expect(sql.map((report) => report.quality['cases']!.excluded)).toEqual([{ time_limit_days: 2 }, undefined]);
      expect(sql.map((report) => totalRow(report).denominator)).toEqual(
        inProcess.map((report) => totalRow(report).denominator),
      );
    }
  });

  it("are named by the CLI after the summary, by the file's header, in both languages", async () => {
    const directory = mkdtempSync(join(tmpdir(), 'lawgauge-excluded-'));
    const data = join(directory, 'nine.csv');
    writeFileSync(data, `${CSV}\n`);
    const run = async (lang: string): Promise<{ code: number; out: string; err: string }> => {
      let out = '';
      let err = '';
      const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), errIsTTY: false };
      const args = ['compute', '--catalog', 'court-case-quality', '--data', `cases=${data}`, '--format', 'json'];
      const code = await runCli([...args, '--indicator', 'on_time_closure_rate,clearance_rate', '--lang', lang], io);
      return { code, out, err };
    };
    const en = await run('en');
    expect(en.code).toBe(0);
    expect(en.err).toContain(
      "note: cases: 2 records without 审限天数 (time_limit_days) are not counted in on_time_closure_rate (its Report's quality.cases.excluded)",
    );
    expect(en.err.match(/not counted in/g)).toHaveLength(1);
    const reports = JSON.parse(en.out) as Report[];
    expect(reports.map((report) => report.quality['cases']!.excluded)).toEqual([{ time_limit_days: 2 }, undefined]);
    const zh = await run('zh-CN');
    expect(zh.err).toContain(
      '注意：cases：2 条记录的审限天数（time_limit_days）为空，未计入 on_time_closure_rate（见其报告的 quality.cases.excluded）',
    );
  });
});

describe('records an empty field leaves out, under a dashboard', () => {
  it("are data-quality lines of lawgauge render --dashboard (lawgauge/ssr's notes), by the file's header", async () => {
    const directory = mkdtempSync(join(tmpdir(), 'lawgauge-excluded-board-'));
    const config = join(directory, 'board.json');
    // The seed's cases, some closed in 2019-Q1 without 审限天数.
    const data = { cases: join(process.cwd(), 'seeds/cases.csv') };
    const compute = { catalog: 'court-case-quality', data, period: 'quarter' };
    const panel = (indicator: string): object => ({
      widget: 'indicator-card',
      compute: { ...compute, indicator, from: '2019-01-01', to: '2019-03-31' },
    });
    writeFileSync(
      config,
      JSON.stringify({
        title: { 'zh-CN': '法院', en: 'Courts' },
        sections: [
          {
            id: 'c',
            title: { 'zh-CN': '审判', en: 'Trials' },
            panels: [panel('on_time_closure_rate'), panel('clearance_rate'), panel('on_time_closure_rate')],
          },
        ],
      }),
    );
    const render = async (lang: string): Promise<string> => {
      let out = '';
      const io: CliIo = { out: (t) => void (out += t), err: (t) => void (out += t), errIsTTY: false };
      expect(await runCli(['render', '--dashboard', config, '--format', 'html', '--lang', lang], io), out).toBe(0);
      return out;
    };
    const en = await render('en');
    // Once, though two panels show the indicator; none for clearance_rate, which needs no 审限天数.
    expect([...en.matchAll(/not counted in/g)]).toHaveLength(1);
    expect(en).toContain(
      "<p>note: cases: 18 records without 审限天数 (time_limit_days) are not counted in on_time_closure_rate (its Report's quality.cases.excluded)</p>",
    );
    const zh = await render('zh-CN');
    expect(zh).toContain(
      '<p>注意：cases：18 条记录的审限天数（time_limit_days）为空，未计入 on_time_closure_rate（见其报告的 quality.cases.excluded）</p>',
    );
  });
});
