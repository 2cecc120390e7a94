import type { LocalizedText } from '../model/primitives.js';

export const REFORM_REPORT_SCHEMA_ID = 'lawgauge/reform-report@1';

/** A task's state as of a date (DOMAIN.md, "Reform completion"): the first rule that applies. */
export type TaskStatus = 'verified' | 'completed' | 'overdue' | 'not_started' | 'at_risk' | 'in_progress';
export const TASK_STATUSES: readonly TaskStatus[] = [
  'verified',
  'completed',
  'overdue',
  'not_started',
  'at_risk',
  'in_progress',
];

/**
 * Traffic light: red = overdue; yellow = at risk, due within 14 days and not done (started or not),
 * or completed after its due date (caught up late); green = everything else (done on time, on
 * track, not started with more than 14 days left).
 */
export type Light = 'green' | 'yellow' | 'red';

export interface TaskProgress {
  readonly id: string;
  readonly parent: string | null;
  readonly depth: number;
  readonly leaf: boolean;
  readonly area: string;
  readonly owner: string;
  readonly title: LocalizedText;
  readonly weight: number;
  readonly status: TaskStatus;
  readonly light: Light;
  /** 0–1: 1 once completed; else the share of milestones done; for a parent, its children's weighted mean. */
  readonly progress: number;
  readonly start_on: string;
  readonly due_on: string;
  readonly completed_on: string | null;
  readonly verified_on: string | null;
  /** Days past due: as of the date for overdue tasks, at completion for late ones; else null. */
  readonly days_late: number | null;
  /** The task's milestones, `done_on` null when not done by the as-of date. */
  readonly milestones: readonly TaskMilestone[];
}

export interface TaskMilestone {
  readonly title: LocalizedText;
  readonly due_on: string;
  readonly done_on: string | null;
}

export interface Rollup {
  readonly id: string;
  readonly label: LocalizedText | null;
  /** Leaf tasks. */
  readonly tasks: number;
  readonly completed: number;
  readonly verified: number;
  readonly overdue: number;
  readonly completionRate: number | null;
  readonly weightedCompletionRate: number | null;
  /** Weighted mean progress of the leaf tasks. */
  readonly progress: number | null;
}

export interface BurnupPoint {
  readonly month: string;
  readonly end: string;
  /** Leaf tasks due by the end of the month. */
  readonly planned: number;
  /** Completed / verified by then; null for months after the as-of date. */
  readonly completed: number | null;
  readonly verified: number | null;
}

export interface Projection {
  /** Projected finish date, or null. */
  readonly date: string | null;
  /** `finished` (date = last completion), `projected`, or `no_recent_completions` (no pace to project from). */
  readonly reason: 'finished' | 'projected' | 'no_recent_completions';
  /** Leaf tasks completed per 30 days over the last 90 days. */
  readonly pacePer30Days: number;
  readonly remaining: number;
}

export interface ReformReport {
  readonly schema: typeof REFORM_REPORT_SCHEMA_ID;
  readonly programme: { readonly id: string; readonly label: LocalizedText; readonly synthetic: boolean };
  readonly asOf: string;
  readonly tasks: readonly TaskProgress[];
  /** Counts of leaf tasks by status. */
  readonly counts: Readonly<Record<TaskStatus, number>>;
  /** Over leaf tasks: completed or verified / all. */
  readonly completionRate: number;
  readonly weightedCompletionRate: number;
  readonly verificationRate: number;
  /** Completed by the due date / completed; null when nothing is completed. */
  readonly onTimeRate: number | null;
  readonly overdue: readonly {
    readonly id: string;
    readonly title: LocalizedText;
    readonly owner: string;
    readonly due_on: string;
    readonly days_late: number;
  }[];
  readonly byArea: readonly Rollup[];
  readonly byOwner: readonly Rollup[];
  readonly burnup: readonly BurnupPoint[];
  readonly projection: Projection;
}
