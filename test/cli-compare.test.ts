// `lawgauge compute --spc … --funnel …` on a hand-made patrol series (run in process, as cli.test.ts).
// Street visibility by district, January to June 2019, with the first five months as the baseline:
//   甲区 10 checks a month, visible 5, 6, 5, 6, 5, 9 → 0.5, 0.6, 0.5, 0.6, 0.5, 0.9: centre 0.54,
//        mR̄ 0.1, limits 0.54 ∓ 0.266 = 0.274 / 0.806 → June (0.9) is outside: improvement;
//   乙区 20 checks a month, visible 10 each month, then 4 → 0.5 × 5, 0.2: centre 0.5, mR̄ 0, so
//        both limits are 0.5 → June (0.2) is outside below: concern;
//   total 30 a month, 15, 16, 15, 16, 15, 13 → centre 0.51333…, mR̄ 0.03333…, limits
//        0.42467 / 0.602 → June (0.43333) is within: common cause.
// June's funnel without overdispersion: p0 = 13/30; 甲 (n 10) s = √(p0(1 − p0)/10) = 0.156702,
//   95% limits 0.126203 / 0.740463, 99.8% 0 (clipped) / 0.917579 → 0.9 is above-95;
//   乙 (n 20) s = 0.110805, 95% 0.216159 / 0.650507, 99.8% 0.090920 / 0.775746 → 0.2 is below-95.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../src/cli/main.js';
import { reportsCsv } from '../src/cli/report-output.js';
import { carriedFunnel, carriedSpc, parseReport, withSpc, type Report } from '../src/index.js';
import { monthlyReport, months } from './support/compare-report.js';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text), errIsTTY: false });
  return { code, out, err };
}

const VISIBLE = { 甲区: [5, 6, 5, 6, 5, 9], 乙区: [10, 10, 10, 10, 10, 4] };
const CHECKS = { 甲区: 10, 乙区: 20 };

function patrolCsv(): string {
  const lines = ['checked_at,district,checkpoint,method,police_visible,issue_present,engaged'];
  for (const [district, visible] of Object.entries(VISIBLE)) {
    visible.forEach((seen, month) => {
      for (let check = 0; check < CHECKS[district as keyof typeof CHECKS]; check++) {
        const day = String(1 + check).padStart(2, '0');
        lines.push(`2019-0${month + 1}-${day} 10:00,${district},公园,spot_check,${check < seen},false,`);
      }
    });
  }
  return `${lines.join('\n')}\n`;
}

const directory = mkdtempSync(join(tmpdir(), 'lawgauge-cli-compare-'));
const data = join(directory, 'patrol.csv');
writeFileSync(data, patrolCsv());
const QUERY = [
  'compute',
  '--catalog',
  'police-presence',
  '--data',
  `patrol_checks=${data}`,
  '--indicator',
  'street_visibility_rate',
  '--by',
  'district',
  '--from',
  '2019-01-01',
  '--to',
  '2019-06-30',
  '--quiet',
];

/** The CSV's rows as records by column name. */
function csvRecords(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trim().split('\r\n');
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [names[i]!, cell])));
}
const near = (cell: string | undefined, expected: number): void => {
  expect(cell).not.toBe('');
  expect(Number(cell)).toBeCloseTo(expected, 5);
};

describe('lawgauge compute --spc and --funnel', () => {
  it('--spc xmr adds exactly spc_centre, spc_lower, spc_upper, spc_rules, spc_variation, hand-checked', async () => {
    const { code, out } = await cli(...QUERY, '--format', 'csv', '--spc', 'xmr', '--spc-baseline', '5');
    expect(code).toBe(EXIT.ok);
    expect(out.split('\r\n')[0]).toBe(
      'indicator,period,district,value,numerator,denominator,ci_low,ci_high,status,flag,' +
        'spc_centre,spc_lower,spc_upper,spc_rules,spc_variation',
    );
    const rows = csvRecords(out);
    const at = (period: string, district: string) =>
      rows.find((row) => row['period'] === period && row['district'] === district)!;
    near(at('2019-01', '甲区')['spc_centre'], 0.54);
    near(at('2019-01', '甲区')['spc_lower'], 0.274);
    near(at('2019-06', '甲区')['spc_upper'], 0.806);
    expect([at('2019-05', '甲区')['spc_rules'], at('2019-05', '甲区')['spc_variation']]).toEqual(['', 'common']);
    expect([at('2019-06', '甲区')['spc_rules'], at('2019-06', '甲区')['spc_variation']]).toEqual([
      'outside',
      'improvement',
    ]);
    expect([at('2019-06', '乙区')['spc_lower'], at('2019-06', '乙区')['spc_upper']]).toEqual(['0.5', '0.5']);
    expect(at('2019-06', '乙区')['spc_variation']).toBe('concern');
    near(at('2019-06', '*')['spc_centre'], 77 / 150);
    near(at('2019-06', '*')['spc_lower'], 77 / 150 - (2.66 * 1) / 30);
    expect(at('2019-06', '*')['spc_variation']).toBe('common');
    // No funnel columns without --funnel.
    expect(out).not.toContain('funnel_');
  });

  it("--spc xmr clips a rate's limits to [0, 1] in the spc_lower / spc_upper columns, in both engines", async () => {
    // All six months as the baseline: 甲区 0.5, 0.6, 0.5, 0.6, 0.5, 0.9 → centre 3.6 / 6 = 0.6, mR̄
    // (0.1 × 4 + 0.4) / 5 = 0.16, upper 0.6 + 2.66 × 0.16 = 1.0256 → 1, lower 0.1744. June's 0.9 is
    // beyond the two-sigma line 0.6 + 1.7733 × 0.16 = 0.883728, alone: common cause.
    const flags = ['--format', 'csv', '--spc', 'xmr'];
    const { code, out } = await cli(...QUERY, ...flags);
    expect(code).toBe(EXIT.ok);
    const jia = csvRecords(out).filter((row) => row['district'] === '甲区');
    expect(jia).toHaveLength(6);
    for (const row of jia) {
      expect(row['spc_upper']).toBe('1');
      near(row['spc_lower'], 0.1744);
      expect(row['spc_variation']).toBe('common');
    }
    const duckdb = await cli(...QUERY, ...flags, '--engine', 'duckdb');
    expect(duckdb.out).toBe(out);
    const json = await cli(...QUERY, '--format', 'json', '--spc', 'xmr');
    const [report] = (JSON.parse(json.out) as unknown[]).map((one) => parseReport(one)) as Report[];
    const june = report!.rows.find((row) => row.period === '2019-06' && row.group['district'] === '甲区')!;
    expect(june.spc!.upper).toBe(1);
    expect(june.spc!.twoSigmaUpper).toBeCloseTo(0.883728, 12);
  });

  it('joins several rules with ";" in their order, and leaves limits empty where there are none', () => {
    // Baseline 6 of 10s: centre 10, mR̄ 0, so every line is 10; the two 20s are outside and two of three
    // beyond the upper two-sigma line. The lone value of district b has a centre and no limits.
    const rows = [
      ...months(8).map((period, i) => ({ period, district: 'a', value: i < 6 ? 10 : 20 })),
      { period: '2019-01', district: 'b', value: 3 },
    ];
    const csv = reportsCsv([withSpc(monthlyReport(rows), { chart: 'xmr', baseline: 6 })], ['district'], { bom: false });
    const lines = csv.trim().split('\r\n');
    expect(lines[7]).toBe('test_indicator,2019-07,a,20,,,,,,,10,10,10,outside;two-of-three,improvement');
    expect(lines[1]).toBe('test_indicator,2019-01,a,10,,,,,,,10,10,10,,common');
    expect(lines[9]).toBe('test_indicator,2019-01,b,3,,,,,,,3,,,,common');
  });

  it('--funnel --no-overdispersion adds the funnel columns to group rows, empty for the total row', async () => {
    const { code, out } = await cli(...QUERY, '--format', 'csv', '--funnel', '--no-overdispersion');
    expect(code).toBe(EXIT.ok);
    expect(out.split('\r\n')[0]).toBe(
      'indicator,period,district,value,numerator,denominator,ci_low,ci_high,status,flag,' +
        'funnel_target,funnel_lower95,funnel_upper95,funnel_lower998,funnel_upper998,funnel_position',
    );
    const june = csvRecords(out).filter((row) => row['period'] === '2019-06');
    const [jia, yi, total] = ['甲区', '乙区', '*'].map((district) => june.find((row) => row['district'] === district)!);
    near(jia!['funnel_target'], 13 / 30);
    near(jia!['funnel_lower95'], 0.126203);
    near(jia!['funnel_upper95'], 0.740463);
    expect(jia!['funnel_lower998']).toBe('0');
    near(jia!['funnel_upper998'], 0.917579);
    expect(jia!['funnel_position']).toBe('above-95');
    near(yi!['funnel_lower95'], 0.216159);
    near(yi!['funnel_lower998'], 0.09092);
    expect(yi!['funnel_position']).toBe('below-95');
    expect(Object.entries(total!).filter(([name]) => name.startsWith('funnel_'))).toEqual(
      ['target', 'lower95', 'upper95', 'lower998', 'upper998', 'position'].map((name) => [`funnel_${name}`, '']),
    );
  });

  it('--format json carries the objects, which read back as spc() and funnel() found them', async () => {
    const { out } = await cli(...QUERY, '--format', 'json', '--spc', 'pprime', '--spc-phase', '2019-04', '--funnel');
    const [report] = (JSON.parse(out) as unknown[]).map((one) => parseReport(one)) as Report[];
    expect(report!.spc).toMatchObject({ chart: 'pprime', phases: ['2019-04'], target: null });
    expect(report!.spc!.series.map((one) => one.phases.map((phase) => phase.period))).toEqual([
      ['2019-01', '2019-04'],
      ['2019-01', '2019-04'],
      ['2019-01', '2019-04'],
    ]);
    expect(carriedSpc(report!)!.rows.every((row) => row !== null)).toBe(true);
    // With overdispersion (the default) June's two districts are far apart: φ > 1 widens the limits.
    const june = report!.funnel!.periods.find((period) => period.period === '2019-06')!;
    expect(june.k).toBe(2);
    expect(june.phi).toBeGreaterThan(1);
    expect(june.tau2).toBeGreaterThan(0);
    expect(carriedFunnel(report!)!.overdispersion).toBe(true);
  });

  it('gives the same columns when DuckDB aggregates (--engine duckdb reads the CSV itself)', async () => {
    const flags = ['--format', 'csv', '--spc', 'pprime', '--spc-phase', '2019-04', '--funnel'];
    const inProcess = await cli(...QUERY, ...flags);
    const duckdb = await cli(...QUERY, ...flags, '--engine', 'duckdb');
    expect(duckdb.code).toBe(EXIT.ok);
    expect(duckdb.out).toBe(inProcess.out);
  });

  it('--format table shows the variation and the funnel position in words, in --lang', async () => {
    const english = await cli(
      ...QUERY,
      '--spc',
      'xmr',
      '--spc-baseline',
      '5',
      '--funnel',
      '--no-overdispersion',
      '--lang',
      'en',
    );
    const june = english.out.split('\n').filter((line) => line.includes('2019-06'));
    expect(june.find((line) => line.includes('甲区'))).toMatch(/special cause: improvement.*above the 95% limit/);
    expect(june.find((line) => line.includes('乙区'))).toMatch(/special cause: concern/);
    const chinese = await cli(...QUERY, '--spc', 'xmr', '--spc-baseline', '5', '--funnel', '--lang', 'zh-CN');
    expect(chinese.out).toContain('特殊原因：改善');
    expect(chinese.out).toContain('普通原因变异');
    expect(chinese.out.split('\n')[0]).toMatch(/变异.*漏斗图/);
  });

  it.each([
    [['--spc', 'pie'], '--spc: expected "xmr" or "pprime", got "pie"', '--spc：应为 "xmr" 或 "pprime"，实为 "pie"'],
    [
      ['--spc', 'xmr', '--spc-baseline', '1'],
      '--spc-baseline: expected a whole number of values ≥ 2, got 1',
      '--spc-baseline：基线应为不少于 2 个值的整数，实为 1',
    ],
    [
      ['--spc', 'xmr', '--spc-phase', '2019-13'],
      '--spc-phase: expected a month such as 2019-03 (the Reports\' periods, --period month), got "2019-13"',
      '--spc-phase：应为月份，如 2019-03（Report 的期间，--period month），实为 "2019-13"',
    ],
    [
      ['--funnel', '--funnel-period', '2019-Q2'],
      '--funnel-period: expected a month such as 2019-03 (the Reports\' periods, --period month), got "2019-Q2"',
      '--funnel-period：应为月份，如 2019-03',
    ],
    [['--spc-baseline', '5'], '--spc-baseline refines --spc: give --spc too', '--spc-baseline 是 --spc 的细项'],
    [['--no-overdispersion'], '--no-overdispersion refines --funnel: give --funnel too', '请同时给出 --funnel'],
    [['--spc', 'xmr', '--spc-target', 'high'], '--spc-target: expected a number, got "high"', '--spc-target：应为数'],
    [
      ['--funnel', '--funnel-target', '2'],
      '--funnel-target: expected a number from 0 to 1, got "2"',
      '--funnel-target',
    ],
  ])('refuses %j naming the flag and the value (exit 2, both languages)', async (flags, english, chinese) => {
    const en = await cli(...QUERY, ...flags, '--lang', 'en');
    expect(en.code).toBe(EXIT.usage);
    expect(en.err).toContain(english);
    const zh = await cli(...QUERY, ...flags, '--lang', 'zh-CN');
    expect(zh.code).toBe(EXIT.usage);
    expect(zh.err).toContain(chinese);
  });

  // Refused before any file is read: the data file does not even exist, and without --quiet no
  // data summary is printed; the error ends as every usage error does.
  const UNREAD = [
    'compute',
    '--catalog',
    'police-presence',
    '--data',
    `patrol_checks=${join(directory, 'absent.csv')}`,
  ];
  it.each([
    [['--spc', 'p'], '--spc: expected "xmr" or "pprime", got "p"', '--spc：应为 "xmr" 或 "pprime"，实为 "p"'],
    [
      ['--spc', 'xmr', '--spc-baseline', 'two'],
      '--spc-baseline: expected a whole number of values ≥ 2, got "two"',
      '--spc-baseline：基线应为不少于 2 个值的整数，实为 "two"',
    ],
    [
      ['--spc', 'xmr', '--spc-phase', '2019-04', '--spc-phase', '2019-13'],
      '--spc-phase: expected a month such as 2019-03 (the Reports\' periods, --period month), got "2019-13"',
      '--spc-phase：应为月份，如 2019-03（Report 的期间，--period month），实为 "2019-13"',
    ],
    [
      ['--period', 'quarter', '--spc', 'xmr', '--spc-phase', '2019-04'],
      '--spc-phase: expected a quarter such as 2019-Q1 (the Reports\' periods, --period quarter), got "2019-04"',
      '--spc-phase：应为季度，如 2019-Q1（Report 的期间，--period quarter），实为 "2019-04"',
    ],
    [
      ['--funnel', '--funnel-period', '2019-02-30'],
      '--funnel-period: expected a month such as 2019-03 (the Reports\' periods, --period month), got "2019-02-30"',
      '--funnel-period：应为月份，如 2019-03（Report 的期间，--period month），实为 "2019-02-30"',
    ],
  ])('refuses %j before reading the data, as a usage error', async (flags, english, chinese) => {
    const en = await cli(...UNREAD, ...flags, '--lang', 'en');
    expect(en).toMatchObject({
      code: EXIT.usage,
      out: '',
      err: `lawgauge compute: ${english}\nRun "lawgauge compute --help" for its usage.\n`,
    });
    const zh = await cli(...UNREAD, ...flags, '--lang', 'zh-CN');
    expect(zh).toMatchObject({
      code: EXIT.usage,
      out: '',
      err: `lawgauge compute: ${chinese}\n用法见 "lawgauge compute --help"。\n`,
    });
  });

  it('takes periods of the --period unit, and refuses one the Report lacks after evaluating', async () => {
    const weekly = await cli(
      ...QUERY,
      '--period',
      'week',
      '--spc',
      'xmr',
      '--spc-phase',
      '2019-W14',
      '--format',
      'json',
    );
    expect(weekly.code).toBe(0);
    const missing = await cli(...QUERY, '--spc', 'xmr', '--spc-phase', '2019-12', '--lang', 'en');
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.err).toContain('--spc-phase: the Report has no period "2019-12"; it has 2019-01, 2019-02');
  });

  it('refuses a p′ chart or a funnel of an indicator that is no rate, naming it', async () => {
    const counts = ['compute', '--catalog', 'court-case-quality', '--data', 'cases=seeds/cases.csv', '--quiet'];
    const pprime = await cli(...counts, '--indicator', 'filed_cases', '--spc', 'pprime', '--lang', 'en');
    expect(pprime.code).toBe(EXIT.usage);
    expect(pprime.err).toContain(
      '--spc: a p′ chart needs a rate (rate or complement measure); indicator "filed_cases" has measure "count"',
    );
    const funnelled = await cli(...counts, '--indicator', 'filed_cases', '--funnel', '--lang', 'zh-CN');
    expect(funnelled.err).toContain('--funnel: 漏斗图只适用于比率指标（rate 或 complement 口径）；指标 "filed_cases"');
  });
});

describe('lawgauge --help', () => {
  it('lists the comparison flags and the columns they add, in both languages', async () => {
    const en = (await cli('--help', '--lang', 'en')).out;
    expect(en).toContain('[--spc xmr|pprime [--spc-baseline <n>] [--spc-phase <period> …] [--spc-target <x>]]');
    expect(en).toContain('[--funnel [--no-overdispersion] [--funnel-period <period>] [--funnel-target <0..1>]]');
    expect(en).toContain('spc_centre,spc_lower,spc_upper,spc_rules,spc_variation');
    const zh = (await cli('--help', '--lang', 'zh-CN')).out;
    expect(zh).toContain('[--spc xmr|pprime [--spc-baseline <n>] [--spc-phase <期间> …] [--spc-target <x>]]');
    expect(zh).toContain('--funnel 在每个期间按各分组自身的样本量');
  });
});
