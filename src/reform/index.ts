export { Programme, ReformTask, ReformArea, ReformOwner, Milestone } from './programme.js';
export { parseProgramme } from './parse-programme.js';
export { progress, progressOn } from './progress.js';
export { AT_RISK_GAP, DUE_SOON_DAYS } from './task-status.js';
export { PACE_WINDOW_DAYS } from './projection.js';
export { reformReportAsOf } from './report-as-of.js';
export { checkProgramme } from './check-programme.js';
export { REFORM_REPORT_SCHEMA_ID, TASK_STATUSES, LIGHTS } from './reform-report-constants.js';
export type {
  ReformReport,
  TaskProgress,
  TaskMilestone,
  TaskStatus,
  Light,
  Rollup,
  BurnupPoint,
  Projection,
} from './reform-report.js';
export { checkReformReportShape } from './check-reform-report-shape.js';
export { REFORM_TASKS_DATASET, REFORM_MILESTONES_DATASET } from './reform-datasets.js';
export { programmeFromTables } from './programme-from-tables.js';
export { quarantineOrphanTasks } from './orphan-tasks.js';
export { quarantineUnknownMilestones } from './unknown-milestones.js';
export { reformTaskTable } from './reform-task-table.js';
export type { ProgrammeTables } from './programme-from-tables.js';
