// Command lines the CLI refuses, in both languages: every command's unknown options (with the
// nearest spelling it has), a missing value, a value given to a flag, an option given two values,
// `--flag=value` forms, an extra argument, an unknown command or help topic. Each is the CLI's own
// sentence naming the option as typed, never Node's English parser message, and exits 2. And each
// command's --help lists every option it takes, with its default, in both languages, as docs/cli.md does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closest, closestName, editDistance } from '../src/model/closest.js';
import { OPTIONS as COMPUTE_OPTIONS } from '../src/cli/compute.js';
import { EXIT, runCli } from '../src/cli/main.js';
import { MESSAGES } from '../src/cli/cli-lang.js';
import { COMMANDS } from '../src/cli/messages/messages.js';
import { OPTIONS as REFORM_OPTIONS } from '../src/cli/reform-command.js';
import { OPTIONS as RENDER_OPTIONS } from '../src/cli/render-command.js';
import { OPTIONS as SQL_OPTIONS } from '../src/cli/sql-command.js';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    errIsTTY: false,
    env: {},
  });
  return { code, out, err };
}

/** Node's parseArgs wording, which must never reach the user. */
const NODE_WORDS =
  /Unknown option '|argument missing|does not take an argument|argument is ambiguous|Unexpected argument '/;

describe('editDistance and closest', () => {
  it('counts a swap of neighbours as one edit, and suggests only a near name', () => {
    expect(editDistance('widht', 'width')).toBe(1);
    expect(editDistance('catalg', 'catalog')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(closest('formt', ['format', 'from', 'out'])).toBe('format');
    expect(closest('comptue', ['compute', 'catalogs'])).toBe('compute');
    expect(closest('fo', ['format', 'from'])).toBeUndefined();
    expect(closest('frobnicate', Object.keys(COMPUTE_OPTIONS))).toBeUndefined();
  });

  it('closestName: a Chinese name may be half its length away, an ASCII one as closest', () => {
    const headers = ['案号', '区', '立案时间', '结案日期'];
    expect(closestName('立案日期', ['案号', '区', '立案时间'])).toBe('立案时间');
    // The nearest wins: 结案日期 is one edit from 立案日期, 立案时间 two.
    expect(closestName('立案日期', headers)).toBe('结案日期');
    expect(closestName('编号', headers)).toBe('案号');
    expect(closestName('审限天数', headers)).toBeUndefined();
    expect(closestName(' filedon ', ['filed_on', 'closed_on'])).toBe('filed_on');
    expect(closestName('filed_date', ['filed_on', 'closed_on'])).toBeUndefined();
  });
});

/** A compute command line that gets as far as the option values (the file is never read). */
const COMPUTE_BASE = ['compute', '--catalog', 'court-case-quality', '--data', 'cases=cases.csv'];

describe('a command line the CLI refuses: its own words in both languages, exit 2', () => {
  const cases: readonly (readonly [args: readonly string[], en: string, zh: string])[] = [
    [
      ['compute', '--catalg', 'court-case-quality'],
      'lawgauge compute: unknown option --catalg; did you mean --catalog?\nRun "lawgauge compute --help" for its usage.\n',
      'lawgauge compute: 未知的选项 --catalg；是否要用 --catalog？\n用法见 "lawgauge compute --help"。\n',
    ],
    [
      ['compute', '--catalog=court-case-quality', '--formt=csv'],
      'unknown option --formt; did you mean --format?',
      '未知的选项 --formt；是否要用 --format？',
    ],
    [['sql', '--dialekt', 'postgres'], 'unknown option --dialekt; did you mean --dialect?', '是否要用 --dialect？'],
    [
      ['reform', '--task', 'x.csv'],
      'unknown option --task; did you mean --tasks?',
      '未知的选项 --task；是否要用 --tasks？',
    ],
    [['render', '--widht', '5'], 'unknown option --widht; did you mean --width?', '是否要用 --width？'],
    [['catalogs', '--verbose'], 'lawgauge catalogs: unknown option --verbose\n', '未知的选项 --verbose\n'],
    [['validate', '--strict', 'x.json'], 'lawgauge validate: unknown option --strict\n', '未知的选项 --strict\n'],
    [['schema', '--all'], 'lawgauge schema: unknown option --all\n', '未知的选项 --all\n'],
    [['compute', '-x'], 'unknown option -x\n', '未知的选项 -x\n'],
    [['compute', '--frobnicate'], 'unknown option --frobnicate\n', '未知的选项 --frobnicate\n'],
    [['compute', '--catalog'], 'lawgauge compute: --catalog needs a value\n', '选项 --catalog 缺少值'],
    [['sql', '--catalog', '--from', '2019-01-01'], '--catalog needs a value', '选项 --catalog 缺少值'],
    [['render', '--width', '-5'], 'write --width=<value> for such a value', '这样的值请写成 --width=<值>'],
    [['compute', '--quiet=yes'], '--quiet takes no value', '选项 --quiet 不带值'],
    [['catalogs', 'extra'], 'unexpected argument "extra": this command takes no more arguments', '多余的参数 "extra"'],
    [['validate', 'a.json', 'b.json'], 'unexpected argument "b.json"', '多余的参数 "b.json"'],
    [['compute', '--catalog', 'x', 'cases.csv'], 'unexpected argument "cases.csv"', '多余的参数 "cases.csv"'],
    [
      ['comptue'],
      'lawgauge comptue: unknown command "comptue"; did you mean "compute"?\nRun "lawgauge --help" for usage.\n',
      'lawgauge comptue: 未知的命令 "comptue"；是否要用 "compute"？\n用法见 "lawgauge --help"。\n',
    ],
    [['frobnicate'], 'unknown command "frobnicate"\n', '未知的命令 "frobnicate"\n'],
    [['schema', 'reprot'], ', got "reprot"; did you mean "report"?', '，实为 "reprot"；是否要用 "report"？'],
    [['help', 'rendr'], 'lawgauge help: unknown command "rendr"; did you mean "render"?', '是否要用 "render"？'],
    [['valdate', '--help'], 'unknown command "valdate"; did you mean "validate"?', '是否要用 "validate"？'],
    // An indicator id misspelt: the nearest id, for each one close to one (not "zzz").
    [
      [...COMPUTE_BASE, '--indicator', 'clearence_rate,zzz,effeciency'],
      '--indicator: unknown "clearence_rate" (did you mean "clearance_rate"?), "zzz", "effeciency" (did you mean "efficiency"?) in catalog "court-case-quality"; indicators: filed_cases,',
      '--indicator：指标目录 "court-case-quality" 中没有 "clearence_rate"（是否要用 "clearance_rate"？）、"zzz"、"effeciency"（是否要用 "efficiency"？）；指标：filed_cases、',
    ],
    // A date written YYYY-MM-DD that does not exist: why, worded as the ingest words it.
    [
      [...COMPUTE_BASE, '--from', '2019-02-30'],
      'lawgauge compute: --from: "2019-02-30" is not a real date: 2019-02 has 28 days, not 30\n',
      'lawgauge compute: --from："2019-02-30" 不是存在的日期：2019年2月只有 28 天\n',
    ],
    [
      ['reform', '--tasks', 'x.csv', '--as-of', '2020-02-31'],
      '--as-of: "2020-02-31" is not a real date: 2020-02 has 29 days, not 31\n',
      '--as-of："2020-02-31" 不是存在的日期：2020年2月只有 29 天\n',
    ],
    [
      [...COMPUTE_BASE, '--to', '2019-13-01'],
      '--to: "2019-13-01" is not a real date\n',
      '--to："2019-13-01" 不是存在的日期\n',
    ],
    [
      [...COMPUTE_BASE, '--to', '2019/03/01'],
      '--to: expected a date YYYY-MM-DD, got "2019/03/01"',
      '--to：应为 YYYY-MM-DD 格式的日期，实为 "2019/03/01"',
    ],
  ];

  it.each(cases)('%j', async (args, en, zh) => {
    const english = await cli(...args, '--lang', 'en');
    expect(english.code).toBe(EXIT.usage);
    expect(english.out).toBe('');
    expect(english.err).toContain(en);
    expect(english.err).not.toMatch(NODE_WORDS);
    const chinese = await cli('--lang', 'zh-CN', ...args);
    expect(chinese.code).toBe(EXIT.usage);
    expect(chinese.err).toContain(zh);
    expect(chinese.err).not.toMatch(NODE_WORDS);
  });

  it('an option given different values: the last is used, with a note naming both; the same value twice is taken', async () => {
    const base = ['compute', '--catalog', 'nope', '--data', 'cases=x.csv', '--format', 'csv'];
    const en = await cli(...base, '--format=json', '--lang', 'en');
    expect(en.code).toBe(EXIT.usage);
    expect(en.err).toMatch(
      /^note: --format is given more than once; the last, "json", is used, not "csv"\nlawgauge compute: --catalog: "nope" is neither/,
    );
    const zh = await cli(...base, '--format', 'table', '--format', 'json', '--lang', 'zh-CN');
    expect(zh.err).toMatch(/^注意：选项 --format 给了不止一次；用最后一个 "json"，不用 "csv"\n/);
    expect((await cli(...base, '--format', 'csv', '--lang', 'en')).err).not.toContain('note:');
    expect((await cli('schema', 'report', '--lang', 'en')).code).toBe(EXIT.ok);
    expect((await cli('validate', '--', '--strict', '--lang', 'en')).err).toContain('unexpected argument "--lang"');
  });

  it("errors name no command twice (not 'lawgauge sql: sql: …')", async () => {
    for (const args of [
      ['sql'],
      ['sql', '--catalog', 'court-case-quality'],
      ['validate'],
      ['schema', 'x'],
      ['reform'],
    ]) {
      const { err } = await cli(...args, '--lang', 'en');
      expect(err).not.toMatch(/^lawgauge (\w+): \1:/);
    }
  });
});

describe("each command's --help: every option with its default, in both languages", () => {
  const optionsOf: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
    compute: COMPUTE_OPTIONS,
    sql: SQL_OPTIONS,
    reform: REFORM_OPTIONS,
    render: RENDER_OPTIONS,
  };
  const docs = readFileSync(new URL('../docs/cli.md', import.meta.url), 'utf8');

  it.each(COMMANDS)('%s', async (command) => {
    const en = await cli(...(command === 'help' ? ['help', 'help'] : [command, '--help']), '--lang', 'en');
    const zh = await cli('help', command, '--lang', 'zh-CN');
    expect(en).toMatchObject({ code: EXIT.ok, err: '' });
    expect(zh).toMatchObject({ code: EXIT.ok, err: '' });
    expect(en.out).toMatch(new RegExp(`^Usage:\\n  lawgauge ${command}`));
    expect(zh.out).toMatch(new RegExp(`^用法：\\n  lawgauge ${command}`));
    // The option column: `  --name …` at the start of a line, the same options in the same order.
    const listed = (out: string): string[] => [...out.matchAll(/^ {2}(--[a-z-]+)/gm)].map((match) => match[1]!);
    expect(listed(zh.out)).toEqual(listed(en.out));
    const names = Object.keys(optionsOf[command] ?? {}).map((name) => `--${name}`);
    expect(listed(en.out).sort()).toEqual([...names, '--lang', '--debug', '--help'].sort());
    // An option that is not required says its default (or that it is required, or its alternative).
    for (const out of [en.out, zh.out])
      for (const line of out.split(/\n(?= {2}--)/).filter((part) => /^ {2}--/.test(part)))
        expect(line).toMatch(/default|默认|required|必填|必给|instead of|代替|this help|本帮助|画整个看板/);
    expect(en.out).toContain('Exit codes: 0 ok; 1 data');
    expect(zh.out).toContain('退出码：0 成功；1 数据问题');
    // docs/cli.md lists each option as --help does: `| --option <value> | what it does (default) |`.
    for (const [option, text] of MESSAGES.en.commandHelp[command].options)
      expect(docs).toContain(`| \`${option.replaceAll('|', '\\|')}\` | ${text.replaceAll('|', '\\|')} |`);
  });

  it('lawgauge help and --help still give every command, with a pointer to the per-command help', async () => {
    expect((await cli('help', '--lang', 'en')).out).toContain("lawgauge <command> --help    a command's options");
    expect((await cli('--help', '--lang', 'zh-CN')).out).toContain('lawgauge <命令> --help');
  });
});
