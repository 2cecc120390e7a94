import type { LocalizedText } from '../model/primitives.js';
import type { Rollup, TaskProgress } from './reform-report.js';

/** Completed, verified or not. */
export const isDone = (task: TaskProgress): boolean => task.status === 'completed' || task.status === 'verified';

/** The tasks' total weight. */
export const weightOf = (list: readonly TaskProgress[]): number => list.reduce((sum, task) => sum + task.weight, 0);

/** Counts, rates and weighted progress of a list of leaf tasks (an area's, an owner's); rates null when empty. */
export function rollup(id: string, label: LocalizedText | null, list: readonly TaskProgress[]): Rollup {
  const done = list.filter(isDone);
  return {
    id,
    label,
    tasks: list.length,
    completed: done.length,
    verified: list.filter((task) => task.status === 'verified').length,
    overdue: list.filter((task) => task.status === 'overdue').length,
    completionRate: list.length === 0 ? null : done.length / list.length,
    weightedCompletionRate: list.length === 0 ? null : weightOf(done) / weightOf(list),
    progress:
      list.length === 0 ? null : list.reduce((sum, task) => sum + task.weight * task.progress, 0) / weightOf(list),
  };
}
