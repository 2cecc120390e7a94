import { describe, expect, it } from 'vitest';
import type { ReformTask } from '../../src/index.js';
import { milestoneShare, rollUpProgress } from '../../src/reform/rolled-up-progress.js';
import { taskLight, taskStatus } from '../../src/reform/task-status.js';
import { taskTree } from '../../src/reform/task-tree.js';
import { parseIsoDay } from '../../src/time/civil-day.js';

const label = { 'zh-CN': '任务', en: 'Task' };
const task = (id: string, parent: string | null, more: Partial<ReformTask> = {}): ReformTask => ({
  id,
  parent,
  area: 'a',
  title: label,
  owner: 'o',
  start_on: '2019-01-01',
  due_on: '2019-12-31',
  ...more,
});
const day = (text: string): number => parseIsoDay(text)!;

describe('taskTree', () => {
  it('lists parents before children, siblings in programme order, with depths, whatever the ledger order', () => {
    const order = taskTree([
      task('1.2', '1'),
      task('2', null),
      task('1', null),
      task('1.1', '1'),
      task('1.1.1', '1.1'),
    ]);
    expect(order.map((node) => [node.task.id, node.depth])).toEqual([
      ['2', 0],
      ['1', 0],
      ['1.2', 1],
      ['1.1', 1],
      ['1.1.1', 2],
    ]);
    expect(order[1]!.children.map((node) => node.task.id)).toEqual(['1.2', '1.1']);
  });
});

describe('rollUpProgress', () => {
  it('gives a parent the weighted mean of its children, a leaf its share of milestones, a completed task 1', () => {
    const milestones = [
      { title: label, due_on: '2019-03-01', done_on: '2019-03-01' },
      { title: label, due_on: '2019-06-01', done_on: '2019-07-01' },
    ];
    const order = taskTree([
      task('p', null),
      task('a', 'p', { weight: 3, milestones }),
      task('b', 'p', { completed_on: '2019-05-01' }),
      task('c', 'p'),
    ]);
    const asOf = day('2019-06-30');
    expect(milestoneShare(order[1]!.task, asOf)).toBe(0.5);
    expect(milestoneShare(order[3]!.task, asOf)).toBeNull();
    const progress = rollUpProgress(order, asOf);
    expect([...progress]).toEqual([
      ['c', 0],
      ['b', 1],
      ['a', 0.5],
      ['p', (3 * 0.5 + 1 + 0) / 5],
    ]);
    // A completion after the as-of date does not count yet.
    expect(rollUpProgress(order, day('2019-04-30')).get('b')).toBe(0);
  });
});

describe('taskStatus and taskLight', () => {
  const [node] = taskTree([task('t', null, { start_on: '2019-01-01', due_on: '2019-12-31' })]);

  it('puts a parent lagging the time elapsed by more than a quarter at risk; a leaf without milestones is not', () => {
    const [parent] = taskTree([task('p', null), task('c', 'p')]);
    // Half the year gone: planned ≈ 0.49.
    expect(taskStatus(parent!, 0.2, day('2019-06-30'))).toBe('at_risk');
    expect(taskStatus(parent!, 0.3, day('2019-06-30'))).toBe('in_progress');
    expect(taskStatus(node!, 0, day('2019-06-30'))).toBe('in_progress');
  });

  it('lights overdue red; late completion, at risk or due soon yellow; else green', () => {
    const due = day('2019-06-30');
    expect(taskLight('overdue', due, day('2019-07-01'), null)).toBe('red');
    expect(taskLight('completed', due, day('2019-07-10'), 3)).toBe('yellow');
    expect(taskLight('at_risk', due, day('2019-01-10'), null)).toBe('yellow');
    expect(taskLight('in_progress', due, day('2019-06-16'), null)).toBe('yellow');
    expect(taskLight('in_progress', due, day('2019-06-15'), null)).toBe('green');
    // Done on time, and due soon: nothing left to do.
    expect(taskLight('completed', due, day('2019-06-20'), null)).toBe('green');
  });
});
