import { dayIssue } from '../errors/day-issue.js';
import { LawGaugeError } from '../errors/law-gauge-error.js';
import { checkOptionKeys, type OptionKeys } from '../model/option-keys.js';
import { formatDay, parseIsoDay } from '../time/civil-day.js';
import { burnup } from './burnup.js';
import { ledgerDay } from './ledger-day.js';
import { parseProgramme } from './parse-programme.js';
import type { Programme, ReformOwner } from './programme.js';
import { projection } from './projection.js';
import {
  REFORM_REPORT_SCHEMA_ID,
  TASK_STATUSES,
  type ReformReport,
  type Rollup,
  type TaskProgress,
  type TaskStatus,
} from './reform-report.js';
import { rollUpProgress } from './rolled-up-progress.js';
import { isDone, rollup, weightOf } from './rollup.js';
import { taskAsOf } from './task-as-of.js';
import { taskTree } from './task-tree.js';

/** The keys of progress()'s options: any other is refused, not ignored. */
const PROGRESS_OPTION_KEYS: OptionKeys<Parameters<typeof progress>[1]> = { asOf: true };

/**
 * Where a reform programme stands on `asOf`: each task's status, light and progress, rates over the
 * leaf tasks, rollups by area, owner and up the task tree, a monthly burn-up, the overdue list and a
 * projected finish. Statuses follow DOMAIN.md; evaluating later never un-completes a task.
 *
 * @throws LawGaugeError for an invalid programme (every problem, naming the task), an option it does
 *   not have (`unknown_key`) or `asOf`.
 */
export function progress(programme: Programme | unknown, options: { readonly asOf: string }): ReformReport {
  const given: Partial<{ readonly asOf: string }> = checkOptionKeys(options, PROGRESS_OPTION_KEYS);
  const parsed = parseProgramme(programme);
  const asOf = typeof given.asOf === 'string' ? parseIsoDay(given.asOf) : undefined;
  if (asOf === undefined) throw new LawGaugeError('invalid_argument', 'options', [dayIssue(given.asOf, ['asOf'])]);
  return progressOn(parsed, asOf);
}

/**
 * `progress` on a programme already checked (by the schema and `checkProgramme`), as of a Shanghai
 * day number. Browser code that cannot carry zod calls this after `checkProgramme`.
 */
export function progressOn(parsed: Programme, asOf: number): ReformReport {
  const order = taskTree(parsed.tasks);
  const progressOf = rollUpProgress(order, asOf);
  const tasks = order.map((node) => taskAsOf(node, progressOf.get(node.task.id)!, asOf));
  const leaves = tasks.filter((task) => task.leaf);
  const completedLeaves = leaves.filter(isDone);
  const counts = statusCounts(leaves);
  return {
    schema: REFORM_REPORT_SCHEMA_ID,
    programme: { id: parsed.id, label: parsed.label, synthetic: parsed.synthetic ?? false },
    asOf: formatDay(asOf),
    tasks,
    counts,
    completionRate: completedLeaves.length / leaves.length,
    weightedCompletionRate: weightOf(completedLeaves) / weightOf(leaves),
    verificationRate: counts.verified / leaves.length,
    onTimeRate: onTimeRate(completedLeaves),
    overdue: overdueList(tasks),
    byArea: parsed.areas.map((area) =>
      rollup(
        area.id,
        area.label,
        leaves.filter((task) => task.area === area.id),
      ),
    ),
    byOwner: rollupsByOwner(leaves, parsed.owners ?? []),
    burnup: burnup(parsed, leaves, asOf),
    projection: projection(leaves, asOf),
  };
}

/** How many leaf tasks have each status. */
function statusCounts(leaves: readonly TaskProgress[]): Record<TaskStatus, number> {
  return Object.fromEntries(
    TASK_STATUSES.map((status) => [status, leaves.filter((task) => task.status === status).length]),
  ) as Record<TaskStatus, number>;
}

/** The share of completed leaf tasks completed by their due date; null when none is completed. */
function onTimeRate(completedLeaves: readonly TaskProgress[]): number | null {
  if (completedLeaves.length === 0) return null;
  const onTime = completedLeaves.filter((task) => ledgerDay(task.completed_on)! <= ledgerDay(task.due_on)!);
  return onTime.length / completedLeaves.length;
}

/** The overdue tasks, the latest first (then by id). */
function overdueList(tasks: readonly TaskProgress[]): ReformReport['overdue'] {
  return tasks
    .filter((task) => task.status === 'overdue')
    .sort((a, b) => b.days_late! - a.days_late! || (a.id < b.id ? -1 : 1))
    .map(({ id, title, owner, due_on, days_late }) => ({ id, title, owner, due_on, days_late: days_late! }));
}

/** One rollup per owner of a leaf task, owners in code-point order. */
function rollupsByOwner(leaves: readonly TaskProgress[], named: readonly ReformOwner[]): Rollup[] {
  const labels = new Map(named.map((owner) => [owner.id, owner.label]));
  const owners = [...new Set(leaves.map((task) => task.owner))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return owners.map((owner) =>
    rollup(
      owner,
      labels.get(owner) ?? null,
      leaves.filter((task) => task.owner === owner),
    ),
  );
}
