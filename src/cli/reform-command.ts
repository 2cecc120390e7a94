import { basename, extname } from 'node:path';
import { parseOptions } from './parse-options.js';
import { toCsv } from '../format/csv-text.js';
import { formatPercent } from '../format/format-percent.js';
import type { Lang } from '../format/format-value.js';
import { LawGaugeError } from '../errors/law-gauge-error.js';
import type { LocalizedText } from '../model/primitives.js';
import { readDatasetFile } from '../node/read-dataset-file.js';
import { mappingEntries } from '../ingest/parse-mapping.js';
import { loadMapping } from './load-definitions.js';
import { readJsonFile } from '../node/read-json-file.js';
import { parseProgramme } from '../reform/parse-programme.js';
import { programmeFromTables } from '../reform/programme-from-tables.js';
import { quarantineOrphanTasks } from '../reform/orphan-tasks.js';
import { quarantineUnknownMilestones } from '../reform/unknown-milestones.js';
import type { Programme } from '../reform/programme.js';
import { progress } from '../reform/progress.js';
import { REFORM_MILESTONES_DATASET, REFORM_TASKS_DATASET } from '../reform/reform-datasets.js';
import type { ReformReport } from '../reform/reform-report.js';
import { reformTaskTable } from '../reform/reform-task-table.js';
import { formatDay } from '../time/civil-day.js';
import { shanghaiDayFromEpochMs } from '../time/shanghai.js';
import { writeResult, type CliRun } from './cli-io.js';
import { MESSAGES } from './cli-lang.js';
import { rejectsCsv, summaryText, type ReadSummary } from './data-summary.js';
import { isoDate } from './option-values.js';
import {
  rejectRateExit,
  SHARED_OPTIONS,
  sharedValues,
  sheetOption,
  withHeaderRow,
  type SharedValues,
} from './shared-options.js';
import { alignTable } from './text-table.js';
import { UsageError } from './usage.js';
import { refuseOverwritingInputs } from './output-paths.js';

/** The command's options, as parseOptions reads them (its --help lists each). */
export const OPTIONS = {
  tasks: { type: 'string' },
  milestones: { type: 'string' },
  'milestones-sheet': { type: 'string' },
  programme: { type: 'string' },
  title: { type: 'string' },
  'title-en': { type: 'string' },
  'as-of': { type: 'string' },
  map: { type: 'string' },
  ...SHARED_OPTIONS,
} as const;

/** Ledger columns an office may leave out: they read as empty (weight then defaults to 1). */
const OPTIONAL_TASK_FIELDS = ['parent_id', 'title_en', 'weight', 'completed_on', 'verified_on'];
const OPTIONAL_MILESTONE_FIELDS = ['title_en', 'done_on'];

/** `--format csv`: one row per task, exactly these columns. */
export function reformCsv(report: ReformReport, options: { readonly bom: boolean }): string {
  return toCsv(reformTaskTable(report), options);
}

/** `--format table`: the headline rates, then the task table indented by depth. */
export function reformTable(report: ReformReport, lang: Lang): string {
  const words = MESSAGES[lang].reformWords;
  const percent = (value: number | null): string => (value === null ? '—' : formatPercent(value, lang, 1));
  const projection =
    report.projection.reason === 'no_recent_completions'
      ? words.none
      : `${report.projection.date}${report.projection.reason === 'finished' ? words.finished : ''}`;
  const head = [
    `${report.programme.label[lang]}${report.programme.synthetic ? words.synthetic : ''}`,
    `${words.asOf} ${report.asOf}${words.ofLeaves(report.tasks.filter((task) => task.leaf).length)}${words.colon}${[
      `${words.completion} ${percent(report.completionRate)}`,
      `${words.weighted} ${percent(report.weightedCompletionRate)}`,
      `${words.verification} ${percent(report.verificationRate)}`,
      `${words.onTime} ${percent(report.onTimeRate)}`,
    ].join(words.comma)}`,
    `${words.projection}${words.colon}${projection}`,
  ];
  const rows = report.tasks.map((task) => [
    `${'  '.repeat(task.depth)}${task.id} ${task.title[lang]}`,
    task.owner,
    words.statuses[task.status],
    words.lights[task.light],
    percent(task.progress),
    task.due_on,
    task.days_late === null ? '' : String(task.days_late),
  ]);
  return `${head.join('\n')}\n\n${alignTable([words.task, words.owner, words.status, words.light, words.progress, words.due, words.late], rows, new Set([4, 6]))}\n`;
}

const LEDGER_TITLE: LocalizedText = { 'zh-CN': '改革任务台账', en: 'Reform task ledger' };

/**
 * A ledger carries no programme title: `--title` (Chinese, and English too unless `--title-en`
 * is given), else what the ledger is, in each language — never the file or dataset name.
 */
function ledgerTitle(title: string | undefined, titleEn: string | undefined): LocalizedText {
  const text = (option: string, value: string | undefined): string | undefined => {
    if (value === undefined) return undefined;
    if (value.trim() === '') throw new UsageError((messages) => messages.titleEmpty(option));
    return value.trim();
  };
  const zh = text('--title', title);
  return { 'zh-CN': zh ?? LEDGER_TITLE['zh-CN'], en: text('--title-en', titleEn) ?? zh ?? LEDGER_TITLE.en };
}

/** The command's option values as `parseOptions` reads them. */
type ReformValues = ReturnType<typeof parseReformArgs>;

function parseReformArgs(args: readonly string[], run: CliRun) {
  return parseOptions(args, OPTIONS, run);
}

/** `lawgauge reform …`: a programme from its ledgers (or JSON) and its progress as of a date. */
export async function reform(args: readonly string[], run: CliRun): Promise<number> {
  const values = parseReformArgs(args, run);
  const shared = sharedValues(values);
  // One workbook often holds both ledgers: --sheet for the tasks, --milestones-sheet for the milestones.
  const milestonesSheet = sheetOption(values['milestones-sheet']);
  const asOf =
    values['as-of'] === undefined ? formatDay(shanghaiDayFromEpochMs(Date.now())) : isoDate('--as-of', values['as-of']);
  refuseMismatchedSources(values);
  const { programme, reads } =
    values.programme !== undefined
      ? { programme: await programmeFromJson(values.programme), reads: [] }
      : await programmeFromLedgers(values.tasks!, milestonesSheet, values, shared, run);
  const report = progress(programme, { asOf });
  const text =
    shared.format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : shared.format === 'csv'
        ? reformCsv(report, { bom: values.out?.toLowerCase().endsWith('.csv') === true })
        : reformTable(report, run.lang);
  await writeResult(run.io, values.out, text);
  return rejectRateExit(reads, shared.maxRejectRate, run, values.rejects !== undefined);
}

/** Ledgers or a programme JSON, not both nor neither; a title only for ledgers; no output over an input. */
function refuseMismatchedSources(values: ReformValues): void {
  if ((values.tasks === undefined) === (values.programme === undefined))
    throw new UsageError((text) => text.reformSource);
  refuseOverwritingInputs({ '--out': values.out, '--rejects': values.rejects }, [
    values.tasks,
    values.milestones,
    values.programme,
    values.map,
  ]);
  if (values.programme !== undefined && (values.title !== undefined || values['title-en'] !== undefined))
    throw new UsageError((text) => text.titleWithProgramme);
  if (values.programme !== undefined && values.map !== undefined) throw new UsageError((text) => text.mapWithProgramme);
}

/** `--programme file.json`: its problems are named after the file. */
async function programmeFromJson(path: string): Promise<Programme> {
  const json = await readJsonFile(path);
  try {
    return parseProgramme(json);
  } catch (error) {
    if (error instanceof LawGaugeError) throw new LawGaugeError(error.code, `${path}: programme`, error.issues);
    throw error;
  }
}

/**
 * `--tasks` (and `--milestones`) ledgers: read, summarised (with their rejects written) and built
 * into a programme whose id comes from the tasks file's name.
 */
async function programmeFromLedgers(
  tasksPath: string,
  milestonesSheet: string | number | undefined,
  values: ReformValues,
  { encoding, sheet, quiet, headerRow }: SharedValues,
  { io, messages }: CliRun,
): Promise<{ programme: Programme; reads: ReadSummary[] }> {
  const reads: ReadSummary[] = [];
  // `--map`: the ledgers' headers, spellings and date formats, under reform_tasks and reform_milestones.
  const mapping = values.map === undefined ? [] : mappingEntries(await loadMapping(values.map));
  const entryOf = (id: string) => withHeaderRow(mapping.find(([dataset]) => dataset === id)?.[1], headerRow);
  const tasks = await readDatasetFile(tasksPath, {
    dataset: REFORM_TASKS_DATASET,
    encoding,
    optional: OPTIONAL_TASK_FIELDS,
    ...(sheet === undefined ? {} : { sheet }),
    ...entryOf(REFORM_TASKS_DATASET.id),
  });
  // A task under a parent no usable row has (and the tasks under it) cannot be rolled up: quarantined
  // with its line, counted in the summary and --rejects, and the run goes on with the other branches.
  const taskTable = quarantineOrphanTasks(tasks.table);
  reads.push({
    dataset: REFORM_TASKS_DATASET.id,
    source: tasksPath,
    format: tasks.format,
    encoding: tasks.encoding,
    table: taskTable,
    columns: tasks.columns,
  });
  const milestones =
    values.milestones === undefined
      ? undefined
      : await readDatasetFile(values.milestones, {
          dataset: REFORM_MILESTONES_DATASET,
          encoding,
          optional: OPTIONAL_MILESTONE_FIELDS,
          ...(milestonesSheet === undefined ? {} : { sheet: milestonesSheet }),
          ...entryOf(REFORM_MILESTONES_DATASET.id),
        });
  // A milestone whose task no usable row has (quarantined, or absent) is quarantined with its line.
  const milestoneTable =
    milestones === undefined ? undefined : quarantineUnknownMilestones(milestones.table, taskTable);
  if (milestones !== undefined)
    reads.push({
      dataset: REFORM_MILESTONES_DATASET.id,
      source: values.milestones!,
      format: milestones.format,
      encoding: milestones.encoding,
      table: milestoneTable!,
      columns: milestones.columns,
    });
  for (const [option, chosen, read] of [
    ['--sheet', sheet, reads[0]],
    ['--milestones-sheet', milestonesSheet, reads[1]],
  ] as const)
    if (chosen !== undefined && read !== undefined && read.format !== 'xlsx')
      io.err(`${messages.sheetUnused(option, [read.source])}\n`);
  // The summary and rejects come first: a task the ingest quarantined (verified before it was
  // completed, a repeated id) is why the tasks under it were quarantined too.
  if (!quiet) io.err(summaryText(reads, messages));
  if (values.rejects !== undefined)
    await writeResult(
      io,
      values.rejects,
      rejectsCsv(reads, messages, { bom: values.rejects.toLowerCase().endsWith('.csv') }),
    );
  // Nothing left to build a programme of (every task quarantined: orphans, bad values): say so with
  // the counts, not as the programme's empty task list.
  if (taskTable.length === 0) {
    const { read, quarantined, skipped } = taskTable.quality;
    throw new UsageError((text) => text.noUsableTasks(tasksPath, read, quarantined, skipped));
  }
  const label = ledgerTitle(values.title, values['title-en']);
  try {
    const programme = programmeFromTables({
      id: programmeId(tasksPath),
      label,
      tasks: taskTable,
      ...(milestoneTable === undefined ? {} : { milestones: milestoneTable }),
    });
    return { programme, reads };
  } catch (error) {
    // What is left (a milestone for an unknown task, a cycle, due before start) is named after the file.
    if (error instanceof LawGaugeError) throw new LawGaugeError(error.code, `${tasksPath}: programme`, error.issues);
    throw error;
  }
}

/** A programme id from the ledger's file name: lower case, letters, digits, `_` and `-`. */
function programmeId(tasksPath: string): string {
  return (
    basename(tasksPath, extname(tasksPath))
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/^[^a-z]+/, '') || 'programme'
  );
}
