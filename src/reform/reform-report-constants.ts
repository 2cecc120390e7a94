// Zod-free constants of the ReformReport contract, for browser bundles (see reform-report.ts for the schema).

export const REFORM_REPORT_SCHEMA_ID = 'lawgauge/reform-report@1';

/** A task's state as of a date (DOMAIN.md, "Reform completion"): the first rule that applies. */
export const TASK_STATUSES = ['verified', 'completed', 'overdue', 'not_started', 'at_risk', 'in_progress'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * Traffic light: red = overdue; yellow = at risk, due within 14 days and not done (started or not),
 * or completed after its due date (caught up late); green = everything else (done on time, on
 * track, not started with more than 14 days left).
 */
export const LIGHTS = ['green', 'yellow', 'red'] as const;
export type Light = (typeof LIGHTS)[number];

/** Why a projection says what it says: `finished`, `projected`, or `no_recent_completions`. */
export const PROJECTION_REASONS = ['finished', 'projected', 'no_recent_completions'] as const;
