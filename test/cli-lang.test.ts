// The CLI speaks one language per run: `--lang`, else the locale. Everything a run prints — the
// table, the data summary, quarantine reasons, notes, errors, help — is in that language; only
// identifiers (dataset, field and problem codes, options, file names), numbers and the user's own
// data stay as they are.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeLang, takeLangOption } from '../src/cli/cli-lang.js';
import { EXIT, runCli, type CliIo } from '../src/cli/main.js';
import { EN_ISSUES } from '../src/errors/messages/en.js';
import { builtInCatalog } from '../src/index.js';
import { writeXlsx } from '../scripts/write-xlsx.js';

async function cli(
  args: readonly string[],
  env: CliIo['env'] = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    errIsTTY: false,
    env,
  });
  return { code, out, err };
}

const directory = mkdtempSync(join(tmpdir(), 'lawgauge-lang-'));

// A court export as analysts bring it: Chinese headers, no 扣除审限天数 column (a defaulted field),
// and one row for each kind of problem, then a blank row and a footer.
const ledger = [
  '案号,法院,区,案件类型,审级,立案日期,结案日期,审限天数,上诉',
  'A1,一中院,黄浦区,民事,一审,2019-01-05,2019-02-01,90,否',
  'A2,一中院,徐汇区,民事,一审,2019-02-06,2019-04-01,90,是',
  'A3,一中院,徐汇区,民事,一审,2019/2/30,,90,否',
  'A4,一中院,,民事,一审,2019-03-01,,90,否',
  'A5,一中院,黄浦区,民事,仲裁,2019-03-02,,90,否',
  'A6,一中院,黄浦区,民事,一审,2019-03-03,,-5,否',
  'A7,一中院,黄浦区,民事,一审,43529,,90,否',
  'A8,一中院,黄浦区,民事,一审,2019-03-05,,九十,否',
  'A9,一中院,黄浦区,民事,一审,2019-03-06,,90,也许',
  'A10,一中院,黄浦区',
  '',
  '合计,,,,,,,,',
  '',
].join('\n');
const casesFile = join(directory, '案件.csv');
writeFileSync(casesFile, ledger);
const compute = [
  'compute',
  '--catalog',
  'court-case-quality',
  '--data',
  `cases=${casesFile}`,
  '--indicator',
  'clearance_rate,on_time_closure_rate,appeal_rate',
  '--period',
  'year',
  '--by',
  'district',
  '--verbose',
];

const casesDataset = builtInCatalog('court-case-quality').datasets.find((dataset) => dataset.id === 'cases')!;
/** Identifiers a run may print in any language: the dataset's and its fields' names, problem codes. */
const IDS = ['cases', ...casesDataset.fields.map((field) => field.name), ...Object.keys(EN_ISSUES)];

/**
 * The Latin words of `text` that are not identifiers: options (`--rejects`), paths under the test
 * directory, the identifiers (whole: a problem code `invalid_value` does not allow "value") and the
 * words in `allowed` are taken out first. A zh-CN run must have none.
 */
function englishWords(text: string, allowed: readonly string[]): string[] {
  const ids = new Set(IDS);
  const words = new Set(allowed.flatMap((id) => id.split(/[^A-Za-z]+/)));
  const stripped = text
    .replaceAll(directory, '')
    .replace(/--[a-z][a-z-]*/g, '')
    .replace(/[A-Za-z_]\w*/g, (token) => (ids.has(token) ? ' ' : token));
  return [...new Set(stripped.match(/[A-Za-z]+/g) ?? [])].filter((word) => !words.has(word));
}

/** Han characters and full-width punctuation: an English run prints them only from the user's data. */
function chineseRuns(text: string): string[] {
  return [...new Set(text.match(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g) ?? [])];
}

describe('localeLang(env): the language when --lang is not given', () => {
  it('takes the first of LC_ALL, LC_MESSAGES, LANG that is set: zh… is zh-CN, anything else en', () => {
    expect(localeLang({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(localeLang({ LANG: 'zh_TW.Big5' })).toBe('zh-CN');
    expect(localeLang({ LANG: 'zh' })).toBe('zh-CN');
    expect(localeLang({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(localeLang({ LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(localeLang({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(localeLang({ LC_ALL: 'zh_CN.UTF-8', LC_MESSAGES: 'en_US.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(localeLang({ LC_MESSAGES: 'zh_CN.GB18030', LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(localeLang({ LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    // `zhx` is not Chinese: the language part ends at _ . @ - or the end.
    expect(localeLang({ LANG: 'zhx_YY' })).toBe('en');
  });

  it('C, POSIX and C.UTF-8 (containers, CI) are English; unset is English unless the system locale is Chinese', () => {
    for (const locale of ['C', 'POSIX', 'C.UTF-8']) expect(localeLang({ LANG: locale })).toBe('en');
    expect(localeLang({})).toBe('en');
    expect(localeLang({}, 'zh-CN')).toBe('zh-CN');
    expect(localeLang({}, 'en-US')).toBe('en');
    // A locale variable that is set wins over the system's.
    expect(localeLang({ LANG: 'C' }, 'zh-CN')).toBe('en');
  });

  it('takeLangOption takes --lang X and --lang=X anywhere before --, the last one winning', () => {
    expect(takeLangOption(['compute', '--lang', 'en', '--quiet'])).toEqual({
      value: 'en',
      rest: ['compute', '--quiet'],
    });
    expect(takeLangOption(['--lang=zh-CN', 'catalogs', '--lang', 'en'])).toEqual({ value: 'en', rest: ['catalogs'] });
    expect(takeLangOption(['validate', 'x.json'])).toEqual({ value: undefined, rest: ['validate', 'x.json'] });
    expect(takeLangOption(['compute', '--lang'])).toEqual({ value: '', rest: ['compute'] });
    expect(takeLangOption(['compute', '--lang', '--quiet'])).toEqual({ value: '', rest: ['compute', '--quiet'] });
    expect(takeLangOption(['x', '--', '--lang', 'en'])).toEqual({
      value: undefined,
      rest: ['x', '--', '--lang', 'en'],
    });
  });
});

describe('lawgauge compute in one language', () => {
  it('--lang zh-CN: table, summary, reasons, notes, --verbose, the reject-rate error and the --rejects reasons hold no English sentence', async () => {
    const rejects = join(directory, 'rejects-zh.csv');
    const { code, out, err } = await cli([...compute, '--lang', 'zh-CN', '--rejects', rejects]);
    expect(code).toBe(EXIT.data);
    // Worked by hand: 10 records (2 used, 8 rejected), then a blank row and a footer, skipped.
    expect(err).toContain(
      `cases：${casesFile}（csv，utf-8）：读取 12 行，可用 2，剔除 8（80.00%），跳过 2（空行 1，合计行 1）`,
    );
    expect(err).toContain('注意：cases：没有 "excluded_days"（扣除审限天数）列；每行都取默认值 0。');
    expect(err).toContain('  excluded_days ← （无此列：取默认值 0）');
    expect(err).toContain(
      '  2 × 立案日期（filed_on）: invalid_date（例：第 3 条记录（第 4 行）："2019/2/30" 不是有效的日期',
    );
    expect(err).toContain(
      '  1 × 上诉（appealed）: invalid_boolean（例：第 9 条记录（第 10 行）："也许" 不是是/否值（应为 true/false、1/0、是/否 或 Y/N））',
    );
    expect(err).toContain('  … 另有 4 类问题；见 --rejects');
    expect(err).toContain('  跳过：第 12 行（空行）、第 13 行（合计行）');
    expect(err).toContain('错误：cases：80.00% 的行被剔除，超过 --max-reject-rate 0.01');
    expect(out).toMatch(/^指标 +期间 +区 +值 +状态 +样本数 +说明\n/);
    expect(out).toMatch(/结案率 +2019 +合计 +100\.0%/);
    const reasons = readFileSync(rejects, 'utf8').trimEnd().split('\r\n');
    expect(reasons[0]).toBe('\uFEFFdataset,row,line,field,value,code,reason');
    expect(reasons.slice(1)).toEqual([
      'cases,3,4,filed_on,2019/2/30,invalid_date,"""2019/2/30"" 不是有效的日期：2019年2月只有 28 天（应为 YYYY-MM-DD、YYYY/M/D、YYYY.M.D、YYYY年M月D日 或 YYYYMMDD，可带时间和时区）"',
      'cases,4,5,district,,required,"必填字段 ""区""（district）为空"',
      // The values as a Chinese file writes them (the catalog's synonyms), each with its code.
      'cases,5,6,procedure,仲裁,unknown_enum_value,"""仲裁"" 不是可选值之一：一审（first_instance）、二审（second_instance）、再审（retrial）、执行（enforcement）"',
      // A cell starting with - is neutralised for spreadsheets, the reason too.
      "cases,6,7,time_limit_days,'-5,out_of_range,'-5 小于最小值 0",
      'cases,7,8,filed_on,43529,invalid_date,"""43529"" 不是有效的日期（应为 YYYY-MM-DD、YYYY/M/D、YYYY.M.D、YYYY年M月D日 或 YYYYMMDD，可带时间和时区）；这像是 Excel 日期序号：请在映射文件的 ""formats"" 中写 {""filed_on"": ""excel-serial""}"',
      'cases,8,9,time_limit_days,九十,invalid_integer,"""九十"" 不是整数"',
      'cases,9,10,appealed,也许,invalid_boolean,"""也许"" 不是是/否值（应为 true/false、1/0、是/否 或 Y/N）"',
      'cases,10,11,*,"A10,一中院,黄浦区",wrong_field_count,第 11 行有 3 个字段，表头有 9 个',
    ]);
    const spellings = [
      'csv',
      'utf-8',
      'YYYY',
      'MM',
      'DD',
      'M',
      'D',
      'YYYYMMDD',
      'Excel',
      'UTF',
      'excel-serial',
      'formats',
      'true',
      'false',
      'Y',
      'N',
      'first_instance',
      'second_instance',
      'retrial',
      'enforcement',
      'null',
    ];
    // The rejects header is column names (checked above); the note's `null` is what to write in the mapping;
    // a record with the wrong field count is quoted whole as its value, case number A10 included.
    const reasonsWithoutRecord = reasons.slice(1).map((line) => line.replace('"A10,一中院,黄浦区"', ''));
    expect(englishWords(out + err + reasonsWithoutRecord.join('\n'), spellings)).toEqual([]);
  });

  it("--lang en: no Chinese but the file's own values and headers, and the header spellings the catalog looks for", async () => {
    const rejects = join(directory, 'rejects-en.csv');
    const { code, out, err } = await cli([...compute, '--lang', 'en', '--rejects', rejects]);
    expect(code).toBe(EXIT.data);
    expect(err).toContain(
      `cases: ${casesFile} (csv, utf-8): read 12, used 2, quarantined 8 (80.00%), skipped 2 (1 blank, 1 footer)`,
    );
    expect(out).toMatch(/^Indicator +Period +District +Value +Status +n +Note\n/);
    const text = out + err + readFileSync(rejects, 'utf8');
    // 扣除审限天数 is the header the note says the file lacks; 年月日 spell dates (YYYY年M月D日);
    // 一审… are the catalog's spellings of the procedure values, listed beside them (first_instance (一审)).
    const catalogSpellings = ['扣除审限天数', '年', '月', '日', '一审', '二审', '再审', '执行'];
    expect(
      chineseRuns(text.replaceAll(casesFile, '')).filter(
        (run) => !ledger.includes(run) && !catalogSpellings.includes(run),
      ),
    ).toEqual([]);
  });

  it('without --lang the locale decides: LANG=zh_CN.UTF-8 gives Chinese, LC_ALL=C English, --lang wins over both', async () => {
    const args = [...compute, '--max-reject-rate', '1'];
    expect((await cli(args, { LANG: 'zh_CN.UTF-8' })).err).toContain('读取 12 行');
    expect((await cli(args, { LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).err).toContain('read 12, used 2');
    expect((await cli([...args, '--lang', 'en'], { LANG: 'zh_CN.UTF-8' })).out).toMatch(/^Indicator/);
    expect((await cli([...args, '--lang', 'zh-CN'], { LANG: 'en_US.UTF-8' })).out).toMatch(/^指标/);
    // No locale at all (and no system locale given): English.
    expect((await cli(args)).out).toMatch(/^Indicator/);
  });
});

describe("errors in the run's language", () => {
  const zh = { LANG: 'zh_CN.UTF-8' };

  it('bad option values, unknown options, missing files and clashing outputs, exit 2', async () => {
    const period = await cli([...compute.slice(0, 7), '--period', 'fortnight'], zh);
    expect(period).toMatchObject({
      code: EXIT.usage,
      err: 'lawgauge compute: --period：应为 day、week、month、quarter、year 之一，实为 "fortnight"\n用法见 "lawgauge compute --help"。\n',
    });
    expect((await cli([...compute, '--frobnicate'], zh)).err).toBe(
      'lawgauge compute: 未知的选项 --frobnicate\n用法见 "lawgauge compute --help"。\n',
    );
    expect((await cli([...compute, '--catalog'], zh)).err).toContain('选项 --catalog 缺少值');
    const missing = await cli(
      ['compute', '--catalog', 'court-case-quality', '--data', `cases=${join(directory, 'nope.csv')}`],
      zh,
    );
    expect(missing).toMatchObject({
      code: EXIT.usage,
      err: `lawgauge compute: ${join(directory, 'nope.csv')}: 无法读取该文件：文件不存在\n共 1 个问题\n`,
    });
    expect((await cli([...compute, '--out', casesFile], zh)).err).toContain(
      `--out ${casesFile}：这是本次运行的输入文件`,
    );
    expect((await cli(['frobnicate'], zh)).err).toContain('未知的命令 "frobnicate"');
  });

  it("a --lang that is neither zh-CN nor en is refused in the locale's language", async () => {
    expect(await cli(['catalogs', '--lang', 'fr'], zh)).toMatchObject({
      code: EXIT.usage,
      err: expect.stringContaining('--lang：应为 zh-CN、en 之一，实为 "fr"'),
    });
    expect(await cli(['catalogs', '--lang'])).toMatchObject({
      code: EXIT.usage,
      err: expect.stringContaining('--lang: expected one of zh-CN, en, got ""'),
    });
  });

  it("a header that cannot be matched names the field and the file's columns in Chinese", async () => {
    const file = join(directory, 'no-district.csv');
    writeFileSync(file, '案号,立案日期\nA1,2019-01-05\n');
    const { code, err } = await cli(
      [
        'compute',
        '--catalog',
        'court-case-quality',
        '--data',
        `cases=${file}`,
        '--indicator',
        'filed_cases',
        '--by',
        'district',
      ],
      zh,
    );
    expect(code).toBe(EXIT.usage);
    expect(err).toContain(
      '字段 "district" 没有对应的列（找过 "district"、"区"、"District"）；文件的列：案号、立案日期；请在映射文件的 "columns" 中写明',
    );
  });

  it("an engine that fails: one line in the run's language around the database's own words, then the --debug hint", async () => {
    const { code, err } = await cli([
      'compute',
      '--catalog',
      'court-case-quality',
      '--engine',
      'duckdb:',
      '--table',
      'cases=no_such_table',
      '--indicator',
      'clearance_rate',
      '--lang',
      'zh-CN',
    ]);
    expect(code).toBe(EXIT.usage);
    expect(err).toMatch(
      /^lawgauge compute: duckdb:：处理数据集 "cases"（no_such_table）时出错：.*no_such_table.*\n（加 --debug 显示调用栈）\n$/,
    );
  });

  it('a reform ledger whose task names a parent it lacks', async () => {
    const tasks = join(directory, 'tasks.csv');
    writeFileSync(
      tasks,
      '任务编号,上级任务,领域,任务名称,责任单位,开始日期,完成时限\n1,,司法改革,深化司法责任制,市高院,2019-01-01,2019-12-31\n1.1,9,司法改革,完善办案团队,市高院,2019-01-01,2019-06-30\n',
    );
    const { code, err } = await cli(['reform', '--tasks', tasks, '--as-of', '2019-07-31'], zh);
    // The task is quarantined with its file, row and line, in the run's language, and the run goes on
    // (exit 1: half the ledger rejected, above --max-reject-rate).
    expect({ code, err }).toEqual({
      code: EXIT.data,
      err: `reform_tasks：${tasks}（csv，utf-8）：读取 2 行，可用 1，剔除 1（50.00%），跳过 0\n  1 × 上级任务（parent_id）: unknown_parent（例：第 2 条记录（第 3 行）：任务 "1.1"：上级任务 "9" 没有可用的行，无法汇总）\n错误：reform_tasks：50.00% 的行被剔除，超过 --max-reject-rate 0.01；可用 --rejects <文件> 写出这些行\n`,
    });
  });

  it('validate and catalogs speak it too', async () => {
    expect((await cli(['validate', 'src/catalogs/court-case-quality.json'], zh)).out).toBe(
      'src/catalogs/court-case-quality.json：有效的指标目录 "court-case-quality"（1 个数据集，22 个指标）\n'.replace(
        '22',
        String(builtInCatalog('court-case-quality').indicators.length),
      ),
    );
    const catalogs = await cli(['catalogs', '--lang', 'zh-CN']);
    expect(catalogs.out).toMatch(/\nid +指标 +单位 +数据集\n/);
    expect(catalogs.out).toContain('综合指数');
    expect((await cli(['catalogs', '--lang', 'en'], zh)).out).not.toContain('综合指数');
  });

  it("a mapping whose date patterns are wrong: each problem in the run's language", async () => {
    const mapping = join(directory, 'bad-formats.json');
    writeFileSync(
      mapping,
      JSON.stringify({ cases: { formats: { filed_on: 'DD/MM/YY', closed_on: 'YYYY-MM-DD-DD' } } }),
    );
    const chinese = await cli(['validate', mapping, '--lang', 'zh-CN']);
    expect(chinese.err).toContain('日期格式 "DD/MM/YY" 须含 YYYY、M 或 MM、D 或 DD（或写 "excel-serial"）');
    expect(chinese.err).toContain('日期格式 "YYYY-MM-DD-DD" 中 D 部分出现了两次');
    const english = await cli(['validate', mapping, '--lang', 'en']);
    expect(english.err).toContain('"DD/MM/YY" must contain YYYY, M or MM, and D or DD (or be "excel-serial")');
    expect(english.err).toContain('"YYYY-MM-DD-DD" has the D part twice');
  });
});

describe('lawgauge --help in both languages', () => {
  // Words of the command lines and names that are the same in both languages.
  const SYNTAX = [
    'lawgauge',
    'compute',
    'sql',
    'reform',
    'validate',
    'render',
    'schema',
    'catalogs',
    'help',
    'YYYY',
    'MM',
    'DD',
    'duckdb',
    'postgres',
    'clickhouse',
    'zh',
    'CN',
    'en',
    'C',
    'POSIX',
    'LC_ALL',
    'LC_MESSAGES',
    'LANG',
    'UTF',
    'CSV',
    'BOM',
    'GBK',
    'GB18030',
    'Excel',
    'xlsx',
    'JSON',
    'NDJSON',
    'ndjson',
    'jsonl',
    'json',
    'csv',
    'DuckDB',
    'Parquet',
    'PostgreSQL',
    'ClickHouse',
    'id',
    'Report',
    'k',
    'dataset',
    'row',
    'line',
    'field',
    'value',
    'code',
    'reason',
    // --spc and --funnel: chart names, Laney's p′, the columns they add, and the doc they point to.
    'xmr',
    'pprime',
    'Laney',
    'p',
    'n',
    'spc',
    'centre',
    'lower',
    'upper',
    'rules',
    'variation',
    'funnel',
    'target',
    'position',
    'docs',
    'comparing',
    'md',
  ];
  /** The help without its placeholders (`<文件>`, `<name|file.json>`) and value lists (`day|week|…`). */
  const prose = (text: string): string => text.replace(/<[^>]*>/g, '').replace(/[\w.-]+(\|[\w.:/…[\]<>-]+)+/g, '');

  it('lawgauge help --lang zh-CN is all Chinese, and lists the exit codes', async () => {
    const { code, out } = await cli(['help', '--lang', 'zh-CN']);
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/^用法：\n/);
    expect(out).toContain('退出码：0 成功；1 剔除的行超过 --max-reject-rate');
    expect(englishWords(prose(out), SYNTAX)).toEqual([]);
  });

  it('--help follows the locale, and --lang en gives the English help, with no Chinese', async () => {
    expect((await cli(['--help'], { LANG: 'zh_CN.UTF-8' })).out).toMatch(/^用法：/);
    expect(await cli(['compute', '--help'], { LANG: 'zh_CN.UTF-8' })).toMatchObject({
      code: EXIT.ok,
      out: expect.stringMatching(/^用法：/),
    });
    const en = await cli(['--help', '--lang', 'en'], { LANG: 'zh_CN.UTF-8' });
    expect(en.out).toMatch(/^Usage:\n/);
    expect(en.out).toContain('Exit codes: 0 ok; 1 quarantined rows above --max-reject-rate');
    expect(chineseRuns(en.out)).toEqual([]);
  });
});

describe("definition and option problems in the run's language", () => {
  const text = { 'zh-CN': '指标', en: 'Indicator' };
  const indicator = (
    id: string,
    dataset: string,
    measure: Record<string, unknown>,
    more: Record<string, unknown> = {},
  ): Record<string, unknown> => ({
    id,
    dataset,
    unit: 'count',
    polarity: 'higher-better',
    label: text,
    description: text,
    measure,
    ...more,
  });
  const filed = { time: { flow: 'filed_on' } };
  /**
   * A catalog with a mistake of each kind a user makes: in its structure (an unknown key, a type
   * nobody has, a missing key, a bad id) and in its meaning (an unknown dataset, field and
   * indicator, a duplicate id, a reversed range, a colliding enum spelling, thresholds against the
   * polarity, an operator and a constant that do not fit the field, an operand of the wrong type).
   */
  const catalog = {
    id: 'Mine',
    label: text,
    datasets: [
      {
        id: 'cases',
        fields: [
          { name: 'district', type: 'string' },
          { name: 'filed_on', type: 'date' },
          { name: 'days', type: 'integer', min: 10, max: 1 },
          { name: 'procedure', type: 'enum', values: [{ value: 'first' }, { value: 'second', synonyms: ['FIRST'] }] },
        ],
        key: ['district'],
      },
      { id: 'surveys', colour: 'red', fields: [{ name: 'score', type: 'strng' }] },
    ],
    indicators: [
      indicator('filed', 'nosuch', { kind: 'count', of: filed }),
      indicator('filed', 'cases', { kind: 'count', of: filed }),
      indicator('by_court', 'cases', {
        kind: 'count',
        of: { ...filed, where: { field: 'court', op: 'eq', value: 'x' } },
      }),
      indicator('north', 'cases', {
        kind: 'count',
        of: { ...filed, where: { field: 'district', op: 'gt', value: 3 } },
      }),
      indicator('slow', 'cases', { kind: 'count', of: filed }, { thresholds: { good: 0.5, warning: 0.9 } }),
      indicator('total', 'cases', { kind: 'sum', value: 'district', of: { time: { flow: 'district' } } }),
      { ...indicator('Bad id', 'cases', { kind: 'count', of: filed }), unit: undefined, polarity: 'up' },
    ],
    composites: [{ id: 'index', label: text, children: [{ indicator: 'nosuch_indicator' }] }],
  };
  const catalogFile = join(directory, 'bad-catalog.json');
  writeFileSync(catalogFile, JSON.stringify(catalog));

  it('validate --lang zh-CN: every problem of a broken catalog in Chinese, the English wording unchanged', async () => {
    const zh = await cli(['validate', catalogFile, '--lang', 'zh-CN']);
    expect(zh.code).toBe(EXIT.data);
    const at = `${catalogFile}: catalog.`;
    expect(zh.err).toContain(`${at}id: 应为指标目录 id（小写字母、数字、- 和 _），实为 "Mine"\n`);
    expect(zh.err).toContain(
      `${at}datasets[1].fields[0].type: 应为 "string"、"integer"、"number"、"boolean"、"date"、"datetime"、"enum" 之一，实为 "strng"\n`,
    );
    expect(zh.err).toContain(`${at}datasets[1].colour: 未知的键 "colour"\n`);
    expect(zh.err).toContain(`${at}indicators[1].id: 指标编号 "filed" 重复\n`);
    expect(zh.err).toContain(`${at}datasets[0].fields[2].min: 最小值 10 大于最大值 1\n`);
    expect(zh.err).toContain(`${at}indicators[0].dataset: 未知的数据集 "nosuch"；已有：cases\n`);
    expect(zh.err).toContain(
      `${at}indicators[2].measure.of.where.field: 数据集 "cases" 中没有字段 "court"；已有：district、filed_on、days、procedure\n`,
    );
    expect(zh.err).toContain(
      `${at}indicators[4].thresholds: 越高越好（higher-better）的指标，"good"（0.5）应 ≥ "warning"（0.9）\n`,
    );
    expect(zh.err).toContain(`${at}composites[0].children[0].indicator: 未知的指标 "nosuch_indicator"\n`);
    expect(zh.err).toMatch(/\n共 18 个问题\n$/);
    // What is left once the paths are gone: the catalog's own ids, names and values, the JSON keys
    // and type names a user writes, and nothing else.
    const problems = zh.err.replaceAll(`${catalogFile}: `, '').replace(/^catalog\S*: /gm, '');
    const written = [
      'Mine',
      'strng',
      'string',
      'integer',
      'number',
      'boolean',
      'date',
      'datetime',
      'enum',
      'colour',
      'Bad id',
      'percent',
      'ratio',
      'count',
      'days',
      'score',
      'currency',
      'higher-better',
      'lower-better',
      'neutral',
      'up',
    ];
    const catalogIds = [
      'filed',
      'nosuch',
      'district',
      'filed_on',
      'procedure',
      'first',
      'second',
      'FIRST',
      'court',
      'gt',
      'good',
      'warning',
      'age',
      'nosuch_indicator',
      'id',
    ];
    expect(englishWords(problems, [...written, ...catalogIds])).toEqual([]);
  });

  it('validate --lang en: the English wording as before', async () => {
    const en = await cli(['validate', catalogFile, '--lang', 'en']);
    expect(en.code).toBe(EXIT.data);
    const at = `${catalogFile}: catalog.`;
    expect(en.err).toContain(`${at}id: expected a catalog id (lower-case letters, digits, - and _), got "Mine"\n`);
    expect(en.err).toContain(`${at}datasets[0].fields[3].values[1]: "FIRST" would mean both "first" and "second"\n`);
    expect(en.err).toContain(
      `${at}indicators[3].measure.of.where.op: "gt" compares numbers or dates; "district" is string\n`,
    );
    expect(en.err).toContain(
      `${at}indicators[5].measure.value: expected a numeric operand (integer or number field, days or age), got a string field\n`,
    );
    expect(en.err).toMatch(/\n18 problems\n$/);
    expect(chineseRuns(en.err)).toEqual([]);
  });

  const casesCsv = join(directory, 'one-case.csv');
  writeFileSync(
    casesCsv,
    '案号,法院,区,案件类型,审级,立案日期,结案日期,审限天数,上诉\nA1,一中院,黄浦区,民事,一审,2019-01-05,2019-02-01,90,否\n',
  );
  const run = [
    'compute',
    '--catalog',
    'court-case-quality',
    '--data',
    `cases=${casesCsv}`,
    '--indicator',
    'clearance_rate',
    '--quiet',
  ];
  const fields = casesDataset.fields.map((field) => field.name);

  it('compute --by nosuch: the unknown field and the fields there are', async () => {
    expect(await cli([...run, '--by', 'nosuch', '--lang', 'zh-CN'])).toMatchObject({
      code: EXIT.usage,
      err: `lawgauge compute: --by: 数据集 "cases" 中没有字段 "nosuch"；已有：${fields.join('、')}\n共 1 个问题\n`,
    });
    expect(await cli([...run, '--by', 'nosuch', '--lang', 'en'])).toMatchObject({
      code: EXIT.usage,
      err: `lawgauge compute: --by: unknown field "nosuch" in dataset "cases"; known: ${fields.join(', ')}\n1 problem\n`,
    });
    // Refused before the file is read: no summary line, and the place is the flag, not evaluate()'s `options.by[0]`.
    const loud = await cli([...run.filter((arg) => arg !== '--quiet'), '--by', 'nosuch', '--lang', 'en']);
    expect(loud.err).toMatch(/^lawgauge compute: --by: unknown field "nosuch"/);
  });

  it('compute --from after --to', async () => {
    const args = [...run, '--from', '2019-05-01', '--to', '2019-01-01'];
    expect(await cli([...args, '--lang', 'zh-CN'])).toMatchObject({
      code: EXIT.usage,
      err: 'lawgauge compute: --from: 开始日期 2019-05-01 晚于结束日期 2019-01-01\n共 1 个问题\n',
    });
    expect(await cli([...args, '--lang', 'en'])).toMatchObject({
      code: EXIT.usage,
      err: 'lawgauge compute: --from: from 2019-05-01 is after to 2019-01-01\n1 problem\n',
    });
  });

  it('compute --sheet 9 on a workbook of 2 sheets names the sheets it has', async () => {
    const workbook = join(directory, 'two-sheets.xlsx');
    writeFileSync(
      workbook,
      writeXlsx([
        { name: '2019年', rows: [['案号'], ['A1']] },
        { name: 'Sheet2', rows: [['x']] },
      ]),
    );
    const args = [
      'compute',
      '--catalog',
      'court-case-quality',
      '--data',
      `cases=${workbook}`,
      '--sheet',
      '9',
      '--indicator',
      'clearance_rate',
    ];
    expect(await cli([...args, '--lang', 'zh-CN'])).toMatchObject({
      code: EXIT.usage,
      err: `lawgauge compute: ${workbook}: 工作簿只有 2 个工作表，没有第 9 个；工作簿中的工作表："2019年"、"Sheet2"\n共 1 个问题\n`,
    });
    expect(await cli([...args, '--lang', 'en'])).toMatchObject({
      code: EXIT.usage,
      err: `lawgauge compute: ${workbook}: the workbook has 2 sheets, so there is no sheet 9; its sheets: "2019年", "Sheet2"\n1 problem\n`,
    });
  });

  it("a first sheet without the header: the workbook's sheets listed under the file's name, not `file.xlsx.sheet`", async () => {
    const workbook = join(directory, '台账.xlsx');
    writeFileSync(
      workbook,
      writeXlsx([
        { name: '说明', rows: [['本表为案件台账']] },
        {
          name: '案件',
          rows: [
            ['案号', '立案日期', '结案日期', '区'],
            ['A1', { date: '2019-01-05' }, null, '黄浦区'],
          ],
        },
      ]),
    );
    const args = [
      'compute',
      '--catalog',
      'court-case-quality',
      '--data',
      `cases=${workbook}`,
      '--indicator',
      'filed_cases',
    ];
    const zh = await cli([...args, '--lang', 'zh-CN']);
    expect(zh.code).toBe(EXIT.usage);
    expect(zh.err).toContain(
      `\n${workbook}: 读取的是第一个工作表 "说明"；工作簿中的工作表："说明"、"案件"——请用 --sheet 选择\n`,
    );
    const en = await cli([...args, '--lang', 'en']);
    expect(en.err).toContain(
      `\n${workbook}: read the first sheet, "说明"; the workbook's sheets: "说明", "案件" — choose one with --sheet\n`,
    );
    expect(en.err).not.toContain('.xlsx.sheet');
  });
});
