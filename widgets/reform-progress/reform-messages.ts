import type { WidgetLang } from '../base/messages.js';

/** The texts of <reform-progress>, in both languages (kept apart so other widgets do not carry them). */
export interface ReformMessages {
  /** The headline of `invalid_report`: the data is not a valid ReformReport. */
  readonly invalidReport: string;
  readonly status: Record<'verified' | 'completed' | 'overdue' | 'not_started' | 'at_risk' | 'in_progress', string>;
  readonly asOf: (date: string) => string;
  readonly done: (percent: string, weighted: string) => string;
  /** Counts over the leaf tasks (a task with subtasks is their rollup), and says so. */
  readonly tally: (verified: number, completed: number, total: number) => string;
  readonly onTime: (percent: string) => string;
  readonly projected: (date: string) => string;
  readonly finished: (date: string) => string;
  readonly noPace: string;
  readonly overdueTitle: string;
  readonly noneOverdue: string;
  readonly daysLate: (days: number) => string;
  readonly due: string;
  readonly areas: string;
  readonly synthetic: string;
  readonly views: Record<'summary' | 'areas' | 'tasks' | 'burnup', string>;
  readonly planned: string;
  readonly month: string;
  /** The burn-up's numbers as a table. */
  readonly table: string;
  readonly burnup: (month: string, planned: number, completed: number, verified: number, total: number) => string;
}

export const REFORM_MESSAGES: Record<WidgetLang, ReformMessages> = {
  'zh-CN': {
    invalidReport: '数据不是有效的改革进展报告',
    status: {
      verified: '已销号',
      completed: '已完成',
      overdue: '已逾期',
      not_started: '未开始',
      at_risk: '有风险',
      in_progress: '推进中',
    },
    asOf: (date) => `截至 ${date}`,
    done: (percent, weighted) => `已完成 ${percent}（按权重 ${weighted}）`,
    tally: (verified, completed, total) =>
      `已销号 ${verified} 项，已完成未销号 ${completed} 项，共 ${total} 项末级任务`,
    onTime: (percent) => `按期完成率 ${percent}`,
    projected: (date) => `按近 90 天进度，预计 ${date} 全部完成`,
    finished: (date) => `已于 ${date} 全部完成`,
    noPace: '近 90 天无任务完成，无法预计完成时间',
    overdueTitle: '逾期任务',
    noneOverdue: '没有逾期任务',
    daysLate: (days) => `逾期 ${days} 天`,
    due: '应完成',
    areas: '各领域进度',
    synthetic: '示例数据（合成）',
    views: { summary: '概览', areas: '领域', tasks: '任务', burnup: '进度曲线' },
    planned: '应完成',
    month: '月份',
    table: '数据表',
    burnup: (month, planned, completed, verified, total) =>
      `截至${month}，共 ${total} 项末级任务中应完成 ${planned} 项，已完成 ${completed} 项，已销号 ${verified} 项。`,
  },
  en: {
    invalidReport: 'The data is not a valid reform report',
    status: {
      verified: 'Verified',
      completed: 'Completed',
      overdue: 'Overdue',
      not_started: 'Not started',
      at_risk: 'At risk',
      in_progress: 'In progress',
    },
    asOf: (date) => `as of ${date}`,
    done: (percent, weighted) => `${percent} complete (${weighted} by weight)`,
    tally: (verified, completed, total) =>
      `${verified} verified, ${completed} completed awaiting verification, of ${total} leaf ${total === 1 ? 'task' : 'tasks'}`,
    onTime: (percent) => `${percent} completed on time`,
    projected: (date) => `At the pace of the last 90 days, all done by ${date}`,
    finished: (date) => `All done on ${date}`,
    noPace: 'No task completed in the last 90 days: no finish date can be projected',
    overdueTitle: 'Overdue tasks',
    noneOverdue: 'No overdue tasks',
    daysLate: (days) => `${days} days late`,
    due: 'due',
    areas: 'Progress by area',
    synthetic: 'Sample data (synthetic)',
    views: { summary: 'Summary', areas: 'Areas', tasks: 'Tasks', burnup: 'Burn-up' },
    planned: 'Due',
    month: 'Month',
    table: 'Data table',
    burnup: (month, planned, completed, verified, total) =>
      `By ${month}: ${planned} of ${total} leaf tasks due, ${completed} completed, ${verified} verified.`,
  },
};
