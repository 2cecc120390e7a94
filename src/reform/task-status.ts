import type { Light, TaskStatus } from './reform-report.js';
import { doneBy, ledgerDay } from './ledger-day.js';
import { milestoneShare } from './rolled-up-progress.js';
import type { TaskNode } from './task-tree.js';

/** Planned progress ahead of actual progress by more than this makes a task "at risk". */
export const AT_RISK_GAP = 0.25;
/** An open task due within this many days shows a yellow light. */
export const DUE_SOON_DAYS = 14;

/**
 * A task's status on `asOf` (DOMAIN.md), given its rolled-up `progress`: verified or completed
 * once the ledger says so; else overdue past its due date, not started before its start date, at
 * risk when its evidence of progress (milestones, or children) lags the time elapsed by more than
 * {@link AT_RISK_GAP}, else in progress.
 */
export function taskStatus(node: TaskNode, progress: number, asOf: number): TaskStatus {
  const task = node.task;
  const start = ledgerDay(task.start_on)!;
  const due = ledgerDay(task.due_on)!;
  if (doneBy(task.verified_on, asOf)) return 'verified';
  if (doneBy(task.completed_on, asOf)) return 'completed';
  if (due < asOf) return 'overdue';
  if (start > asOf) return 'not_started';
  // Without milestones or children, a task is not at risk before its due date.
  const actual = node.children.length > 0 ? progress : milestoneShare(task, asOf);
  if (actual !== null) {
    const planned = due === start ? 1 : Math.min(1, Math.max(0, (asOf - start) / (due - start)));
    if (planned - actual > AT_RISK_GAP) return 'at_risk';
  }
  return 'in_progress';
}

/**
 * A task's light: red when overdue; yellow when at risk, completed late (`lateAtCompletion` not
 * null), or open and due within {@link DUE_SOON_DAYS}; else green.
 */
export function taskLight(status: TaskStatus, due: number, asOf: number, lateAtCompletion: number | null): Light {
  if (status === 'overdue') return 'red';
  const open = status !== 'verified' && status !== 'completed';
  return status === 'at_risk' || lateAtCompletion !== null || (open && due - asOf <= DUE_SOON_DAYS && due >= asOf)
    ? 'yellow'
    : 'green';
}
