// A rate resting on a tiny denominator: court 甲 closed 1 case in 2019, on time (1 of 1 = 100%), court
// 乙 closed 40, 30 on time (75%). The court catalog's rates set no minSample (only the sampled rates of
// police-presence and public-satisfaction do), so 甲's 100% is shown unflagged unless a minimum is
// given: --min-sample (EvaluateOptions.minSample) sets one for every indicator, in both engines.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../src/cli/main.js';
import { builtInCatalog, evaluate, ingest, parseReport, type Report } from '../src/index.js';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text), errIsTTY: false });
  return { code, out, err };
}

const HEADER = 'case_id,court,district,case_type,procedure,filed_on,closed_on,time_limit_days,excluded_days';
const CASES = [
  { case_id: 'A-1', court: '甲法院', district: '甲区', closed_on: '2019-04-01' },
  ...Array.from({ length: 40 }, (_, i) => ({
    case_id: `B-${i}`,
    court: '乙法院',
    district: '乙区',
    closed_on: i < 30 ? '2019-03-01' : '2019-09-01',
  })),
].map((one) => ({
  ...one,
  case_type: '民事',
  procedure: '一审',
  filed_on: one.case_id === 'A-1' ? '2019-03-01' : '2019-02-01',
  time_limit_days: '90',
  excluded_days: '0',
}));

const directory = mkdtempSync(join(tmpdir(), 'lawgauge-cli-min-sample-'));
const data = join(directory, 'cases.csv');
writeFileSync(
  data,
  `${[
    HEADER,
    ...CASES.map((one) =>
      HEADER.split(',')
        .map((name) => one[name as keyof typeof one])
        .join(','),
    ),
  ].join('\n')}\n`,
);
const QUERY = [
  'compute',
  '--catalog',
  'court-case-quality',
  '--data',
  `cases=${data}`,
  '--indicator',
  'on_time_closure_rate',
  '--by',
  'court',
  '--period',
  'year',
  '--from',
  '2019-01-01',
  '--to',
  '2019-12-31',
  '--quiet',
];

describe('a rate on fewer cases than the minimum sample', () => {
  it('is shown unflagged without a minimum: the court catalog sets none', async () => {
    const { code, out } = await cli(...QUERY, '--format', 'csv');
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('on_time_closure_rate,2019,甲法院,1,1,1,,,good,\r\n');
  });

  it('--min-sample flags it unstable in the CSV and JSON, in process and in DuckDB', async () => {
    const csv = await cli(...QUERY, '--format', 'csv', '--min-sample', '10');
    expect(csv.code).toBe(EXIT.ok);
    expect(csv.out.split('\r\n').slice(1, 4)).toEqual([
      'on_time_closure_rate,2019,乙法院,0.75,30,40,,,bad,',
      'on_time_closure_rate,2019,甲法院,1,1,1,,,good,unstable',
      'on_time_closure_rate,2019,*,0.7560975609756098,31,41,,,bad,',
    ]);
    const duckdb = await cli(...QUERY, '--format', 'csv', '--min-sample', '10', '--engine', 'duckdb');
    expect(duckdb.out).toBe(csv.out);
    const json = await cli(...QUERY, '--format', 'json', '--min-sample', '10');
    const [report] = (JSON.parse(json.out) as unknown[]).map((one) => parseReport(one)) as Report[];
    expect(report!.indicator.minSample).toBe(10);
    expect(report!.rows.map((row) => row.flag)).toEqual([null, 'unstable', null]);
  });

  it('--format table says so in words, in --lang', async () => {
    const english = await cli(...QUERY, '--min-sample', '10', '--lang', 'en');
    expect(english.out.split('\n').find((line) => line.includes('甲法院'))).toMatch(
      /100\.0%.*small sample, indicative/,
    );
    const chinese = await cli(...QUERY, '--min-sample', '10', '--lang', 'zh-CN');
    expect(chinese.out.split('\n').find((line) => line.includes('甲法院'))).toMatch(/100\.0%.*样本小，仅供参考/);
  });

  it('refuses a --min-sample that is not a whole number ≥ 1, naming it', async () => {
    const { code, err } = await cli(...QUERY, '--min-sample', '0', '--lang', 'en');
    expect(code).toBe(EXIT.usage);
    expect(err).toContain('--min-sample: expected a whole number ≥ 1, got "0"');
  });

  it("evaluate({minSample}) overrides the indicator's own minimum, and the Report names the one in force", () => {
    const catalog = builtInCatalog('court-case-quality');
    const tables = { cases: ingest(catalog.datasets[0]!, CASES) };
    const options = {
      indicators: ['on_time_closure_rate'],
      by: 'court',
      period: 'year',
      from: '2019-01-01',
      to: '2019-12-31',
    } as const;
    const [plain] = evaluate(catalog, tables, options);
    expect(plain!.indicator.minSample).toBeNull();
    expect(plain!.rows.map((row) => row.flag)).toEqual([null, null, null]);
    const [flagged] = evaluate(catalog, tables, { ...options, minSample: 41 });
    expect(flagged!.indicator.minSample).toBe(41);
    expect(flagged!.rows.map((row) => [row.n, row.flag])).toEqual([
      [40, 'unstable'],
      [1, 'unstable'],
      [41, null],
    ]);
  });
});
