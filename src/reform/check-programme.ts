import { dayIssue } from '../errors/day-issue.js';
import type { LawGaugeIssue } from '../errors/issues.js';
import { parseIsoDay } from '../time/civil-day.js';
import type { Programme } from './programme.js';

type Task = Programme['tasks'][number];
type Path = readonly (string | number)[];

/**
 * Structure a schema cannot state: duplicate ids, unknown areas and parents, cycles, impossible
 * dates, due before start, verified before completed (or without it), milestones outside reality.
 */
export function checkProgramme(programme: Programme): LawGaugeIssue[] {
  const issues: LawGaugeIssue[] = [];
  const areas = areaIds(programme, issues);
  const ids = new Map<string, number>();
  programme.tasks.forEach((task, index) => {
    const path = ['tasks', index];
    checkTaskId(task, path, ids, issues);
    if (!ids.has(task.id)) ids.set(task.id, index);
    checkTaskArea(task, path, areas, issues);
    checkTaskDates(task, path, issues);
    checkMilestoneDates(task, path, issues);
  });
  checkParents(programme, ids, issues);
  checkCycles(programme, ids, issues);
  return issues;
}

/** The programme's area ids, with a problem for each one given twice. */
function areaIds(programme: Programme, issues: LawGaugeIssue[]): Set<string> {
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
  return areas;
}

/** A task id an earlier task already has (`ids`: each id's first task). */
function checkTaskId(task: Task, path: Path, ids: ReadonlyMap<string, number>, issues: LawGaugeIssue[]): void {
  const first = ids.get(task.id);
  if (first !== undefined)
    issues.push({
      code: 'duplicate_id',
      path: [...path, 'id'],
      message: `duplicate task id "${task.id}" (also tasks[${first}])`,
      params: { kind: 'task', id: task.id, also: first },
    });
}

function checkTaskArea(task: Task, path: Path, areas: ReadonlySet<string>, issues: LawGaugeIssue[]): void {
  if (!areas.has(task.area))
    issues.push({
      code: 'unknown_reference',
      path: [...path, 'area'],
      message: `task "${task.id}": unknown area "${task.area}"; known: ${[...areas].join(', ')}`,
      params: { kind: 'area', id: task.area, task: task.id, known: [...areas] },
    });
}

/** `text` as a day number, or a problem at `at` when it is not a real date; undefined when absent. */
function dayOf(task: Task, text: string | null | undefined, at: Path, issues: LawGaugeIssue[]): number | undefined {
  if (text === undefined || text === null) return undefined;
  const value = parseIsoDay(text);
  if (value === undefined) issues.push(dayIssue(text, [...at], task.id));
  return value;
}

/** Real dates, due not before start, verified only after completion. */
function checkTaskDates(task: Task, path: Path, issues: LawGaugeIssue[]): void {
  const start = dayOf(task, task.start_on, [...path, 'start_on'], issues);
  const due = dayOf(task, task.due_on, [...path, 'due_on'], issues);
  const completed = dayOf(task, task.completed_on, [...path, 'completed_on'], issues);
  const verified = dayOf(task, task.verified_on, [...path, 'verified_on'], issues);
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
}

function checkMilestoneDates(task: Task, path: Path, issues: LawGaugeIssue[]): void {
  (task.milestones ?? []).forEach((milestone, m) => {
    for (const field of ['due_on', 'done_on'] as const)
      dayOf(task, milestone[field], [...path, 'milestones', m, field], issues);
  });
}

function checkParents(programme: Programme, ids: ReadonlyMap<string, number>, issues: LawGaugeIssue[]): void {
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
}

/**
 * Cycles: follow parents from each task until a root, a task already cleared, or a task on the
 * walk itself (a loop). Each task is walked once, so a chain thousands deep costs linear time.
 */
function checkCycles(programme: Programme, ids: ReadonlyMap<string, number>, issues: LawGaugeIssue[]): void {
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
}
