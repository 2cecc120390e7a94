import { describe, expect, it } from 'vitest';
import { progress } from '../../src/index.js';

const label = { 'zh-CN': '任务', en: 'Task' };
const lightOf = (task: Record<string, unknown>, asOf: string) =>
  progress(
    { id: 'p', label, areas: [{ id: 'a', label }], tasks: [{ id: 't', area: 'a', title: label, owner: 'o', ...task }] },
    { asOf },
  ).tasks[0]!;

// docs/reform.md (from the README): yellow for at risk, due within 14 days, or completed late; green otherwise.
describe('progress(programme) lights (docs/reform.md rules)', () => {
  it('gives a task not yet started but due within 14 days a yellow light', () => {
    expect(lightOf({ start_on: '2019-07-05', due_on: '2019-07-10' }, '2019-06-30')).toMatchObject({
      status: 'not_started',
      light: 'yellow',
    });
    expect(lightOf({ start_on: '2019-07-05', due_on: '2019-07-14' }, '2019-06-30')).toMatchObject({
      status: 'not_started',
      light: 'yellow',
    });
  });

  it('keeps a task not yet started and due in more than 14 days green', () => {
    expect(lightOf({ start_on: '2019-07-05', due_on: '2019-07-15' }, '2019-06-30')).toMatchObject({
      status: 'not_started',
      light: 'green',
    });
  });

  it('gives an open task due within 14 days yellow, due today included; done on time stays green', () => {
    expect(lightOf({ start_on: '2019-06-01', due_on: '2019-06-30' }, '2019-06-30')).toMatchObject({
      status: 'in_progress',
      light: 'yellow',
    });
    expect(
      lightOf({ start_on: '2019-06-01', due_on: '2019-07-10', completed_on: '2019-06-20' }, '2019-06-30'),
    ).toMatchObject({ status: 'completed', light: 'green' });
  });
});
