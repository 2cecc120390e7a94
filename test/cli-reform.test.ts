import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../src/cli/main.js';
import type { ReformReport } from '../src/index.js';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text), errIsTTY: false });
  return { code, out, err };
}

// A 任务台账 numbered as offices number it, with its area written out in Chinese.
const ledger = `任务编号,上级任务,领域,任务名称,责任单位,开始日期,完成时限,完成日期
1,,司法体制综合配套改革,深化司法责任制,市高院,2019-01-01,2019-12-31,
1.1,1,司法体制综合配套改革,完善办案团队,市高院,2019-01-01,2019-06-30,2019-06-20
（二）,1,司法体制综合配套改革,推进繁简分流,市高院,2019-02-01,2019-09-30,
`;
const directory = mkdtempSync(join(tmpdir(), 'lawgauge-reform-'));
const tasks = join(directory, 'reform_tasks.csv');
writeFileSync(tasks, ledger);
const asOf = ['--as-of', '2019-07-31', '--quiet'];

describe('lawgauge reform --tasks on a ledger with numbered tasks and Chinese areas', () => {
  it('reads it and keeps the ids 1, 1.1, (二) and the area as written in the CSV', async () => {
    const { code, out, err } = await cli('reform', '--tasks', tasks, ...asOf, '--format', 'csv');
    expect(err).toBe('');
    expect(code).toBe(EXIT.ok);
    expect(out.trim().split('\r\n')).toEqual([
      'task_id,parent_id,area,owner,status,light,progress,due_on,completed_on,verified_on,days_late,title,title_en',
      '1,,司法体制综合配套改革,市高院,in_progress,green,0.5,2019-12-31,,,,深化司法责任制,深化司法责任制',
      '1.1,1,司法体制综合配套改革,市高院,completed,green,1,2019-06-30,2019-06-20,,,完善办案团队,完善办案团队',
      '(二),1,司法体制综合配套改革,市高院,in_progress,green,0,2019-09-30,,,,推进繁简分流,推进繁简分流',
    ]);
  });

  it('keeps them in the JSON report and the table', async () => {
    const report = JSON.parse((await cli('reform', '--tasks', tasks, ...asOf, '--format', 'json')).out) as ReformReport;
    expect(report.tasks.map((task) => [task.id, task.parent, task.area])).toEqual([
      ['1', null, '司法体制综合配套改革'],
      ['1.1', '1', '司法体制综合配套改革'],
      ['(二)', '1', '司法体制综合配套改革'],
    ]);
    expect(report.byArea.map((area) => [area.id, area.label])).toEqual([
      ['司法体制综合配套改革', { 'zh-CN': '司法体制综合配套改革', en: '司法体制综合配套改革' }],
    ]);
    const table = (await cli('reform', '--tasks', tasks, ...asOf)).out;
    expect(table).toContain('\n  1.1 完善办案团队 ');
    expect(table).toContain('\n  (二) 推进繁简分流 ');
  });
});

describe('lawgauge reform table heading', () => {
  it("starts with the programme's title in the run's language, not the dataset id", async () => {
    const zh = (await cli('reform', '--tasks', tasks, ...asOf, '--lang', 'zh-CN')).out;
    expect(zh.split('\n')[0]).toBe('改革任务台账');
    const en = (await cli('reform', '--tasks', tasks, ...asOf, '--lang', 'en')).out;
    expect(en.split('\n')[0]).toBe('Reform task ledger');
  });

  it("words the headline rates with the run's language's punctuation", async () => {
    const zh = (await cli('reform', '--tasks', tasks, ...asOf, '--lang', 'zh-CN')).out.split('\n');
    expect(zh[1]).toMatch(
      /^截至 2019-07-31（按 2 项末级任务计）：完成率（按任务数） [\d.]+%，完成率（按权重） [\d.]+%，销号率 [\d.]+%，按期完成率 [\d.]+%$/,
    );
    expect(zh[2]).toMatch(/^预计全部完成：/);
    const en = (await cli('reform', '--tasks', tasks, ...asOf, '--lang', 'en')).out.split('\n');
    expect(en[1]).toMatch(
      /^As of 2019-07-31 \(of 2 leaf tasks\): Completion \(by count\) [\d.]+%, Completion \(by weight\) [\d.]+%, Verified/,
    );
  });

  it('takes the title from --title and --title-en', async () => {
    const title = ['--title', '2019年政法改革任务', '--title-en', 'Political-legal reforms 2019'];
    expect((await cli('reform', '--tasks', tasks, ...asOf, ...title, '--lang', 'zh-CN')).out.split('\n')[0]).toBe(
      '2019年政法改革任务',
    );
    expect((await cli('reform', '--tasks', tasks, ...asOf, ...title, '--lang', 'en')).out.split('\n')[0]).toBe(
      'Political-legal reforms 2019',
    );
    expect(
      (await cli('reform', '--tasks', tasks, ...asOf, '--title', '政法改革', '--lang', 'en')).out.split('\n')[0],
    ).toBe('政法改革');
    expect(
      (await cli('reform', '--tasks', tasks, ...asOf, '--title-en', 'Reforms', '--lang', 'zh-CN')).out.split('\n')[0],
    ).toBe('改革任务台账');
  });

  it("starts with a JSON programme's label", async () => {
    const { out } = await cli(
      'reform',
      '--programme',
      'seeds/shanghai-2019/programme.json',
      '--as-of',
      '2019-12-31',
      '--lang',
      'en',
    );
    expect(out.split('\n')[0]).toBe('Shanghai 2019 political-legal reform tasks (sample) (synthetic data)');
  });

  it('refuses --title with --programme, whose label is the title', async () => {
    expect(await cli('reform', '--programme', 'seeds/shanghai-2019/programme.json', '--title', 'x')).toMatchObject({
      code: EXIT.usage,
    });
  });
});

describe('lawgauge reform: ledger rows the ingest quarantines', () => {
  it('a parent verified before it was completed is quarantined, and so is its child, the summary and rejects naming both', async () => {
    const broken = join(directory, 'broken.csv');
    writeFileSync(
      broken,
      `任务编号,上级任务,领域,任务名称,责任单位,开始日期,完成时限,完成日期,销号日期
1,,司法体制综合配套改革,深化司法责任制,市高院,2019-01-01,2019-12-31,2019-06-01,2019-05-01
1.1,1,司法体制综合配套改革,完善办案团队,市高院,2019-01-01,2019-06-30,2019-06-20,
2,,司法体制综合配套改革,推进繁简分流,市高院,2019-02-01,2019-09-30,,
`,
    );
    const rejects = join(directory, 'broken-rejects.csv');
    const { code, err } = await cli(
      'reform',
      '--tasks',
      broken,
      '--as-of',
      '2019-07-31',
      '--rejects',
      rejects,
      '--lang',
      'en',
    );
    // Two of three rows rejected: over --max-reject-rate, but the run went on (no tree error).
    expect(code).toBe(EXIT.data);
    const [summary] = err.split('\n');
    expect(summary).toMatch(/^reform_tasks: .*read 3, used 1, quarantined 2/);
    expect(err).toContain('销号日期 (verified_on): check_failed');
    expect(err).toContain(
      '上级任务 (parent_id): unknown_parent (e.g. row 2, line 3: task "1.1": no usable row has its parent task id "1"',
    );
    expect(readFileSync(rejects, 'utf8')).toContain('check_failed');
    expect(readFileSync(rejects, 'utf8')).toContain('unknown_parent');
  });

  it("a repeated task id: the later row is quarantined, naming the first row's line", async () => {
    const repeated = join(directory, 'repeated.csv');
    writeFileSync(repeated, `${ledger}（二）,1,司法体制综合配套改革,推进繁简分流,市高院,2019-02-01,2019-09-30,\n`);
    const { err } = await cli(
      'reform',
      '--tasks',
      repeated,
      '--as-of',
      '2019-07-31',
      '--lang',
      'en',
      '--max-reject-rate',
      '1',
    );
    expect(err).toContain('duplicate 任务编号 (task_id) "（二）": first read at row 3 (line 4)');
  });
});

describe('lawgauge reform: a task under an unknown parent, and an id repeated after a rejected row', () => {
  // The trial's ledger: 1.2 first rejected for 2019/6/31 then repeated; 1.3 under a parent 9.9 no row has.
  const trial = join(directory, 'tasks.csv');
  writeFileSync(
    trial,
    `task_id,parent_id,area,title,title_en,owner,weight,start_on,due_on,completed_on,verified_on
1,,security,总任务,Task one,市公安局,1,2019/2/12,2019/12/31,,
1.1,1,security,子任务,Sub one,市公安局,1,2019/2/12,2019/6/30,2019/6/1,2019/6/2
1.2,1,security,坏日期,Bad date,市公安局,1,2019/2/12,2019/6/31,,
1.2,1,security,好日期,Good date,市公安局,1,2019/2/12,2019/6/30,,
1.3,9.9,security,孤儿,orphan,市公安局,1,2019/2/12,2019/6/30,,
1.3.1,1.3,security,孤儿之子,orphan's child,市公安局,1,2019/2/12,2019/6/30,,
`,
  );
  const run = (lang: string) =>
    cli('reform', '--tasks', trial, '--as-of', '2019-12-31', '--lang', lang, '--max-reject-rate', '1');

  it('quarantines the orphan and the task under it with their lines, reports the repeated id, and goes on', async () => {
    const { code, out, err } = await run('en');
    expect(code).toBe(EXIT.ok);
    expect(err.split('\n')[0]).toMatch(/^reform_tasks: .*tasks\.csv .*read 6, used 2, quarantined 4/);
    expect(err).toContain(
      '2 × parent_id: unknown_parent (e.g. row 5, line 6: task "1.3": no usable row has its parent task id "9.9", so it cannot be rolled up)',
    );
    expect(err).toContain(
      'task_id: duplicate_key (e.g. row 4, line 5: duplicate task_id "1.2": first read at row 3 (line 4))',
    );
    expect(out).toContain('1.1 Sub one');
    expect(out).not.toContain('orphan');
  });

  it('says so in Chinese too', async () => {
    const { err } = await run('zh-CN');
    expect(err).toContain('第 5 条记录（第 6 行）：任务 "1.3"：上级任务 "9.9" 没有可用的行，无法汇总');
  });

  it('--rejects lists each row with its line: the orphan, the task under it and the repeated id', async () => {
    const rejects = join(directory, 'trial-rejects.csv');
    await cli('reform', '--tasks', trial, '--as-of', '2019-12-31', '--max-reject-rate', '1', '--rejects', rejects);
    const lines = readFileSync(rejects, 'utf8').split('\r\n').join('\n').split('\n');
    expect(lines.filter((line) => line.includes('unknown_parent')).map((line) => line.split(',').slice(0, 5))).toEqual([
      ['reform_tasks', '5', '6', 'parent_id', '9.9'],
      ['reform_tasks', '6', '7', 'parent_id', '1.3'],
    ]);
    expect(lines.some((line) => line.startsWith('reform_tasks,4,5,task_id,1.2,duplicate_key'))).toBe(true);
  });

  it('a ledger whose every task is an orphan: no usable task, with the counts, in both languages, exit 2', async () => {
    const orphans = join(directory, 'orphans.csv');
    writeFileSync(
      orphans,
      `task_id,parent_id,area,title,owner,start_on,due_on
1.3,9.9,security,孤儿,市公安局,2019-02-12,2019-06-30
1.3.1,1.3,security,孤儿之子,市公安局,2019-02-12,2019-06-30
`,
    );
    const en = await cli('reform', '--tasks', orphans, '--as-of', '2019-12-31', '--lang', 'en');
    expect(en.code).toBe(EXIT.usage);
    expect(en.err).toContain(
      `lawgauge reform: ${orphans}: no usable task remains (read 2, used 0, quarantined 2, skipped 0); the summary above says why for each kind of problem, --rejects <file> lists every row`,
    );
    expect(en.err).not.toContain('programme.tasks');
    const zh = await cli('reform', '--tasks', orphans, '--as-of', '2019-12-31', '--lang', 'zh-CN');
    expect(zh.code).toBe(EXIT.usage);
    expect(zh.err).toContain(`${orphans}：没有可用的任务（读取 2 行，可用 0，剔除 2，跳过 0）`);
    expect(zh.err).not.toContain('programme.');
  });

  it('the headline rates say they are over the leaf tasks, in both languages', async () => {
    expect((await run('en')).out).toContain('As of 2019-12-31 (of 1 leaf task): Completion (by count) 100.0%');
    expect((await run('zh-CN')).out).toContain('截至 2019-12-31（按 1 项末级任务计）：');
  });
});

describe('lawgauge reform --milestones: a milestone whose task is quarantined or absent', () => {
  // The trial's ledgers: 1.2's rows were quarantined (a bad date, then the repeated id); 9 is no task.
  const trial = join(directory, 'ms-tasks.csv');
  writeFileSync(
    trial,
    `task_id,parent_id,area,title,owner,start_on,due_on,completed_on
1,,security,总任务,市公安局,2019/2/12,2019/12/31,
1.1,1,security,子任务,市公安局,2019/2/12,2019/6/30,2019/6/1
1.2,1,security,坏日期,市公安局,2019/2/12,2019/6/31,
1.2,1,security,重复,市公安局,2019/2/12,2019/6/30,
`,
  );
  const milestones = join(directory, 'ms.csv');
  writeFileSync(
    milestones,
    `任务编号,节点,计划日期,完成日期
1.1,试点,2019/4/1,2019/3/28
1.2,试点,2019/4/1,
9,验收,2019/5/1,
`,
  );
  const run = (lang: string, ...more: string[]) =>
    cli('reform', '--tasks', trial, '--milestones', milestones, '--as-of', '2019-12-31', '--lang', lang, ...more);

  it('quarantines them with the milestones file, row and line, counts them and goes on', async () => {
    const { code, out, err } = await run('en', '--max-reject-rate', '1');
    expect(code).toBe(EXIT.ok);
    expect(err).toMatch(/reform_milestones: .*ms\.csv .*read 3, used 1, quarantined 2/);
    expect(err).toContain(
      '2 × 任务编号 (task_id): unknown_task (e.g. row 2, line 3: milestone "试点": its task "1.2" was quarantined in the tasks ledger)',
    );
    expect(out).toContain('1.1');
  });

  it('says so in Chinese, and the default reject rate fails the run only after the report', async () => {
    const { code, out, err } = await run('zh-CN');
    expect(code).toBe(EXIT.data);
    expect(err).toContain('第 2 条记录（第 3 行）：节点 "试点"：所属任务 "1.2" 在任务台账中已被剔除');
    expect(out).toContain('1.1');
  });

  it('--rejects names each milestone row and line, and whether its task is absent', async () => {
    const rejects = join(directory, 'ms-rejects.csv');
    await run('en', '--max-reject-rate', '1', '--rejects', rejects);
    const lines = readFileSync(rejects, 'utf8').split(/\r?\n/);
    expect(lines.filter((line) => line.includes('unknown_task')).map((line) => line.split(',').slice(0, 6))).toEqual([
      ['reform_milestones', '2', '3', 'task_id', '1.2', 'unknown_task'],
      ['reform_milestones', '3', '4', 'task_id', '9', 'unknown_task'],
    ]);
    expect(lines.find((line) => line.includes(',9,unknown_task'))).toContain('no usable row in the tasks ledger');
  });

  it('a ledger that quarantined nothing: the task is absent', async () => {
    const { code, err } = await cli('reform', '--tasks', tasks, '--milestones', milestones, '--as-of', '2019-12-31');
    expect(code).toBe(EXIT.data);
    expect(err).toContain('milestone "试点": its task "1.2" is not in the tasks ledger');
  });
});

describe('lawgauge reform --map: a ledger whose headers are spelled otherwise', () => {
  // An office's own headers: 序号 for 任务编号, 牵头单位 for 责任单位, 截止日期 written DD/MM/YYYY.
  const own = join(directory, 'own-headers.csv');
  writeFileSync(
    own,
    `序号,上级任务,领域,任务名称,牵头单位,开始日期,截止日期,完成日期
1,,司法体制综合配套改革,深化司法责任制,市高院,2019-01-01,31/12/2019,
`,
  );
  const mapping = join(directory, 'reform-mapping.json');
  writeFileSync(
    mapping,
    JSON.stringify({
      reform_tasks: {
        columns: { task_id: '序号', owner: '牵头单位', due_on: '截止日期' },
        formats: { due_on: 'DD/MM/YYYY' },
      },
    }),
  );

  it('without --map, the missing columns are named and the hint to name them in a mapping can be followed', async () => {
    const { code, err } = await cli('reform', '--tasks', own, ...asOf, '--lang', 'en');
    expect(code).toBe(EXIT.usage);
    expect(err).toContain(`${own}: no column for field "task_id" (looked for "task_id", "任务编号", "Task id")`);
    expect(err).toContain(`name it in the mapping's "columns"`);
  });

  it('with --map, reads the ledger through the reform_tasks entry', async () => {
    const { code, out, err } = await cli('reform', '--tasks', own, '--map', mapping, ...asOf, '--format', 'csv');
    expect(err).toBe('');
    expect(code).toBe(EXIT.ok);
    expect(out.trim().split('\r\n')[1]).toBe(
      '1,,司法体制综合配套改革,市高院,in_progress,green,0,2019-12-31,,,,深化司法责任制,深化司法责任制',
    );
  });

  it('refuses --map with --programme, in both languages', async () => {
    const programme = ['reform', '--programme', 'seeds/shanghai-2019/programme.json', '--map', mapping];
    expect(await cli(...programme, '--lang', 'en')).toMatchObject({
      code: EXIT.usage,
      err: expect.stringContaining('--map names the headers of ledgers (--tasks, --milestones)'),
    });
    expect((await cli(...programme, '--lang', 'zh-CN')).err).toContain(
      '--map 用于说明台账（--tasks、--milestones）的表头',
    );
  });
});
