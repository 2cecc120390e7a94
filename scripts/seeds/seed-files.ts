import { csvFormatRows } from 'd3-dsv';
import {
  builtInCatalog,
  progress,
  REFORM_MILESTONES_DATASET,
  REFORM_TASKS_DATASET,
  type Dataset,
  type Programme,
} from '../../src/index.js';
import { generateCases } from './cases.js';
import { EVENTS } from './districts.js';
import { generatePatrolChecks } from './patrol-checks.js';
import { shanghaiProgramme } from './reform-programme.js';
import { generateProcuratorateCases } from './procuratorate-cases.js';
import { generateResidentSurvey, generateSatisfactionSurvey } from './surveys.js';

type Row = Record<string, string | number | boolean | null>;

/** `2019-03-05` → `2019/3/5` and `2019-03-05 14:30` → `2019/3/5 14:30`, as Excel writes them. */
function excelDate(text: string): string {
  const [date, time] = text.split(' ');
  const [y, m, d] = date!.split('-').map(Number);
  return `${y}/${m}/${d}${time === undefined ? '' : ` ${time}`}`;
}

/** A dataset as a spreadsheet export: Chinese headers (field labels), Chinese enum values, 是/否, Excel dates. */
function chineseCsv(dataset: Dataset, records: readonly Row[]): string {
  const header = dataset.fields.map((field) => field.label?.['zh-CN'] ?? field.name);
  const cells = records.map((record) =>
    dataset.fields.map((field) => {
      const value = record[field.name];
      if (value === null || value === undefined) return '';
      switch (field.type) {
        case 'enum':
          return field.values.find((entry) => entry.value === value)?.synonyms?.[0] ?? String(value);
        case 'boolean':
          return value === true ? '是' : '否';
        case 'date':
        case 'datetime':
          return excelDate(String(value));
        default:
          return String(value);
      }
    }),
  );
  return `${csvFormatRows([header, ...cells])}\n`;
}

/** The mapping from the Chinese headers to the fields, spelled out (the CLI would also match them by label). */
function chineseMapping(datasets: readonly Dataset[]): string {
  const entries = datasets.map((dataset) => [
    dataset.id,
    { columns: Object.fromEntries(dataset.fields.map((field) => [field.name, field.label?.['zh-CN'] ?? field.name])) },
  ]);
  return `${JSON.stringify({ $schema: '../schema/mapping.schema.json', ...Object.fromEntries(entries) }, null, 2)}\n`;
}

/** The programme as the two ledgers an office keeps in a spreadsheet (reform_tasks, reform_milestones). */
function programmeLedgers(programme: Programme): { tasks: string; milestones: string } {
  const taskRows: Row[] = programme.tasks.map((task) => ({
    task_id: task.id,
    parent_id: task.parent ?? null,
    area: task.area,
    title: task.title['zh-CN'],
    title_en: task.title.en,
    owner: task.owner,
    weight: task.weight ?? 1,
    start_on: task.start_on,
    due_on: task.due_on,
    completed_on: task.completed_on ?? null,
    verified_on: task.verified_on ?? null,
  }));
  const milestoneRows: Row[] = programme.tasks.flatMap((task) =>
    (task.milestones ?? []).map((milestone) => ({
      task_id: task.id,
      title: milestone.title['zh-CN'],
      title_en: milestone.title.en,
      due_on: milestone.due_on,
      done_on: milestone.done_on ?? null,
    })),
  );
  return {
    tasks: chineseCsv(REFORM_TASKS_DATASET, taskRows),
    milestones: chineseCsv(REFORM_MILESTONES_DATASET, milestoneRows),
  };
}

function jsonLines(records: readonly Row[]): string {
  return `[\n${records.map((record) => JSON.stringify(record)).join(',\n')}\n]\n`;
}

/** Every committed seed file, by file name, generated deterministically. */
export function seedFiles(): Map<string, string> {
  const police = builtInCatalog('police-presence');
  const datasets: [Dataset, Row[]][] = [
    [
      builtInCatalog('court-case-quality').datasets[0]!,
      generateCases({ count: 4000, seed: 2019, first: '2017-07-01', last: '2020-12-31' }) as unknown as Row[],
    ],
    [police.datasets[0]!, generatePatrolChecks() as unknown as Row[]],
    [police.datasets[1]!, generateResidentSurvey() as unknown as Row[]],
    [builtInCatalog('procuratorate').datasets[0]!, generateProcuratorateCases() as unknown as Row[]],
    [builtInCatalog('public-satisfaction').datasets[0]!, generateSatisfactionSurvey() as unknown as Row[]],
  ];
  const files = new Map<string, string>();
  for (const [dataset, records] of datasets) {
    files.set(`${dataset.id}.json`, jsonLines(records));
    files.set(`${dataset.id}.csv`, chineseCsv(dataset, records));
  }
  files.set('mapping.json', chineseMapping(datasets.map(([dataset]) => dataset)));
  files.set('events.json', `${JSON.stringify(EVENTS, null, 2)}\n`);
  const programme = shanghaiProgramme();
  files.set('shanghai-2019/programme.json', `${JSON.stringify(programme, null, 2)}\n`);
  files.set('shanghai-2019/report.json', `${JSON.stringify(progress(programme, { asOf: '2019-12-31' }))}\n`);
  const ledgers = programmeLedgers(programme);
  files.set('shanghai-2019/reform_tasks.csv', ledgers.tasks);
  files.set('shanghai-2019/reform_milestones.csv', ledgers.milestones);
  return files;
}
