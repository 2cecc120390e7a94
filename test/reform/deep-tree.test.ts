import { describe, expect, it } from 'vitest';
import {
  checkReformReportShape,
  ingestCsv,
  parseProgramme,
  programmeFromTables,
  progress,
  reformReportAsOf,
  REFORM_TASKS_DATASET,
  type Programme,
  type ReformReport,
} from '../../src/index.js';
import { checkProgramme } from '../../src/internal.js';
import { reformCsv, reformTable } from '../../src/cli/reform-command.js';

const DEPTH = 3000;
const label = { 'zh-CN': '深层任务', en: 'Deep tasks' };

/** Task k is the parent of task k + 1: one chain DEPTH levels deep; only the last (the leaf) is done. */
function chain(parentOfFirst: string | null = null): Programme {
  const tasks = Array.from({ length: DEPTH }, (_, k) => ({
    id: `t${k + 1}`,
    parent: k === 0 ? parentOfFirst : `t${k}`,
    area: 'judicial',
    title: label,
    owner: '市高院',
    start_on: '2019-01-01',
    due_on: '2019-12-31',
    ...(k === DEPTH - 1 ? { completed_on: '2019-05-01' } : {}),
  }));
  return { id: 'deep', label, areas: [{ id: 'judicial', label }], tasks };
}

describe('a task tree 3,000 levels deep (each task the parent of the next)', () => {
  it('progress(programme) computes depth, statuses and progress rolled up the whole chain', () => {
    const report = progress(chain(), { asOf: '2019-06-30' });
    expect(report.tasks).toHaveLength(DEPTH);
    expect(report.tasks[DEPTH - 1]).toMatchObject({
      id: `t${DEPTH}`,
      depth: DEPTH - 1,
      leaf: true,
      status: 'completed',
      progress: 1,
    });
    expect(report.tasks[0]).toMatchObject({ id: 't1', depth: 0, leaf: false, progress: 1 });
    expect(report.tasks.filter((task) => task.leaf)).toHaveLength(1);
    expect(report.completionRate).toBe(1);
  });

  it('checkProgramme finds a cycle that closes through the whole chain, once', () => {
    const issues = checkProgramme(chain(`t${DEPTH}`));
    expect(issues.map((issue) => issue.code)).toEqual(['cycle']);
    expect(issues[0]!.message.startsWith('tasks form a cycle: t1 → t3000 → t2999')).toBe(true);
  });

  it('reformReportAsOf, the shape check, the CSV and the table take it', () => {
    const programme = chain();
    const report = JSON.parse(JSON.stringify(progress(programme, { asOf: '2019-06-30' }))) as ReformReport;
    expect(checkReformReportShape(report)).toBe(report);
    expect(reformReportAsOf(report, '2019-04-30')).toEqual(progress(programme, { asOf: '2019-04-30' }));
    expect(reformCsv(report, { bom: false }).split('\r\n')).toHaveLength(DEPTH + 2);
    expect(reformTable(report, 'en').split('\n').length).toBeGreaterThan(DEPTH);
  });

  it('programmeFromTables reads the chain from a ledger', () => {
    const rows = chain().tasks.map((task) =>
      [
        task.id,
        task.parent ?? '',
        task.area,
        '深层',
        task.owner,
        task.start_on,
        task.due_on,
        task.completed_on ?? '',
      ].join(','),
    );
    const table = ingestCsv(
      REFORM_TASKS_DATASET,
      ['task_id,parent_id,area,title,owner,start_on,due_on,completed_on', ...rows].join('\n'),
      { optional: ['title_en', 'weight', 'verified_on'] },
    ).table;
    expect(parseProgramme(programmeFromTables({ id: 'deep', label, tasks: table })).tasks).toHaveLength(DEPTH);
  });
});
