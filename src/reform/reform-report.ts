import * as z from 'zod/mini';
import { CalendarDate, LocalizedText, PeriodKey } from '../model/primitives.js';
import { LIGHTS, PROJECTION_REASONS, REFORM_REPORT_SCHEMA_ID, TASK_STATUSES } from './reform-report-constants.js';

export { LIGHTS, PROJECTION_REASONS, REFORM_REPORT_SCHEMA_ID, TASK_STATUSES } from './reform-report-constants.js';
export type { Light, TaskStatus } from './reform-report-constants.js';

/*
 * The ReformReport contract: what `progress` writes and `<reform-progress>` reads. The widget's
 * zod-free check (checkReformReportShape) is generated from this schema
 * (src/shape/generated/reform-report-shape.ts, `npm run schema`), and so is
 * schema/reform-report.schema.json.
 */

/** Ledger text as `progress` writes it: trimmed, normalised, never empty (see LedgerText). */
const LedgerName = z.string().check(z.minLength(1));
/** How many leaf tasks. */
const TaskCount = z.int().check(z.gte(0));
/** A share of leaf tasks (or of their weight): 0–1. */
const Share = z.number().check(z.gte(0), z.lte(1));

export const TaskMilestone = z.strictObject({
  title: LocalizedText,
  due_on: CalendarDate,
  /** Null when not done by the as-of date. */
  done_on: z.nullable(CalendarDate),
});
export type TaskMilestone = z.infer<typeof TaskMilestone>;

export const TaskProgress = z.strictObject({
  id: LedgerName,
  parent: z.nullable(LedgerName),
  depth: z.int().check(z.gte(0)),
  leaf: z.boolean(),
  area: LedgerName,
  owner: LedgerName,
  title: LocalizedText,
  weight: z.number().check(z.gt(0)),
  status: z.enum(TASK_STATUSES),
  light: z.enum(LIGHTS),
  /** 0–1: 1 once completed; else the share of milestones done; for a parent, its children's weighted mean. */
  progress: Share,
  start_on: CalendarDate,
  due_on: CalendarDate,
  completed_on: z.nullable(CalendarDate),
  verified_on: z.nullable(CalendarDate),
  /** Days past due: as of the date for overdue tasks, at completion for late ones; else null. */
  days_late: z.nullable(z.int().check(z.gte(0))),
  /** The task's milestones, `done_on` null when not done by the as-of date. */
  milestones: z.array(TaskMilestone),
});
export type TaskProgress = z.infer<typeof TaskProgress>;

/** Leaf tasks of an area or an owner (or of the whole programme, in the widget). */
export const Rollup = z.strictObject({
  id: LedgerName,
  label: z.nullable(LocalizedText),
  /** Leaf tasks. */
  tasks: TaskCount,
  completed: TaskCount,
  verified: TaskCount,
  overdue: TaskCount,
  completionRate: z.nullable(Share),
  weightedCompletionRate: z.nullable(Share),
  /** Weighted mean progress of the leaf tasks. */
  progress: z.nullable(Share),
});
export type Rollup = z.infer<typeof Rollup>;

export const BurnupPoint = z.strictObject({
  month: PeriodKey,
  end: CalendarDate,
  /** Leaf tasks due by the end of the month. */
  planned: TaskCount,
  /** Completed / verified by then; null for months after the as-of date. */
  completed: z.nullable(TaskCount),
  verified: z.nullable(TaskCount),
});
export type BurnupPoint = z.infer<typeof BurnupPoint>;

export const Projection = z.strictObject({
  /** Projected finish date, or null. */
  date: z.nullable(CalendarDate),
  /** `finished` (date = last completion), `projected`, or `no_recent_completions` (no pace to project from). */
  reason: z.enum(PROJECTION_REASONS),
  /** Leaf tasks completed per 30 days over the last 90 days. */
  pacePer30Days: z.number().check(z.gte(0)),
  remaining: TaskCount,
});
export type Projection = z.infer<typeof Projection>;

export const ReformReport = z.strictObject({
  schema: z.literal(REFORM_REPORT_SCHEMA_ID),
  programme: z.strictObject({
    id: z.string().check(z.regex(/^[a-z][a-z0-9_-]*$/, 'expected an id (lower-case letters, digits, - and _)')),
    label: LocalizedText,
    synthetic: z.boolean(),
  }),
  asOf: CalendarDate,
  tasks: z.array(TaskProgress),
  /** Counts of leaf tasks by status. */
  counts: z.record(z.enum(TASK_STATUSES), TaskCount),
  /** Over leaf tasks: completed or verified / all. */
  completionRate: Share,
  weightedCompletionRate: Share,
  verificationRate: Share,
  /** Completed by the due date / completed; null when nothing is completed. */
  onTimeRate: z.nullable(Share),
  overdue: z.array(
    z.strictObject({
      id: LedgerName,
      title: LocalizedText,
      owner: LedgerName,
      due_on: CalendarDate,
      days_late: z.int().check(z.gte(0)),
    }),
  ),
  byArea: z.array(Rollup),
  byOwner: z.array(Rollup),
  burnup: z.array(BurnupPoint),
  projection: Projection,
});
export type ReformReport = z.infer<typeof ReformReport>;
