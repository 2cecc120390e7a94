import { doneBy } from './ledger-day.js';
import type { ReformTask } from './programme.js';
import type { TaskNode } from './task-tree.js';

/** The share of a task's milestones done by `asOf`; null for a task without milestones. */
export function milestoneShare(task: ReformTask, asOf: number): number | null {
  const milestones = task.milestones ?? [];
  if (milestones.length === 0) return null;
  return milestones.filter((milestone) => doneBy(milestone.done_on, asOf)).length / milestones.length;
}

/**
 * Each task's progress (0–1) on `asOf`, by id: 1 once completed; else, for a parent, the weighted
 * mean of its children's; for a leaf, the share of its milestones done. `order` is the tree in
 * pre-order, walked backwards so that children come before their parent.
 */
export function rollUpProgress(order: readonly TaskNode[], asOf: number): Map<string, number> {
  const progressOf = new Map<string, number>();
  for (let k = order.length - 1; k >= 0; k--) {
    const node = order[k]!;
    let value: number;
    if (doneBy(node.task.completed_on, asOf)) value = 1;
    else if (node.children.length > 0) {
      let total = 0;
      let sum = 0;
      for (const child of node.children) {
        const weight = child.task.weight ?? 1;
        total += weight;
        sum += weight * progressOf.get(child.task.id)!;
      }
      value = sum / total;
    } else value = milestoneShare(node.task, asOf) ?? 0;
    progressOf.set(node.task.id, value);
  }
  return progressOf;
}
