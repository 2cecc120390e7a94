// End-to-end: the real `lawgauge` binary (bin/lawgauge.js → dist/, built by `npm test` first) on
// fixture files. Expected numbers are worked by hand from test/fixtures/cli/ (8 cases, 2 unusable):
// Q1 黄浦 filed 2 (1/5, 2/3) closed 2 (2/10, 1/15), pending at 1 Jan 1 (filed 2018-12-20) → 2/3;
// 徐汇 filed 1 (3/30) closed 0 → 0/1; 静安 nothing → no data; total 2/4. Q2 黄浦 pending 1 (2/3),
// nothing filed or closed → 0/1; 徐汇 pending 1 (closed 4/2) + filed 1 (４/１) closed 1 → 1/2;
// 静安 filed 5/5 closed 6/1 → 1/1; total 2/4. Rejected: row 6 (2019/4/31), row 8 (no district).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInCatalog, compositeReport, evaluate, ingest, Report } from '../src/index.js';

const root = new URL('..', import.meta.url).pathname;
const fixture = (name: string): string => join(root, 'test/fixtures/cli', name);

function lawgauge(args: readonly string[], input?: Buffer | string): { code: number; out: string; err: string } {
  // The locale pinned too: without --lang the CLI speaks the locale's language (C: English).
  const env = { ...process.env, TZ: 'America/Los_Angeles', LC_ALL: 'C.UTF-8' };
  const result = spawnSync(process.execPath, [join(root, 'bin/lawgauge.js'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env,
  });
  return { code: result.status ?? -1, out: result.stdout, err: result.stderr };
}

const QUERY = [
  '--catalog',
  'court-case-quality',
  '--indicator',
  'filed_cases,closed_cases,clearance_rate',
  '--period',
  'quarter',
  '--from',
  '2019-01-01',
  '--to',
  '2019-06-30',
  '--by',
  'district',
];

const EXPECTED_CSV = [
  'indicator,period,district,value,numerator,denominator,ci_low,ci_high,status,flag',
  'filed_cases,2019-Q1,徐汇区,1,,,,,,',
  'filed_cases,2019-Q1,静安区,0,,,,,,',
  'filed_cases,2019-Q1,黄浦区,2,,,,,,',
  'filed_cases,2019-Q1,*,3,,,,,,',
  'filed_cases,2019-Q2,徐汇区,1,,,,,,',
  'filed_cases,2019-Q2,静安区,1,,,,,,',
  'filed_cases,2019-Q2,黄浦区,0,,,,,,',
  'filed_cases,2019-Q2,*,2,,,,,,',
  'closed_cases,2019-Q1,徐汇区,0,,,,,,',
  'closed_cases,2019-Q1,静安区,0,,,,,,',
  'closed_cases,2019-Q1,黄浦区,2,,,,,,',
  'closed_cases,2019-Q1,*,2,,,,,,',
  'closed_cases,2019-Q2,徐汇区,1,,,,,,',
  'closed_cases,2019-Q2,静安区,1,,,,,,',
  'closed_cases,2019-Q2,黄浦区,0,,,,,,',
  'closed_cases,2019-Q2,*,2,,,,,,',
  'clearance_rate,2019-Q1,徐汇区,0,0,1,,,bad,',
  'clearance_rate,2019-Q1,静安区,,0,0,,,,no-data',
  'clearance_rate,2019-Q1,黄浦区,0.6666666666666666,2,3,,,bad,',
  'clearance_rate,2019-Q1,*,0.5,2,4,,,bad,',
  'clearance_rate,2019-Q2,徐汇区,0.5,1,2,,,bad,',
  'clearance_rate,2019-Q2,静安区,1,1,1,,,good,',
  'clearance_rate,2019-Q2,黄浦区,0,0,1,,,bad,',
  'clearance_rate,2019-Q2,*,0.5,2,4,,,bad,',
].join('\r\n');

describe('lawgauge compute (real binary, fixture files)', () => {
  it('reads a GBK CSV with Chinese headers and no BOM: exact CSV columns, total rows, exit 1 for 25% rejected', () => {
    const { code, out, err } = lawgauge([
      'compute',
      ...QUERY,
      '--data',
      `cases=${fixture('cases-gbk.csv')}`,
      '--format',
      'csv',
    ]);
    expect(out).toBe(`${EXPECTED_CSV}\r\n`);
    expect(err).toContain('cases-gbk.csv (csv, gb18030): read 8, used 6, quarantined 2 (25.00%)');
    expect(err).toContain('error: cases: 25.00% of rows quarantined, above --max-reject-rate 0.01');
    expect(code).toBe(1);
  });

  it('reads UTF-8 with a BOM the same way; --max-reject-rate 0.3 makes it exit 0', () => {
    const { code, out, err } = lawgauge([
      'compute',
      ...QUERY,
      '--data',
      `cases=${fixture('cases-bom.csv')}`,
      '--format',
      'csv',
      '--max-reject-rate',
      '0.3',
    ]);
    expect(out).toBe(`${EXPECTED_CSV}\r\n`);
    expect(err).toContain('(csv, utf-8): read 8, used 6, quarantined 2');
    expect(code).toBe(0);
  });

  it('reads a JSON array and NDJSON (a line that is not JSON is rejected with its line)', () => {
    const json = lawgauge([
      'compute',
      ...QUERY,
      '--data',
      `cases=${fixture('cases.json')}`,
      '--format',
      'csv',
      '--max-reject-rate',
      '1',
    ]);
    expect(json.out).toBe(`${EXPECTED_CSV}\r\n`);
    expect(json.err).toContain('(json): read 8, used 6, quarantined 2');
    const dir = mkdtempSync(join(tmpdir(), 'lawgauge-e2e-'));
    const ndjson = lawgauge([
      'compute',
      ...QUERY,
      '--data',
      `cases=${fixture('cases.ndjson')}`,
      '--format',
      'csv',
      '--max-reject-rate',
      '1',
      '--rejects',
      join(dir, 'rejects.txt'),
    ]);
    expect(ndjson.out).toBe(`${EXPECTED_CSV}\r\n`);
    expect(ndjson.err).toContain('(ndjson): read 9, used 6, quarantined 3');
    expect(readFileSync(join(dir, 'rejects.txt'), 'utf8').split('\r\n')[1]).toMatch(
      /^cases,5,5,\*,\{not json,invalid_json,line 5 is not JSON: /,
    );
  });

  it('reads stdin with --data cases=- (GBK detected there too)', () => {
    const { out, err } = lawgauge(
      ['compute', ...QUERY, '--data', 'cases=-', '--format', 'csv'],
      readFileSync(fixture('cases-gbk.csv')),
    );
    expect(out).toBe(`${EXPECTED_CSV}\r\n`);
    expect(err).toContain('stdin (csv, gb18030): read 8');
  });

  it('writes every unusable value to --rejects (dataset,row,line,field,value,code,reason) and CSV --out files with a BOM', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lawgauge-e2e-'));
    const { code } = lawgauge([
      'compute',
      ...QUERY,
      '--data',
      `cases=${fixture('cases-gbk.csv')}`,
      '--format',
      'csv',
      '--out',
      join(dir, 'out.csv'),
      '--rejects',
      join(dir, 'rejects.csv'),
      '--quiet',
    ]);
    expect(code).toBe(1);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe(`\uFEFF${EXPECTED_CSV}\r\n`);
    expect(readFileSync(join(dir, 'rejects.csv'), 'utf8')).toBe(
      [
        '\uFEFFdataset,row,line,field,value,code,reason',
        'cases,6,7,filed_on,2019/4/31,invalid_date,"""2019/4/31"" is not a valid date: 2019-04 has 30 days, not 31 (expected YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYY年M月D日 or YYYYMMDD, optionally with a time and offset)"',
        'cases,8,9,district,,required,"""区"" (district) is required but empty"',
        '',
      ].join('\r\n'),
    );
  });

  it('--suppress k blanks every number of rows resting on fewer than k records, and of a second row so the total cannot give them away', () => {
    const { out } = lawgauge([
      'compute',
      ...QUERY,
      '--data',
      `cases=${fixture('cases-gbk.csv')}`,
      '--format',
      'csv',
      '--indicator',
      'clearance_rate',
      '--suppress',
      '2',
    ]);
    const rows = out.trim().split('\r\n');
    // Q1: 徐汇 (0/1) is small; 静安 has no records, so 黄浦 (2/3) is hidden with it — the total 2/4 would give it away.
    // Q2: 静安 (1/1) and 黄浦 (0/1) are both small, together 2 records: nothing more to hide.
    expect(rows.filter((row) => row.startsWith('clearance_rate,'))).toEqual([
      'clearance_rate,2019-Q1,徐汇区,,,,,,,suppressed',
      'clearance_rate,2019-Q1,静安区,,0,0,,,,no-data',
      'clearance_rate,2019-Q1,黄浦区,,,,,,,suppressed',
      'clearance_rate,2019-Q1,*,0.5,2,4,,,bad,',
      'clearance_rate,2019-Q2,徐汇区,0.5,1,2,,,bad,',
      'clearance_rate,2019-Q2,静安区,,,,,,,suppressed',
      'clearance_rate,2019-Q2,黄浦区,,,,,,,suppressed',
      'clearance_rate,2019-Q2,*,0.5,2,4,,,bad,',
    ]);
  });

  it('--format json writes Reports the widgets read; table writes words in --lang', () => {
    const json = lawgauge(['compute', ...QUERY, '--data', `cases=${fixture('cases-gbk.csv')}`, '--format', 'json']);
    const reports = JSON.parse(json.out) as unknown[];
    expect(reports.map((report) => Report.parse(report).indicator.id)).toEqual([
      'filed_cases',
      'closed_cases',
      'clearance_rate',
    ]);
    const zh = lawgauge(['compute', ...QUERY, '--data', `cases=${fixture('cases-gbk.csv')}`, '--lang', 'zh-CN']).out;
    expect(zh).toMatch(/结案率\s+2019-Q1\s+合计\s+50\.0%\s+■ 预警/);
    const en = lawgauge(['compute', ...QUERY, '--data', `cases=${fixture('cases-gbk.csv')}`, '--lang', 'en']).out;
    expect(en).toMatch(/Clearance rate\s+2019-Q1\s+Total\s+50\.0%\s+■ alert/);
    expect(en).toContain('no data');
  });

  it('--ytd reads every period from 1 January; --verbose names the column read for each field; --encoding can be forced', () => {
    const ytd = lawgauge([
      'compute',
      ...QUERY,
      '--data',
      `cases=${fixture('cases-gbk.csv')}`,
      '--format',
      'csv',
      '--indicator',
      'filed_cases',
      '--ytd',
      '--verbose',
      '--encoding',
      'gb18030',
    ]);
    // Filed in 2019 by the end of Q2: 黄浦 2, 徐汇 2, 静安 1, total 5.
    expect(
      ytd.out
        .trim()
        .split('\r\n')
        .filter((row) => row.includes('2019-Q2')),
    ).toEqual([
      'filed_cases,2019-Q2,徐汇区,2,,,,,,',
      'filed_cases,2019-Q2,静安区,1,,,,,,',
      'filed_cases,2019-Q2,黄浦区,2,,,,,,',
      'filed_cases,2019-Q2,*,5,,,,,,',
    ]);
    expect(ytd.err).toContain('read as csv (gb18030)');
    expect(ytd.err).toContain('  filed_on ← 立案日期\n');
    expect(ytd.err).toContain('  district ← 区\n');
    expect(
      lawgauge(['compute', ...QUERY, '--data', `cases=${fixture('cases-gbk.csv')}`, '--encoding', 'utf-8']),
    ).toMatchObject({ code: 2, err: expect.stringContaining('are not valid UTF-8; give --encoding gb18030') });
  });

  it('exit 2 for usage and definition errors, with the reason on stderr', () => {
    const cases = `cases=${fixture('cases-gbk.csv')}`;
    expect(lawgauge(['compute', ...QUERY, '--data', cases, '--frobnicate'])).toMatchObject({
      code: 2,
      err: 'lawgauge compute: unknown option --frobnicate\nRun "lawgauge compute --help" for its usage.\n',
    });
    // The binary's own words, never Node's parser's ("Unknown option '--formt'. To specify …"),
    // with the nearest option or command, in the locale's language.
    expect(lawgauge(['compute', ...QUERY, '--data', cases, '--formt=csv'])).toMatchObject({
      code: 2,
      err: 'lawgauge compute: unknown option --formt; did you mean --format?\nRun "lawgauge compute --help" for its usage.\n',
    });
    expect(lawgauge(['render', '--width'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^lawgauge render: --width needs a value\n/),
    });
    expect(lawgauge(['comptue', '--lang', 'zh-CN'])).toMatchObject({
      code: 2,
      err: 'lawgauge comptue: 未知的命令 "comptue"；是否要用 "compute"？\n用法见 "lawgauge --help"。\n',
    });
    expect(lawgauge(['compute', '--catalog', 'nope', '--data', cases])).toMatchObject({
      code: 2,
      err: expect.stringContaining('neither a built-in catalog'),
    });
    expect(lawgauge(['compute', '--catalog', 'police-presence', '--data', 'patrol_checks=/no/such.csv'])).toMatchObject(
      { code: 2, err: expect.stringContaining('dataset "resident_survey" is needed by') },
    );
    expect(lawgauge(['compute', ...QUERY, '--data', 'cases=/no/such.csv'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('/no/such.csv: cannot read the file'),
    });
    expect(lawgauge(['compute', ...QUERY, '--data', cases, '--period', 'fortnight'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--period: expected one of day, week, month, quarter, year, got "fortnight"'),
    });
    expect(lawgauge(['compute', ...QUERY, '--data', cases, '--by', 'judge'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown field "judge"'),
    });
    // A file without excluded_days is no longer an error: the field defaults to 0 (test/ingest/file-shapes.test.ts).
    expect(
      lawgauge(['compute', ...QUERY, '--data', `cases=${fixture('cases.ndjson')}`, '--indicator', 'avg_trial_days'])
        .err,
    ).not.toContain('no column for field "excluded_days"');
  });

  it("a file without the key's column stops the run naming the key (duplicates would count twice); --map marking it null reads it with a note", () => {
    const dir = mkdtempSync(join(tmpdir(), 'lawgauge-e2e-key-'));
    // The BOM fixture without its 案号 column, a record repeated: nothing could tell the two apart.
    const lines = readFileSync(fixture('cases-bom.csv'), 'utf8')
      .split('\r\n')
      .filter((line) => line.length > 0);
    const keyless = [...lines.map((line) => line.replace(/^\uFEFF?[^,]*,/, '')), lines[1]!.replace(/^[^,]*,/, '')];
    const file = join(dir, 'keyless.csv');
    writeFileSync(file, keyless.join('\r\n'));
    const refused = lawgauge(['compute', ...QUERY, '--data', `cases=${file}`, '--format', 'csv', '--lang', 'en']);
    expect(refused.code).toBe(2);
    expect(refused.out).toBe('');
    expect(refused.err).toContain(
      'no column for field "case_id" (looked for "case_id", "案号", "Case number"); its columns: 区, 立案日期, 结案日期; it is the dataset\'s key, which finds duplicate records: name its column in the mapping\'s "columns", or map it to null to read without the duplicate check',
    );
    const zh = lawgauge(['compute', ...QUERY, '--data', `cases=${file}`, '--format', 'csv', '--lang', 'zh-CN']);
    expect(zh.code).toBe(2);
    expect(zh.err).toContain(
      '它是数据集的主键，用来识别重复记录：请在映射文件的 "columns" 中写明它的列，或将其映射为 null，不做重复检查而读取',
    );
    const map = join(dir, 'mapping.json');
    writeFileSync(map, JSON.stringify({ cases: { columns: { case_id: null } } }));
    const read = lawgauge([
      'compute',
      ...QUERY,
      '--data',
      `cases=${file}`,
      '--map',
      map,
      '--format',
      'csv',
      '--max-reject-rate',
      '1',
      '--lang',
      'en',
    ]);
    expect(read.code).toBe(0);
    // Read without the check: the repeated record counts twice, and the run says why.
    expect(read.err).toContain('read 9, used 7, quarantined 2');
    expect(read.err).toContain('the file has no column for "case_id", so the key cannot tell duplicate records apart');
  });

  it('computes the seed court cases from a fresh clone, matching the library on the JSON seeds', () => {
    const { code, out } = lawgauge([
      'compute',
      '--catalog',
      'court-case-quality',
      '--data',
      'cases=seeds/cases.csv',
      '--by',
      'district',
      '--period',
      'quarter',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const catalog = builtInCatalog('court-case-quality');
    const cases = ingest(
      catalog.datasets[0]!,
      JSON.parse(readFileSync(join(root, 'seeds/cases.json'), 'utf8')) as unknown[],
    );
    const expected = evaluate(catalog, { cases }, { by: 'district', period: 'quarter' });
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(expected)));
  });
});

describe('lawgauge compute with composites', () => {
  const args = [
    'compute',
    '--catalog',
    'court-case-quality',
    '--data',
    'cases=seeds/cases.csv',
    '--by',
    'district',
    '--period',
    'year',
    '--from',
    '2019-01-01',
    '--to',
    '2019-12-31',
  ];

  it('computes a composite named in --indicator from its leaf indicators, evaluated alike, and ranks its units with --rank', () => {
    const { code, out } = lawgauge([
      ...args,
      '--indicator',
      'case_quality_index,clearance_rate',
      '--rank',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const catalog = builtInCatalog('court-case-quality');
    const cases = ingest(
      catalog.datasets[0]!,
      JSON.parse(readFileSync(join(root, 'seeds/cases.json'), 'utf8')) as unknown[],
    );
    const all = evaluate(catalog, { cases }, { by: 'district', period: 'year', from: '2019-01-01', to: '2019-12-31' });
    const expected = [
      all.find((report) => report.indicator.id === 'clearance_rate')!,
      compositeReport(catalog, all, { composite: 'case_quality_index', rank: true }),
    ];
    const actual = JSON.parse(out) as Report[];
    expect(actual).toEqual(JSON.parse(JSON.stringify(expected)));
    // One row per district (units, no total), ranks 1…16 in descending order of the index.
    const rows = actual[1]!.rows;
    expect(rows).toHaveLength(16);
    expect([...rows].sort((a, b) => a.rank! - b.rank!).map((row) => row.value)).toEqual(
      rows.map((row) => row.value).sort((a, b) => b! - a!),
    );
  });

  it('writes the rank as the last CSV column and as a table column', () => {
    const csv = lawgauge([...args, '--indicator', 'case_quality_index', '--rank', '--format', 'csv'])
      .out.trim()
      .split('\r\n');
    expect(csv[0]).toBe('indicator,period,district,value,numerator,denominator,ci_low,ci_high,status,flag,rank');
    expect(
      csv
        .slice(1)
        .map((line) => Number(line.split(',').at(-1)))
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    const table = lawgauge([...args, '--indicator', 'case_quality_index', '--rank', '--lang', 'en']).out.split('\n');
    expect(table[0]).toMatch(/^Indicator +Period +District +Value +Status +n +Rank +Note$/);
    expect(table.find((line) => line.startsWith('Case quality index  2019    崇明区'))).toMatch(/ 1 *$/);
    // Without --rank the CSV keeps its ten fixed columns.
    expect(lawgauge([...args, '--indicator', 'case_quality_index', '--format', 'csv']).out.split('\r\n')[0]).toBe(
      'indicator,period,district,value,numerator,denominator,ci_low,ci_high,status,flag',
    );
  });

  it('usage errors: --rank without a composite, an unknown id lists indicators and composites', () => {
    expect(lawgauge([...args, '--indicator', 'clearance_rate', '--rank'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--rank ranks the units of a composite index'),
    });
    expect(lawgauge([...args, '--indicator', 'case_quality'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('composites: fairness, efficiency, effect, case_quality_index'),
    });
  });
});

describe('lawgauge reform, catalogs', () => {
  it('reform --format csv writes one row per task in the documented columns; the CSV ledgers and the JSON programme agree', () => {
    const ledgers = lawgauge([
      'reform',
      '--tasks',
      'seeds/shanghai-2019/reform_tasks.csv',
      '--milestones',
      'seeds/shanghai-2019/reform_milestones.csv',
      '--as-of',
      '2019-12-31',
      '--format',
      'csv',
    ]);
    const programme = lawgauge([
      'reform',
      '--programme',
      'seeds/shanghai-2019/programme.json',
      '--as-of',
      '2019-12-31',
      '--format',
      'csv',
    ]);
    expect(ledgers.code).toBe(0);
    expect(ledgers.out).toBe(programme.out);
    const lines = ledgers.out.trim().split('\r\n');
    expect(lines[0]).toBe(
      'task_id,parent_id,area,owner,status,light,progress,due_on,completed_on,verified_on,days_late,title,title_en',
    );
    expect(lines).toHaveLength(27);
    expect(lines).toContain(
      'performance_evaluation,judicial_responsibility,judicial_reform,市高院,verified,green,1,2019-09-30,2019-09-27,2019-11-12,,绩效考核评价机制,Performance evaluation',
    );
  });

  it('catalogs lists every built-in catalog and indicator', () => {
    const { code, out } = lawgauge(['catalogs', '--lang', 'en']);
    expect(code).toBe(0);
    for (const name of [
      'police-presence',
      'court-case-quality',
      'procuratorate',
      'public-satisfaction',
      'clearance_rate',
      'case_quality_index',
    ])
      expect(out).toContain(name);
  });

  it('a reader that closes the pipe early (| head -1) stops the run quietly, with no EPIPE trace', () => {
    const command = `"${process.execPath}" bin/lawgauge.js compute --catalog court-case-quality --data cases=seeds/cases.csv --period month --by district --format csv --quiet --max-reject-rate 1 | head -1`;
    const result = spawnSync('sh', ['-c', command], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: 'C.UTF-8' },
    });
    expect(result.stdout).toBe('indicator,period,district,value,numerator,denominator,ci_low,ci_high,status,flag\r\n');
    expect(result.stderr).not.toContain('EPIPE');
    expect(result.stderr).toBe('');
  });
});
