import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../src/cli/main.js';

/** Runs the CLI in process, collecting what it writes. */
async function cli(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (text) => void (out += text), err: (text) => void (err += text), errIsTTY: false };
  const code = await runCli(args, io);
  return { code, out, err };
}

const seedCases = new URL('../seeds/cases.csv', import.meta.url).pathname;
const seedMapping = new URL('../seeds/mapping.json', import.meta.url).pathname;

describe('the CLI when things outside it fail', () => {
  it('refuses --out or --rejects naming an input file, before reading anything, and leaves the file alone', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'lawgauge-overwrite-'));
    const data = join(directory, 'cases.csv');
    writeFileSync(data, readFileSync(seedCases));
    for (const option of ['--out', '--rejects']) {
      const run = await cli([
        'compute',
        '--catalog',
        'court-case-quality',
        '--data',
        `cases=${data}`,
        '--map',
        seedMapping,
        option,
        data,
      ]);
      expect(run.code).toBe(2);
      expect(run.err).toContain(`${option} ${data}: that is an input of this run`);
    }
    const ledger = join(directory, 'tasks.csv');
    writeFileSync(ledger, 'task_id,area,title,owner,start_on,due_on\n1,a,t,o,2019-01-01,2019-12-31\n');
    const reform = await cli([
      'reform',
      '--tasks',
      ledger,
      '--out',
      `${directory}/../${directory.split('/').at(-1)}/tasks.csv`,
    ]);
    expect(reform.code).toBe(2);
    expect(reform.err).toContain('that is an input of this run');
    // Through a symbolic link, and --out and --rejects naming one file.
    const link = join(directory, 'link.csv');
    symlinkSync(data, link);
    const linked = await cli([
      'compute',
      '--catalog',
      'court-case-quality',
      '--data',
      `cases=${data}`,
      '--map',
      seedMapping,
      '--out',
      link,
    ]);
    expect([linked.code, linked.err]).toEqual([
      2,
      expect.stringContaining(`--out ${link}: that is an input of this run`),
    ]);
    const both = await cli([
      'compute',
      '--catalog',
      'court-case-quality',
      '--data',
      `cases=${data}`,
      '--map',
      seedMapping,
      '--out',
      join(directory, 'o.csv'),
      '--rejects',
      join(directory, 'o.csv'),
    ]);
    expect([both.code, both.err]).toEqual([2, expect.stringContaining('--out writes the same file')]);
    expect(readFileSync(data).equals(readFileSync(seedCases))).toBe(true);
  });

  it('a workbook on stdin is refused, naming what to do (it is read from a file), not read as text', () => {
    // `npm test` builds dist/ (which the command runs from) before the unit tests.
    const run = spawnSync(
      process.execPath,
      [
        new URL('../bin/lawgauge.js', import.meta.url).pathname,
        'compute',
        '--catalog',
        'court-case-quality',
        '--data',
        'cases=-',
      ],
      {
        input: readFileSync(new URL('../test-browser/pages/cases.xlsx', import.meta.url)),
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'this is an Excel workbook (or an old .xls): give it as a file (--data <dataset>=<file.xlsx>), not on stdin',
    );
  });

  it('an engine that fails is one line naming it, exit 2, no stack trace unless --debug', async () => {
    const args = [
      'compute',
      '--catalog',
      'court-case-quality',
      '--engine',
      'duckdb:',
      '--table',
      'cases=no_such_table',
      '--indicator',
      'clearance_rate',
    ];
    const plain = await cli(args);
    expect(plain.code).toBe(2);
    expect(plain.err).toMatch(/^lawgauge compute: .*no_such_table.*\n\(--debug shows the stack trace\)\n$/);
    expect(plain.err.split('\n')).toHaveLength(3);
    // It names the engine, the dataset and its table, and not the query's internal aliases.
    expect(plain.err).toMatch(
      /^lawgauge compute: duckdb:: failed on dataset "cases" \(no_such_table\): Catalog Error: Table with name no_such_table does not exist!/,
    );
    expect(plain.err).not.toMatch(/lg_c\d|LINE \d/);
    // The driver's own error, as its stack trace prints it.
    const debug = await cli([...args, '--debug']);
    expect(debug.code).toBe(2);
    expect(debug.err).toContain('\nError: Catalog Error: Table with name no_such_table does not exist!');
    expect(debug.err).not.toContain('(--debug shows the stack trace)');
  });

  it("an engine that cannot be reached is named, without its credentials, in the run's language", async () => {
    const args = [
      'compute',
      '--catalog',
      'court-case-quality',
      '--engine',
      'postgres://analyst:secret@127.0.0.1:1/court',
      '--indicator',
      'clearance_rate',
      '--from',
      '2019-01-01',
      '--to',
      '2019-12-31',
    ];
    const english = await cli(args);
    expect(english.code).toBe(2);
    expect(english.err).toMatch(
      /^lawgauge compute: postgres:\/\/127\.0\.0\.1:1\/court: could not connect: .*ECONNREFUSED/,
    );
    expect(english.err).not.toContain('secret');
    const chinese = await cli([...args, '--lang', 'zh-CN']);
    expect(chinese.err).toMatch(/^lawgauge compute: postgres:\/\/127\.0\.0\.1:1\/court：无法连接：/);
  });
});

describe('the CLI on a data file it cannot use', () => {
  const directory = mkdtempSync(join(tmpdir(), 'lawgauge-unusable-'));
  const filedCases = (file: string, lang: string): string[] => [
    'compute',
    '--catalog',
    'court-case-quality',
    '--data',
    `cases=${file}`,
    '--indicator',
    'filed_cases',
    '--lang',
    lang,
  ];

  it('names the file, not the file glued to an internal path, when a column is missing', async () => {
    const file = join(directory, 'nocol.csv');
    writeFileSync(file, '案号\nA1\n');
    const english = await cli(filedCases(file, 'en'));
    expect(english.code).toBe(2);
    expect(english.err).toContain(`lawgauge compute: ${file}: no column for field "filed_on"`);
    expect(english.err).not.toContain('.columns.');
    const chinese = await cli(filedCases(file, 'zh-CN'));
    expect(chinese.err).toContain(`lawgauge compute: ${file}: 字段 "filed_on" 没有对应的列`);
    expect(chinese.err).not.toContain('.columns.');
  });

  it('points at --from/--to and the rejected rows when no record has a usable date', async () => {
    const file = join(directory, 'bad.json');
    writeFileSync(file, JSON.stringify([{ 案号: 'A1', 立案日期: '2019-13-45' }]));
    const english = await cli(filedCases(file, 'en'));
    expect(english.code).toBe(2);
    expect(english.err).toContain(
      'lawgauge compute: no dated records were usable to infer the period range from (1 row(s) quarantined: see the summary above, or list them with --rejects <file>); give --from YYYY-MM-DD and --to YYYY-MM-DD',
    );
    expect(english.err).not.toContain('options.from');
    const chinese = await cli(filedCases(file, 'zh-CN'));
    expect(chinese.code).toBe(2);
    expect(chinese.err).toContain(
      'lawgauge compute: 没有可用的带日期记录，无法推断统计期（1 行被剔除：见上方摘要，或用 --rejects <文件> 列出）；请用 --from YYYY-MM-DD 和 --to YYYY-MM-DD 指定',
    );
    expect(chinese.err).not.toContain('options.from');
  });
});

describe('the CLI given a tab-separated file', () => {
  it('refuses a .tsv by name, in the run’s language, instead of reading each row as one column', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'lawgauge-tsv-'));
    const data = join(directory, 'cases.tsv');
    writeFileSync(data, readFileSync(seedCases, 'utf8').replaceAll(',', '\t'));
    for (const [lang, words] of [
      ['en', 'tab-separated (.tsv) files are not read: save it as CSV'],
      ['zh-CN', '不读制表符分隔（.tsv）的文件：请另存为 CSV'],
    ] as const) {
      const run = await cli([
        'compute',
        '--catalog',
        'court-case-quality',
        '--data',
        `cases=${data}`,
        '--map',
        seedMapping,
        '--lang',
        lang,
      ]);
      expect(run.code).not.toBe(0);
      expect(run.err).toContain(data);
      expect(run.err).toContain(words);
      expect(run.err).not.toMatch(/no column for field|没有.*列/);
    }
  });
});

describe('the CLI given a CSV with a quote left open mid-file', () => {
  it('fails naming the line the quote opened on and the last line, in the run’s language, instead of dropping the rest', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'lawgauge-open-quote-'));
    const data = join(directory, 'q3000.csv');
    const lines = readFileSync(seedCases, 'utf8').split('\n');
    // Data row 3000 is line 3001; the seed has 4,001 lines and a final line break.
    lines[3000] = `"${lines[3000]}`;
    writeFileSync(data, lines.join('\n'));
    for (const [lang, words] of [
      [
        'en',
        'a quoted field opened on line 3001 is never closed: it runs to the end of the file (line 4001), taking 1001 lines into one field; fix the quote',
      ],
      [
        'zh-CN',
        '第 3001 行开始的带引号字段没有闭合：它一直延续到文件末尾（第 4001 行），把 1001 行并成了一个字段；请修正引号',
      ],
    ] as const) {
      const run = await cli([
        'compute',
        '--catalog',
        'court-case-quality',
        '--data',
        `cases=${data}`,
        '--map',
        seedMapping,
        '--lang',
        lang,
      ]);
      expect(run.code).not.toBe(0);
      expect(run.err).toContain(`${data}: ${words}`);
      expect(run.out).toBe('');
    }
  });
});

describe("a dataset's summary block", () => {
  it('keeps its reasons and skipped rows together, with the notes after them; read = used + quarantined + skipped', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'lawgauge-summary-'));
    const file = join(directory, 'cases.ndjson');
    // No 结案日期 anywhere (a check reads it as empty), a blank line, a repeated case, a line that is not JSON.
    writeFileSync(
      file,
      [
        '{"案号":"A1","区":"黄浦区","立案日期":"2019-01-05"}',
        '',
        '{"案号":"A2","区":"黄浦区","立案日期":"2019-01-06"}',
        'not json',
        '{"案号":"A1","区":"黄浦区","立案日期":"2019-01-05"}',
        '',
      ].join('\n'),
    );
    const args = [
      'compute',
      '--catalog',
      'court-case-quality',
      '--data',
      `cases=${file}`,
      '--indicator',
      'filed_cases',
    ];
    const en = await cli([...args, '--max-reject-rate', '1', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.err.split('\n').slice(0, 5)).toEqual([
      `cases: ${file} (ndjson): read 5, used 2, quarantined 2 (50.00%), skipped 1 (1 blank)`,
      // The NDJSON's key 案号 names the field, beside its id.
      '  1 × 案号 (case_id): duplicate_key (e.g. row 5, line 5: duplicate 案号 (case_id) "A1": first read at row 1 (line 1))',
      expect.stringMatching(/^ {2}1 × invalid_json \(e\.g\. row 4, line 4: line 4 is not JSON/),
      '  skipped: line 2 (blank)',
      'note: cases: the file has no column for "closed_on", so check "closed_after_filed" reads it as empty',
    ]);
    const zh = await cli([...args, '--max-reject-rate', '1', '--lang', 'zh-CN']);
    expect(zh.err.split('\n')[3]).toBe('  跳过：第 2 行（空行）');
    expect(zh.err.split('\n')[4]).toMatch(/^注意：cases：文件没有 "closed_on" 列/);
  });
});

describe('a --data path that is a folder', () => {
  it("is named with the reason in the run's language, not Node's bare EISDIR", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lawgauge-folder-'));
    const args = [
      'compute',
      '--catalog',
      'court-case-quality',
      '--data',
      `cases=${folder}`,
      '--indicator',
      'filed_cases',
    ];
    expect(await cli([...args, '--lang', 'en'])).toMatchObject({
      code: 2,
      err: `lawgauge compute: ${folder}: cannot read the file: this is a folder, not a file\n1 problem\n`,
    });
    expect(await cli([...args, '--lang', 'zh-CN'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(new RegExp(`^lawgauge compute: ${folder}: 无法读取该文件：.+\\n共 1 个问题\\n$`)),
    });
  });
});

describe('--sheet with no workbook among the files', () => {
  it('is noted, not silently ignored, in both languages', async () => {
    const args = ['compute', '--catalog', 'court-case-quality', '--data', `cases=${seedCases}`, '--indicator'];
    const en = await cli([...args, 'filed_cases', '--sheet', '2', '--quiet', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.err).toBe(
      `note: --sheet chooses a sheet of a workbook (.xlsx); ${seedCases} is not one, so it is not used\n`,
    );
    const zh = await cli([...args, 'filed_cases', '--sheet', '案件', '--quiet', '--lang', 'zh-CN']);
    expect(zh.err).toBe(`注意：--sheet 用于选择工作簿（.xlsx）中的工作表；${seedCases} 不是工作簿，因此未使用该选项\n`);
    const ledgers = new URL('../seeds/shanghai-2019/', import.meta.url).pathname;
    const reform = await cli([
      'reform',
      '--tasks',
      `${ledgers}reform_tasks.csv`,
      '--milestones',
      `${ledgers}reform_milestones.csv`,
      '--milestones-sheet',
      '节点',
      '--as-of',
      '2019-12-31',
      '--quiet',
      '--lang',
      'en',
    ]);
    expect(reform.code).toBe(0);
    expect(reform.err).toBe(
      `note: --milestones-sheet chooses a sheet of a workbook (.xlsx); ${ledgers}reform_milestones.csv is not one, so it is not used\n`,
    );
  });
});

describe('compute: a case number repeated after its first row was quarantined', () => {
  it('reports the second copy as a duplicate of the first, whatever happened to the first, and does not use it', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'lawgauge-duplicates-'));
    const file = join(directory, 'cases.csv');
    writeFileSync(
      file,
      '案号,区,立案日期,结案日期\nA1,黄浦区,2019-02-30,2019-03-01\nA1,浦东新区,2019-01-07,2019-03-01\nA2,黄浦区,2019-01-07,\n',
    );
    const args = [
      'compute',
      '--catalog',
      'court-case-quality',
      '--data',
      `cases=${file}`,
      '--indicator',
      'filed_cases',
    ];
    const en = await cli([...args, '--max-reject-rate', '1', '--lang', 'en', '--format', 'csv']);
    expect(en.err).toContain('read 3, used 1, quarantined 2');
    expect(en.err).toContain(
      '1 × 案号 (case_id): duplicate_key (e.g. row 2, line 3: duplicate 案号 (case_id) "A1": first read at row 1 (line 2))',
    );
    const zh = await cli([...args, '--max-reject-rate', '1', '--lang', 'zh-CN']);
    expect(zh.err).toContain('案号（case_id）重复："A1"，首次出现在第 1 条记录（第 2 行）');
  });
});
