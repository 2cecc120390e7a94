import type { Dataset } from '../model/dataset.js';
import { parseDataset } from '../model/parse.js';

const label = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/**
 * The canonical ledger datasets (DOMAIN.md), for reading programmes from spreadsheets through the
 * same ingest rules as indicator data. `title` is Chinese; `title_en` (optional) English.
 */
export const REFORM_TASKS_DATASET: Dataset = parseDataset({
  id: 'reform_tasks',
  label: label('改革任务台账', 'Reform task ledger'),
  fields: [
    { name: 'task_id', type: 'string', required: true, label: label('任务编号', 'Task id') },
    { name: 'parent_id', type: 'string', label: label('上级任务', 'Parent task') },
    { name: 'area', type: 'string', required: true, label: label('领域', 'Area') },
    { name: 'title', type: 'string', required: true, label: label('任务名称', 'Title') },
    { name: 'title_en', type: 'string', label: label('英文名称', 'Title (English)') },
    { name: 'owner', type: 'string', required: true, label: label('责任单位', 'Owner') },
    { name: 'weight', type: 'number', min: 0, default: 1, label: label('权重', 'Weight') },
    { name: 'start_on', type: 'date', required: true, label: label('开始日期', 'Start') },
    { name: 'due_on', type: 'date', required: true, label: label('完成时限', 'Due') },
    { name: 'completed_on', type: 'date', label: label('完成日期', 'Completed') },
    { name: 'verified_on', type: 'date', label: label('销号日期', 'Verified') },
  ],
  key: ['task_id'],
  checks: [
    {
      id: 'verified_after_completed',
      label: label('销号日期不早于完成日期', 'verified on or after the day it was completed'),
      rule: { field: 'verified_on', op: 'ge', other: 'completed_on' },
    },
  ],
});

export const REFORM_MILESTONES_DATASET: Dataset = parseDataset({
  id: 'reform_milestones',
  label: label('任务节点', 'Task milestones'),
  fields: [
    { name: 'task_id', type: 'string', required: true, label: label('任务编号', 'Task id') },
    { name: 'title', type: 'string', required: true, label: label('节点', 'Milestone') },
    { name: 'title_en', type: 'string', label: label('英文名称', 'Title (English)') },
    { name: 'due_on', type: 'date', required: true, label: label('计划日期', 'Due') },
    { name: 'done_on', type: 'date', label: label('完成日期', 'Done') },
  ],
  // The same milestone twice under one task would be counted twice; the key also keeps each row's
  // place, so a milestone whose task is unknown is quarantined with its line.
  key: ['task_id', 'title'],
});
