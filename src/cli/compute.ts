import { parseOptions } from './parse-options.js';
import { LawGaugeError } from '../errors/law-gauge-error.js';
import { evaluate } from '../evaluate/evaluate.js';
import { normaliseOptions } from '../evaluate/options.js';
import { mappingEntries } from '../ingest/parse-mapping.js';
import { fieldsToRead, fieldsUsed } from '../model/fields-used.js';
import type { Mapping } from '../model/mapping.js';
import { readDatasetFile, type ReadDatasetResult } from '../node/read-dataset-file.js';
import type { Table } from '../table/table.js';
import { writeResult, type CliRun } from './cli-io.js';
import { excludedText, rejectsCsv, summaryText, type ReadSummary } from './data-summary.js';
import { loadCatalog, loadMapping } from './load-definitions.js';
import { EVALUATION_OPTIONS, evaluationOptions } from './evaluation-options.js';
import { rejectRateExit, SHARED_OPTIONS, sharedValues, withHeaderRow, type SharedValues } from './shared-options.js';
import { progressBar } from './progress-bar.js';
import { reportsCsv, reportsTable } from './report-output.js';
import { UsageError } from './usage.js';
import { computeOnEngine, tableNames } from './engine-compute.js';
import { selectedReports, selectIndicators, type IndicatorSelection } from './indicator-selection.js';
import type { Catalog } from '../model/catalog.js';
import type { Dataset } from '../model/dataset.js';
import type { Report } from '../model/report.js';
import type { EvaluateOptions } from '../evaluate/options.js';
import { refuseOverwritingInputs } from './output-paths.js';
import { COMPARISON_OPTIONS, comparisonOptions, withComparisons, type Comparisons } from './comparison-flags.js';

/** The command's options, as parseOptions reads them (its --help lists each). */
export const OPTIONS = {
  ...EVALUATION_OPTIONS,
  data: { type: 'string', multiple: true },
  verbose: { type: 'boolean' },
  engine: { type: 'string' },
  table: { type: 'string', multiple: true },
  rank: { type: 'boolean' },
  ...COMPARISON_OPTIONS,
  ...SHARED_OPTIONS,
} as const;

type ComputeValues = ReturnType<typeof parseOptions<typeof OPTIONS>>;

/** `--data name=path` pairs, each dataset once. */
function dataFiles(values: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const value of values) {
    const split = value.indexOf('=');
    if (split <= 0 || split === value.length - 1) throw new UsageError((messages) => messages.dataPair(value));
    const dataset = value.slice(0, split);
    if (files.has(dataset)) throw new UsageError((messages) => messages.givenTwice('--data', dataset));
    files.set(dataset, value.slice(split + 1));
  }
  if ([...files.values()].filter((path) => path === '-').length > 1)
    throw new UsageError((messages) => messages.oneStdin);
  return files;
}

/** What the command line asks for, checked before anything is read. */
interface ComputeRequest {
  readonly values: ComputeValues;
  readonly catalogName: string;
  readonly engine: string | undefined;
  readonly shared: SharedValues;
  readonly rank: boolean;
  readonly comparisons: Comparisons;
}

/** Parses the arguments and refuses combinations that cannot work. */
function computeRequest(args: readonly string[], run: CliRun): ComputeRequest {
  const values = parseOptions(args, OPTIONS, run);
  const catalogName = values.catalog;
  if (catalogName === undefined) throw new UsageError((texts) => texts.catalogRequired);
  const engine = values.engine;
  if (engine === undefined && (values.data === undefined || values.data.length === 0))
    throw new UsageError((texts) => texts.dataRequired);
  if (engine === undefined && values.table !== undefined) throw new UsageError((texts) => texts.tableNeedsEngine);
  if (engine !== undefined && values.rejects !== undefined) throw new UsageError((texts) => texts.rejectsNeedFiles);
  const shared = sharedValues(values);
  // Every flag's value is checked here, before a definition or data file is read (--period first:
  // the periods --spc-phase and --funnel-period name are of its unit).
  const { period } = evaluationOptions(values);
  const comparisons = comparisonOptions(values, period ?? 'month');
  return { values, catalogName, engine, shared, rank: values.rank === true, comparisons };
}

/** The catalog, mapping and data files of a run, and the evaluation they are for. */
interface ComputePlan {
  readonly catalog: Catalog;
  readonly mapping: Mapping | undefined;
  readonly files: Map<string, string>;
  readonly datasets: Map<string, Dataset>;
  readonly selection: IndicatorSelection;
  readonly options: EvaluateOptions & { readonly by: readonly string[] };
  /** The fields each dataset is read for. */
  readonly used: Map<string, string[]>;
  /** With an engine: the table of each dataset (`--table`). */
  readonly tables: Map<string, string>;
}

/** Loads the definitions and checks that the data given is the data the chosen indicators need. */
async function computePlan(request: ComputeRequest, run: CliRun): Promise<ComputePlan> {
  const { values, engine, rank } = request;
  const catalog = await loadCatalog(request.catalogName);
  const mapping = values.map === undefined ? undefined : await loadMapping(values.map, catalog);
  const files = dataFiles(values.data ?? []);
  refuseOverwritingInputs({ '--out': values.out, '--rejects': values.rejects }, [
    ...files.values(),
    values.map,
    values.catalog,
  ]);
  const tables = engine === undefined ? new Map<string, string>() : tableNames(values.table ?? [], catalog);
  const datasets = new Map(catalog.datasets.map((dataset) => [dataset.id, dataset]));
  for (const name of files.keys()) {
    if (!datasets.has(name))
      throw new UsageError((texts) => texts.noSuchDataset('--data', catalog.id, name, [...datasets.keys()]));
  }
  // --indicator may name composites: their leaf indicators are evaluated, the composites computed after.
  const asked = evaluationOptions(values);
  const selection = selectIndicators(catalog, asked.indicators);
  if (rank && selection.composites.length === 0) throw new UsageError((texts) => texts.rankNeedsComposite);
  const indicatorIds = selection.evaluated;
  const options = indicatorIds === undefined ? asked : { ...asked, indicators: indicatorIds };
  // The catalog's side of the options (a --by field it lacks, --from after --to) before any file is read.
  normaliseOptions(catalog, null, options);
  const used = fieldsUsed(catalog, indicatorIds);
  // With an engine, a dataset without --data is read from its table (--table, default its id).
  const missing = engine !== undefined ? [] : [...used.keys()].filter((id) => !files.has(id));
  if (missing.length > 0) {
    const needing = (id: string) =>
      catalog.indicators
        .filter((indicator) => indicator.dataset === id && (indicatorIds?.includes(indicator.id) ?? true))
        .map((indicator) => indicator.id);
    throw new UsageError((texts) => missing.map((id) => texts.datasetNeeded(id, needing(id))).join('\n'));
  }
  for (const name of files.keys()) if (!used.has(name)) run.io.err(`${run.messages.dataNotRead(name)}\n`);
  return { catalog, mapping, files, datasets, selection, options, used, tables };
}

/** Notes on stderr for one file read: defaulted fields without a column, and with --verbose each field's column. */
function readNotes(
  run: CliRun,
  read: { readonly name: string; readonly source: string; readonly dataset: Dataset; readonly fields: string[] },
  result: ReadDatasetResult,
  entry: ReturnType<typeof mappingEntries>[number][1] | undefined,
  request: ComputeRequest,
): void {
  const { io, messages } = run;
  const { name, source, dataset, fields } = read;
  // A defaulted field the file has no column for may be a header spelled otherwise
  // (扣除审限天数（天）): say so every run, unless the mapping marks it absent on purpose.
  for (const field of dataset.fields) {
    if (!fields.includes(field.name) || result.columns.has(field.name) || entry?.columns?.[field.name] === null)
      continue;
    if ('default' in field && field.default !== undefined && !request.shared.quiet) {
      io.err(
        `${messages.defaultedNote(name, field.name, field.label?.['zh-CN'] ?? field.name, String(field.default))}\n`,
      );
    }
  }
  if (request.values.verbose !== true) return;
  io.err(
    `${messages.verboseRead(name, source, result.format, result.format === 'csv' ? result.encoding : null, result.bytes)}\n`,
  );
  for (const field of result.table.dataset.fields) {
    // The fields asked for, and those kept for the dataset's key and checks.
    if (!fields.includes(field.name) && !result.table.columns.has(field.name)) continue;
    const column = result.columns.get(field.name);
    // A field without a column reads as empty: its default, or null.
    const line =
      column !== undefined
        ? messages.columnRead(field.name, column)
        : 'default' in field && field.default !== undefined
          ? messages.columnDefault(field.name, String(field.default))
          : messages.columnEmpty(field.name);
    io.err(`${line}\n`);
  }
}

/** Reads each data file the evaluation needs into a table, with a progress bar and notes. */
async function readTables(
  plan: ComputePlan,
  request: ComputeRequest,
  run: CliRun,
): Promise<{ tables: Map<string, Table>; reads: ReadSummary[] }> {
  const { files, datasets, mapping, options } = plan;
  const { encoding, sheet, quiet, headerRow } = request.shared;
  const tables = new Map<string, Table>();
  const reads: ReadSummary[] = [];
  const toRead = fieldsToRead(plan.catalog, plan.selection.evaluated, options.by);
  for (const [name, path] of files) {
    const fields = toRead.get(name);
    if (fields === undefined) continue;
    const dataset = datasets.get(name)!;
    const entry = mapping === undefined ? undefined : mappingEntries(mapping).find(([id]) => id === name)?.[1];
    const bar = progressBar(run.io, run.messages, name, quiet);
    const result = await readDatasetFile(path, {
      dataset,
      fields,
      encoding,
      ...(sheet === undefined ? {} : { sheet }),
      ...withHeaderRow(entry, headerRow),
      onProgress: bar.update,
    });
    bar.done();
    tables.set(name, result.table);
    const source = path === '-' ? 'stdin' : path;
    reads.push({
      dataset: name,
      source,
      format: result.format,
      encoding: result.encoding,
      table: result.table,
      columns: result.columns,
    });
    readNotes(run, { name, source, dataset, fields }, result, entry, request);
  }
  if (sheet !== undefined && reads.length > 0 && reads.every((read) => read.format !== 'xlsx'))
    run.io.err(
      `${run.messages.sheetUnused(
        '--sheet',
        reads.map((read) => read.source),
      )}\n`,
    );
  return { tables, reads };
}

/** The Reports as `--format` asks: a table, CSV or JSON. */
function reportsText(
  reports: readonly Report[],
  catalog: Catalog,
  by: readonly string[],
  shared: SharedValues,
  run: CliRun,
  out: string | undefined,
): string {
  if (shared.format === 'json') return `${JSON.stringify(reports, null, 2)}\n`;
  if (shared.format === 'csv') return reportsCsv(reports, by, { bom: out?.toLowerCase().endsWith('.csv') === true });
  return reportsTable(reports, catalog, by, run.lang);
}

/** The Reports chosen (composites computed, ranked if asked), carrying the comparisons asked for. */
function finalReports(evaluated: readonly Report[], plan: ComputePlan, request: ComputeRequest): Report[] {
  const reports = selectedReports(plan.catalog, evaluated, plan.selection, request.rank);
  return withComparisons(reports, request.comparisons);
}

/**
 * `evaluate()` as the CLI words its failure to infer the period range: the core's `options.from`
 * names the API's option; the CLI names `--from`/`--to` and the rows rejected (`rejected`, when
 * known), the likely reason a file with dates has none usable, or that the files hold no records
 * at all (`noRecords`: an export with a header only).
 */
async function withCliRange<T>(
  evaluation: () => T | Promise<T>,
  rejected: number | undefined,
  noRecords = false,
): Promise<T> {
  try {
    return await evaluation();
  } catch (error) {
    const noDates =
      error instanceof LawGaugeError &&
      error.root === 'options' &&
      error.issues.length === 1 &&
      error.issues[0]!.code === 'missing_range' &&
      error.issues[0]!.params.reason === 'no_dates';
    if (noDates) throw new UsageError((messages) => messages.noUsableDates(rejected, noRecords));
    throw error;
  }
}

/** `lawgauge compute …`: reads the data files (or asks an engine), evaluates the catalog and writes the Reports. */
export async function compute(args: readonly string[], run: CliRun): Promise<number> {
  const request = computeRequest(args, run);
  const { values, engine, shared } = request;
  const plan = await computePlan(request, run);
  const { catalog, options } = plan;

  if (engine !== undefined) {
    const { reports, reads } = await withCliRange(
      () =>
        computeOnEngine({
          engine,
          catalog,
          files: plan.files,
          tables: plan.tables,
          mapping: plan.mapping,
          used: plan.used,
          by: options.by,
          options,
        }),
      undefined,
    );
    const carried = finalReports(reports, plan, request);
    if (!shared.quiet)
      run.io.err(summaryText(reads, run.messages) + excludedText(reports, reads, run.messages, catalog));
    await writeResult(run.io, values.out, reportsText(carried, catalog, options.by, shared, run, values.out));
    return rejectRateExit(reads, shared.maxRejectRate, run, false);
  }

  const { tables, reads } = await readTables(plan, request, run);
  if (!shared.quiet) run.io.err(summaryText(reads, run.messages));
  if (values.rejects !== undefined)
    await writeResult(
      run.io,
      values.rejects,
      rejectsCsv(reads, run.messages, { bom: values.rejects.toLowerCase().endsWith('.csv') }),
    );
  const rejected = reads.reduce((sum, read) => sum + read.table.quality.quarantined, 0);
  const records = reads.reduce((sum, read) => sum + read.table.quality.used + read.table.quality.quarantined, 0);
  const evaluated = await withCliRange(() => evaluate(catalog, tables, options), rejected, records === 0);
  const reports = finalReports(evaluated, plan, request);
  if (!shared.quiet) run.io.err(excludedText(evaluated, reads, run.messages, catalog));
  await writeResult(run.io, values.out, reportsText(reports, catalog, options.by, shared, run, values.out));
  return rejectRateExit(reads, shared.maxRejectRate, run, values.rejects !== undefined);
}
