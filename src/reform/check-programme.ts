import type { LawGaugeIssue } from '../errors/issues.js';
import { parseIsoDay } from '../time/civil-day.js';
import type { Programme } from './programme.js';

/**
 * Structure a schema cannot state: duplicate ids, unknown areas and parents, cycles, impossible
 * dates, due before start, verified before completed (or without it), milestones outside reality.
 */
export function checkProgramme(programme: Programme): LawGaugeIssue[] {
  const issues: LawGaugeIssue[] = [];
  const areas = new Set<string>();
  programme.areas.forEach((area, index) => {
    if (areas.has(area.id))
      issues.push({
        code: 'duplicate_id',
        path: ['areas', index, 'id'],
        message: `duplicate area id "${area.id}"`,
        params: { kind: 'area', id: area.id },
      });
    areas.add(area.id);
  });
  const ids = new Map<string, number>();
  programme.tasks.forEach((task, index) => {
    const path = ['tasks', index];
    if (ids.has(task.id))
      issues.push({
        code: 'duplicate_id',
        path: [...path, 'id'],
        message: `duplicate task id "${task.id}" (also tasks[${ids.get(task.id)!}])`,
        params: { kind: 'task', id: task.id, also: ids.get(task.id)! },
      });
    else ids.set(task.id, index);
    if (!areas.has(task.area))
      issues.push({
        code: 'unknown_reference',
        path: [...path, 'area'],
        message: `task "${task.id}": unknown area "${task.area}"; known: ${[...areas].join(', ')}`,
        params: { kind: 'area', id: task.area, task: task.id, known: [...areas] },
      });
    const day = (field: 'start_on' | 'due_on' | 'completed_on' | 'verified_on'): number | undefined => {
      const text = task[field];
      if (text === undefined || text === null) return undefined;
      const value = parseIsoDay(text);
      if (value === undefined)
        issues.push({
          code: 'invalid_date',
          path: [...path, field],
          message: `task "${task.id}": "${text}" is not a real date`,
          params: { task: task.id, value: `"${text}"`, format: 'YYYY-MM-DD' },
        });
      return value;
    };
    const start = day('start_on');
    const due = day('due_on');
    const completed = day('completed_on');
    const verified = day('verified_on');
    if (start !== undefined && due !== undefined && due < start)
      issues.push({
        code: 'due_before_start',
        path: [...path, 'due_on'],
        message: `task "${task.id}": due ${task.due_on} is before its start ${task.start_on}`,
        params: { task: task.id, due: task.due_on, start: task.start_on },
      });
    if (verified !== undefined && completed === undefined)
      issues.push({
        code: 'verified_not_completed',
        path: [...path, 'verified_on'],
        message: `task "${task.id}": verified on ${task.verified_on} but never completed`,
        params: { task: task.id, verified: task.verified_on! },
      });
    if (verified !== undefined && completed !== undefined && verified < completed)
      issues.push({
        code: 'verified_before_completed',
        path: [...path, 'verified_on'],
        message: `task "${task.id}": verified ${task.verified_on} before it was completed ${task.completed_on}`,
        params: { task: task.id, verified: task.verified_on!, completed: task.completed_on! },
      });
    (task.milestones ?? []).forEach((milestone, m) => {
      for (const field of ['due_on', 'done_on'] as const) {
        const text = milestone[field];
        if (text !== undefined && text !== null && parseIsoDay(text) === undefined)
          issues.push({
            code: 'invalid_date',
            path: [...path, 'milestones', m, field],
            message: `task "${task.id}": "${text}" is not a real date`,
            params: { task: task.id, value: `"${text}"`, format: 'YYYY-MM-DD' },
          });
      }
    });
  });
  programme.tasks.forEach((task, index) => {
    if (task.parent !== undefined && task.parent !== null && !ids.has(task.parent)) {
      issues.push({
        code: 'unknown_reference',
        path: ['tasks', index, 'parent'],
        message: `task "${task.id}": unknown parent "${task.parent}"`,
        params: { kind: 'task', id: task.parent, task: task.id, parent: true },
      });
    }
  });
  // Cycles: follow parents from each task until a root, a task already cleared, or a task on the
  // walk itself (a loop). Each task is walked once, so a chain thousands deep costs linear time.
  const parentOf = new Map(programme.tasks.map((task) => [task.id, task.parent ?? null]));
  const cleared = new Set<string>();
  for (const task of programme.tasks) {
    const walk: string[] = [];
    const onWalk = new Map<string, number>();
    for (
      let id: string | null = task.id;
      id !== null && ids.has(id) && !cleared.has(id);
      id = parentOf.get(id) ?? null
    ) {
      const at = onWalk.get(id);
      if (at !== undefined) {
        const loop = walk.slice(at);
        issues.push({
          code: 'cycle',
          path: ['tasks', ids.get(id)!, 'parent'],
          message: `tasks form a cycle: ${[...loop, id].join(' → ')}`,
          params: { tasks: [...loop, id] },
        });
        break;
      }
      onWalk.set(id, walk.length);
      walk.push(id);
    }
    walk.forEach((id) => cleared.add(id));
  }
  return issues;
}
