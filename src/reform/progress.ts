import { invalidArgument } from '../errors/law-gauge-error.js';
import { formatDay, parseIsoDay } from '../time/civil-day.js';
import { nextPeriodStart, periodKey, periodStartOf } from '../time/period.js';
import { parseProgramme } from './parse-programme.js';
import type { Programme, ReformTask } from './programme.js';
import { REFORM_REPORT_SCHEMA_ID, TASK_STATUSES, type Light, type TaskStatus } from './reform-report-constants.js';
import type { ReformReport, Rollup, TaskProgress } from './reform-report.js';

/** Planned progress ahead of actual progress by more than this makes a task "at risk". */
export const AT_RISK_GAP = 0.25;
/** An open task due within this many days shows a yellow light. */
export const DUE_SOON_DAYS = 14;
/** The projection's pace is measured over this many days before the as-of date. */
export const PACE_WINDOW_DAYS = 90;

const day = (text: string | null | undefined): number | null =>
  text === null || text === undefined ? null : parseIsoDay(text)!;

interface Node {
  readonly task: ReformTask;
  readonly children: Node[];
  depth: number;
}

/**
 * Where a reform programme stands on `asOf`: each task's status, light and progress, rates over the
 * leaf tasks, rollups by area, owner and up the task tree, a monthly burn-up, the overdue list and a
 * projected finish. Statuses follow DOMAIN.md; evaluating later never un-completes a task.
 *
 * @throws LawGaugeError for an invalid programme (every problem, naming the task) or `asOf`.
 */
export function progress(programme: Programme | unknown, options: { readonly asOf: string }): ReformReport {
  const parsed = parseProgramme(programme);
  const asOf = parseIsoDay(options.asOf);
  if (asOf === undefined)
    throw invalidArgument('options.asOf', `expected a date YYYY-MM-DD, got ${JSON.stringify(options.asOf)}`);
  return progressOn(parsed, asOf);
}

/**
 * `progress` on a programme already checked (by the schema and `checkProgramme`), as of a Shanghai
 * day number. Browser code that cannot carry zod calls this after `checkProgramme`.
 */
export function progressOn(parsed: Programme, asOf: number): ReformReport {
  // The task tree, in programme order.
  const nodes = new Map<string, Node>(parsed.tasks.map((task) => [task.id, { task, children: [], depth: 0 }]));
  const roots: Node[] = [];
  for (const node of nodes.values()) {
    const parent = node.task.parent ?? null;
    if (parent === null) roots.push(node);
    else nodes.get(parent)!.children.push(node);
  }
  // Pre-order (each parent before its children, siblings in programme order), walked with an
  // explicit stack: a ledger may nest thousands deep, deeper than the call stack allows.
  const order: Node[] = [];
  const stack = roots.slice().reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    order.push(node);
    for (let k = node.children.length - 1; k >= 0; k--) {
      node.children[k]!.depth = node.depth + 1;
      stack.push(node.children[k]!);
    }
  }

  const milestoneShare = (task: ReformTask): number | null => {
    const milestones = task.milestones ?? [];
    if (milestones.length === 0) return null;
    return (
      milestones.filter(
        (milestone) => milestone.done_on !== null && milestone.done_on !== undefined && day(milestone.done_on)! <= asOf,
      ).length / milestones.length
    );
  };
  const isDone = (task: ReformTask): boolean => day(task.completed_on) !== null && day(task.completed_on)! <= asOf;
  // Progress rolls up the tree: children first (reverse pre-order), a parent the weighted mean of its children.
  const progressOf = new Map<string, number>();
  for (let k = order.length - 1; k >= 0; k--) {
    const node = order[k]!;
    let value: number;
    if (isDone(node.task)) value = 1;
    else if (node.children.length > 0) {
      let total = 0;
      let sum = 0;
      for (const child of node.children) {
        const weight = child.task.weight ?? 1;
        total += weight;
        sum += weight * progressOf.get(child.task.id)!;
      }
      value = sum / total;
    } else value = milestoneShare(node.task) ?? 0;
    progressOf.set(node.task.id, value);
  }

  const statusOf = (node: Node): TaskStatus => {
    const task = node.task;
    const start = day(task.start_on)!;
    const due = day(task.due_on)!;
    if (day(task.verified_on) !== null && day(task.verified_on)! <= asOf) return 'verified';
    if (isDone(task)) return 'completed';
    if (due < asOf) return 'overdue';
    if (start > asOf) return 'not_started';
    // Evidence of actual progress: milestones, or children. Without either, not at risk before the due date.
    const actual = node.children.length > 0 ? progressOf.get(task.id)! : milestoneShare(task);
    if (actual !== null) {
      const planned = due === start ? 1 : Math.min(1, Math.max(0, (asOf - start) / (due - start)));
      if (planned - actual > AT_RISK_GAP) return 'at_risk';
    }
    return 'in_progress';
  };

  const tasks: TaskProgress[] = [];
  for (const node of order) {
    const task = node.task;
    const status = statusOf(node);
    const due = day(task.due_on)!;
    const completed = day(task.completed_on);
    const doneNow = status === 'verified' || status === 'completed';
    const lateAtCompletion = doneNow && completed! > due ? completed! - due : null;
    const light: Light =
      status === 'overdue'
        ? 'red'
        : status === 'at_risk' || lateAtCompletion !== null || (!doneNow && due - asOf <= DUE_SOON_DAYS && due >= asOf)
          ? 'yellow'
          : 'green';
    tasks.push({
      id: task.id,
      parent: task.parent ?? null,
      depth: node.depth,
      leaf: node.children.length === 0,
      area: task.area,
      owner: task.owner,
      title: task.title,
      weight: task.weight ?? 1,
      status,
      light,
      progress: progressOf.get(task.id)!,
      start_on: task.start_on,
      due_on: task.due_on,
      completed_on: completed !== null && completed <= asOf ? task.completed_on! : null,
      verified_on: status === 'verified' ? task.verified_on! : null,
      days_late: status === 'overdue' ? asOf - due : lateAtCompletion,
      milestones: (task.milestones ?? []).map((milestone) => ({
        title: milestone.title,
        due_on: milestone.due_on,
        done_on:
          milestone.done_on !== null && milestone.done_on !== undefined && day(milestone.done_on)! <= asOf
            ? milestone.done_on
            : null,
      })),
    });
  }

  const leaves = tasks.filter((task) => task.leaf);
  const done = (task: TaskProgress): boolean => task.status === 'completed' || task.status === 'verified';
  const weightOf = (list: readonly TaskProgress[]): number => list.reduce((sum, task) => sum + task.weight, 0);
  const rollup = (id: string, label: Rollup['label'], list: readonly TaskProgress[]): Rollup => ({
    id,
    label,
    tasks: list.length,
    completed: list.filter(done).length,
    verified: list.filter((task) => task.status === 'verified').length,
    overdue: list.filter((task) => task.status === 'overdue').length,
    completionRate: list.length === 0 ? null : list.filter(done).length / list.length,
    weightedCompletionRate: list.length === 0 ? null : weightOf(list.filter(done)) / weightOf(list),
    progress:
      list.length === 0 ? null : list.reduce((sum, task) => sum + task.weight * task.progress, 0) / weightOf(list),
  });
  const counts = Object.fromEntries(
    TASK_STATUSES.map((status) => [status, leaves.filter((task) => task.status === status).length]),
  ) as Record<TaskStatus, number>;
  const completedLeaves = leaves.filter(done);
  const owners = [...new Set(leaves.map((task) => task.owner))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  return {
    schema: REFORM_REPORT_SCHEMA_ID,
    programme: { id: parsed.id, label: parsed.label, synthetic: parsed.synthetic ?? false },
    asOf: formatDay(asOf),
    tasks,
    counts,
    completionRate: completedLeaves.length / leaves.length,
    weightedCompletionRate: weightOf(completedLeaves) / weightOf(leaves),
    verificationRate: counts.verified / leaves.length,
    onTimeRate:
      completedLeaves.length === 0
        ? null
        : completedLeaves.filter((task) => day(task.completed_on)! <= day(task.due_on)!).length /
          completedLeaves.length,
    overdue: tasks
      .filter((task) => task.status === 'overdue')
      .sort((a, b) => b.days_late! - a.days_late! || (a.id < b.id ? -1 : 1))
      .map(({ id, title, owner, due_on, days_late }) => ({ id, title, owner, due_on, days_late: days_late! })),
    byArea: parsed.areas.map((area) =>
      rollup(
        area.id,
        area.label,
        leaves.filter((task) => task.area === area.id),
      ),
    ),
    byOwner: owners.map((owner) =>
      rollup(
        owner,
        null,
        leaves.filter((task) => task.owner === owner),
      ),
    ),
    burnup: burnup(parsed, leaves, asOf),
    projection: projection(leaves, asOf),
  };
}

function burnup(programme: Programme, leaves: readonly TaskProgress[], asOf: number): ReformReport['burnup'] {
  // Loops, not Math.min(...list): spreading a list of many thousand tasks overflows the stack.
  let first = Infinity;
  let last = asOf;
  for (const task of programme.tasks) {
    first = Math.min(first, day(task.start_on)!);
    last = Math.max(last, day(task.due_on)!);
  }
  const points: ReformReport['burnup'][number][] = [];
  const asOfMonth = periodStartOf(asOf, 'month');
  for (let start = periodStartOf(first, 'month'); start <= last; start = nextPeriodStart(start, 'month')) {
    const end = nextPeriodStart(start, 'month') - 1;
    const cut = Math.min(end, asOf);
    const past = start <= asOfMonth;
    points.push({
      month: periodKey(start, 'month'),
      end: formatDay(end),
      planned: leaves.filter((task) => day(task.due_on)! <= end).length,
      completed: past
        ? leaves.filter((task) => task.completed_on !== null && day(task.completed_on)! <= cut).length
        : null,
      verified: past
        ? leaves.filter((task) => task.verified_on !== null && day(task.verified_on)! <= cut).length
        : null,
    });
  }
  return points;
}

function projection(leaves: readonly TaskProgress[], asOf: number): ReformReport['projection'] {
  const completions = leaves.filter((task) => task.completed_on !== null).map((task) => day(task.completed_on)!);
  const remaining = leaves.length - completions.length;
  const recent = completions.filter((completed) => completed > asOf - PACE_WINDOW_DAYS).length;
  const pacePerDay = recent / PACE_WINDOW_DAYS;
  const pacePer30Days = pacePerDay * 30;
  if (remaining === 0)
    return {
      date: formatDay(completions.reduce((latest, completed) => Math.max(latest, completed))),
      reason: 'finished',
      pacePer30Days,
      remaining,
    };
  if (recent === 0) return { date: null, reason: 'no_recent_completions', pacePer30Days: 0, remaining };
  return { date: formatDay(asOf + Math.ceil(remaining / pacePerDay)), reason: 'projected', pacePer30Days, remaining };
}
