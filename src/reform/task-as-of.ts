import { doneBy, ledgerDay } from './ledger-day.js';
import type { TaskProgress } from './reform-report.js';
import { taskLight, taskStatus } from './task-status.js';
import type { TaskNode } from './task-tree.js';

/**
 * A task as it stands on `asOf`, given its rolled-up `progress`: status, light and lateness, and
 * only the dates (completion, verification, milestones) reached by then.
 */
export function taskAsOf(node: TaskNode, progress: number, asOf: number): TaskProgress {
  const task = node.task;
  const status = taskStatus(node, progress, asOf);
  const due = ledgerDay(task.due_on)!;
  const completed = ledgerDay(task.completed_on);
  const doneNow = status === 'verified' || status === 'completed';
  const lateAtCompletion = doneNow && completed! > due ? completed! - due : null;
  return {
    id: task.id,
    parent: task.parent ?? null,
    depth: node.depth,
    leaf: node.children.length === 0,
    area: task.area,
    owner: task.owner,
    title: task.title,
    weight: task.weight ?? 1,
    status,
    light: taskLight(status, due, asOf, lateAtCompletion),
    progress,
    start_on: task.start_on,
    due_on: task.due_on,
    completed_on: completed !== null && completed <= asOf ? task.completed_on! : null,
    verified_on: status === 'verified' ? task.verified_on! : null,
    days_late: status === 'overdue' ? asOf - due : lateAtCompletion,
    milestones: (task.milestones ?? []).map((milestone) => ({
      title: milestone.title,
      due_on: milestone.due_on,
      done_on: doneBy(milestone.done_on, asOf) ? milestone.done_on! : null,
    })),
  };
}
