import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ingestCsv,
  LawGaugeError,
  programmeFromTables,
  progress,
  quarantineOrphanTasks,
  REFORM_MILESTONES_DATASET,
  REFORM_TASKS_DATASET,
} from '../../src/index.js';

const json = JSON.parse(readFileSync(new URL('../fixtures/programme.json', import.meta.url), 'utf8')) as {
  areas: { id: string; label: { 'zh-CN': string; en: string } }[];
};

// test/fixtures/programme.json as the two ledger CSVs a reform office keeps, with one unreadable row.
const tasksCsv = `task_id,parent_id,area,title,title_en,owner,weight,start_on,due_on,completed_on,verified_on
t1,,justice,司法责任制改革,Judicial responsibility,市高院,2,2019-01-01,2019-12-31,,
t1a,t1,justice,办案主体,Case ownership,市高院,,2019/1/1,2019/3/31,2019/3/20,2019/4/15
t1b,t1,justice,绩效考核,Performance evaluation,市检察院,3,2019-02-01,2019-06-30,,
t2,,justice,公证改革,Notary reform,市司法局,1,2019-03-01,2019-05-31,2019-06-10,
t3,,governance,雪亮工程联网,Video network,市公安局,1,2019-07-01,2019-12-31,,
t4,,governance,城运中心,Operations centres,市公安局,1,2019-01-01,2019-07-10,,
t5,,governance,社区警务,Community policing,市公安局,1,2019-06-01,2019-07-10,,
t6,,governance,坏行,Bad row,市公安局,1,2019-02-30,2019-07-10,,
`;
const milestonesCsv = `task_id,title,title_en,due_on,done_on
t1b,方案,Plan,2019-03-01,2019-03-05
t1b,试点,Pilot,2019-04-01,
t1b,推广,Roll-out,2019-05-01,
t1b,评估,Review,2019-06-30,2019-07-20
t4,选址,Site,2019-03-01,2019-05-01
t4,上线,Launch,2019-07-10,
`;

function tables(milestones = milestonesCsv) {
  return {
    tasks: ingestCsv(REFORM_TASKS_DATASET, tasksCsv).table,
    milestones: ingestCsv(REFORM_MILESTONES_DATASET, milestones).table,
  };
}

describe('programmeFromTables (reform_tasks + reform_milestones CSVs)', () => {
  it('quarantines unreadable ledger rows through the usual ingest, naming the line', () => {
    const { tasks } = tables();
    expect(tasks.quality).toEqual({ read: 8, used: 7, quarantined: 1, skipped: 0 });
    expect(tasks.quarantine[0]!.message).toContain(
      'dataset "reform_tasks", row 8 (line 9), field "start_on": "2019-02-30" is not a valid date',
    );
  });

  it('gives the same progress as the JSON programme', () => {
    const { tasks, milestones } = tables();
    const fromCsv = programmeFromTables({
      id: 'test-programme',
      label: { 'zh-CN': '测试改革方案', en: 'Test programme' },
      areas: json.areas,
      tasks,
      milestones,
    });
    for (const asOf of ['2019-06-30', '2019-07-15', '2019-12-31']) {
      expect(JSON.stringify(progress(fromCsv, { asOf }))).toBe(JSON.stringify(progress(json, { asOf })));
    }
  });

  it('names a milestone for an unknown task', () => {
    const { tasks, milestones } = tables(`${milestonesCsv}t9,验收,Acceptance,2019-08-01,\n`);
    expect(() => programmeFromTables({ id: 'x', label: { 'zh-CN': 'x', en: 'x' }, tasks, milestones })).toThrow(
      LawGaugeError,
    );
    expect(() => programmeFromTables({ id: 'x', label: { 'zh-CN': 'x', en: 'x' }, tasks, milestones })).toThrow(
      'programme.milestones[6]: milestone row 7 ("验收"): unknown task "t9"',
    );
  });

  it('names a task under an unknown parent by its row and line, not an internal index', () => {
    // Line 10: t7 under t9, which no row has; t7a under t7.
    const orphaned = `${tasksCsv}t7,t9,governance,孤儿,Orphan,市公安局,1,2019-02-12,2019-06-30,,\nt7a,t7,governance,孤儿之子,Orphan's child,市公安局,1,2019-02-12,2019-06-30,,\n`;
    const tasks = ingestCsv(REFORM_TASKS_DATASET, orphaned).table;
    const label = { 'zh-CN': 'x', en: 'x' };
    expect(() => programmeFromTables({ id: 'x', label, tasks })).toThrow(
      'programme.tasks[9]: row 9 (line 10), field "parent_id": task "t7": no usable row has its parent task id "t9", so it cannot be rolled up',
    );
    // Set apart instead: both rows quarantined with their lines, read = used + quarantined + skipped.
    const kept = quarantineOrphanTasks(tasks);
    expect(kept.quality).toEqual({ read: 10, used: 7, quarantined: 3, skipped: 0 });
    expect(kept.quarantine.map((entry) => [entry.row, entry.line, entry.code, entry.value])).toEqual([
      [8, 9, 'invalid_date', '2019-02-30'],
      [9, 10, 'unknown_parent', 't9'],
      [10, 11, 'unknown_parent', 't7'],
    ]);
    expect(kept.quarantine[2]!.message).toBe(
      'dataset "reform_tasks", row 10 (line 11), field "parent_id": task "t7a": its parent task "t7" is quarantined (under an unknown parent)',
    );
    expect(programmeFromTables({ id: 'x', label, tasks: kept }).tasks.map((task) => task.id)).toEqual([
      't1',
      't1a',
      't1b',
      't2',
      't3',
      't4',
      't5',
    ]);
  });
});
