import { parseArgs } from 'node:util';
import { evaluate } from '../evaluate/evaluate.js';
import { mappingEntries } from '../ingest/parse-mapping.js';
import { fieldsUsed } from '../model/fields-used.js';
import type { Mapping } from '../model/mapping.js';
import { readDatasetFile } from '../node/read-dataset-file.js';
import type { Table } from '../table/table.js';
import { writeResult, type CliRun } from './cli-io.js';
import { rejectsCsv, summaryText, type ReadSummary } from './data-summary.js';
import { loadCatalog, loadMapping } from './load-definitions.js';
import { EVALUATION_OPTIONS, evaluationOptions } from './evaluation-options.js';
import { rejectRateExit, SHARED_OPTIONS, sharedValues } from './shared-options.js';
import { progressBar } from './progress-bar.js';
import { reportsCsv, reportsTable } from './report-output.js';
import { UsageError } from './usage.js';
import { computeOnEngine, tableNames } from './engine-compute.js';
import { selectedReports, selectIndicators } from './indicator-selection.js';
import type { Catalog } from '../model/catalog.js';
import type { Report } from '../model/report.js';
import { refuseOverwritingInputs } from './output-paths.js';

const OPTIONS = {
  ...EVALUATION_OPTIONS,
  data: { type: 'string', multiple: true },
  verbose: { type: 'boolean' },
  engine: { type: 'string' },
  table: { type: 'string', multiple: true },
  rank: { type: 'boolean' },
  ...SHARED_OPTIONS,
} as const;

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

/** `lawgauge compute …`: reads the data files, evaluates the catalog and writes the Reports. */
export async function compute(args: readonly string[], run: CliRun): Promise<number> {
  const { io, lang, messages } = run;
  const { values } = parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: false });
  if (values.catalog === undefined) throw new UsageError((texts) => texts.catalogRequired('compute'));
  const engine = values.engine;
  if (engine === undefined && (values.data === undefined || values.data.length === 0))
    throw new UsageError((texts) => texts.dataRequired);
  if (engine === undefined && values.table !== undefined) throw new UsageError((texts) => texts.tableNeedsEngine);
  if (engine !== undefined && values.rejects !== undefined) throw new UsageError((texts) => texts.rejectsNeedFiles);
  const { format, encoding, sheet, maxRejectRate, quiet } = sharedValues(values);
  const rank = values.rank === true;

  const catalog = await loadCatalog(values.catalog);
  const mapping: Mapping | undefined = values.map === undefined ? undefined : await loadMapping(values.map, catalog);
  const files = dataFiles(values.data ?? []);
  refuseOverwritingInputs({ '--out': values.out, '--rejects': values.rejects }, [
    ...files.values(),
    values.map,
    values.catalog,
  ]);
  const tableArgs = engine === undefined ? new Map<string, string>() : tableNames(values.table ?? [], catalog);
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
  const { by } = options;
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
  for (const name of files.keys()) if (!used.has(name)) io.err(`${messages.dataNotRead(name)}\n`);

  if (engine !== undefined) {
    const { reports, reads } = await computeOnEngine({
      engine,
      catalog,
      files,
      tables: tableArgs,
      mapping,
      used,
      by,
      options,
    });
    if (!quiet) io.err(summaryText(reads, messages));
    await writeResult(
      io,
      values.out,
      reportsText(selectedReports(catalog, reports, selection, rank), catalog, by, format, lang, values.out),
    );
    return rejectRateExit(reads, maxRejectRate, run, false);
  }

  const tables = new Map<string, Table>();
  const reads: ReadSummary[] = [];
  for (const [name, path] of files) {
    if (!used.has(name)) continue;
    const dataset = datasets.get(name)!;
    const fields = dataset.fields
      .map((field) => field.name)
      .filter((field) => used.get(name)!.includes(field) || by.includes(field));
    const entry = mapping === undefined ? undefined : mappingEntries(mapping).find(([id]) => id === name)?.[1];
    const bar = progressBar(io, messages, name, quiet);
    const result = await readDatasetFile(path, {
      dataset,
      fields,
      encoding,
      ...(sheet === undefined ? {} : { sheet }),
      ...(entry === undefined ? {} : { mapping: entry }),
      onProgress: bar.update,
    });
    bar.done();
    tables.set(name, result.table);
    const source = path === '-' ? 'stdin' : path;
    reads.push({ dataset: name, source, format: result.format, encoding: result.encoding, table: result.table });
    // A defaulted field the file has no column for may be a header spelled otherwise
    // (扣除审限天数（天）): say so every run, unless the mapping marks it absent on purpose.
    for (const field of dataset.fields) {
      if (!fields.includes(field.name) || result.columns.has(field.name) || entry?.columns?.[field.name] === null)
        continue;
      if ('default' in field && field.default !== undefined && !quiet) {
        io.err(
          `${messages.defaultedNote(name, field.name, field.label?.['zh-CN'] ?? field.name, String(field.default))}\n`,
        );
      }
    }
    if (values.verbose === true) {
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
  }
  if (!quiet) io.err(summaryText(reads, messages));
  if (values.rejects !== undefined)
    await writeResult(
      io,
      values.rejects,
      rejectsCsv(reads, messages, { bom: values.rejects.toLowerCase().endsWith('.csv') }),
    );

  const reports = selectedReports(catalog, evaluate(catalog, tables, options), selection, rank);
  await writeResult(io, values.out, reportsText(reports, catalog, by, format, lang, values.out));

  return rejectRateExit(reads, maxRejectRate, run, values.rejects !== undefined);
}

function reportsText(
  reports: readonly Report[],
  catalog: Catalog,
  by: readonly string[],
  format: 'table' | 'csv' | 'json',
  lang: 'zh-CN' | 'en',
  out: string | undefined,
): string {
  if (format === 'json') return `${JSON.stringify(reports, null, 2)}\n`;
  if (format === 'csv') return reportsCsv(reports, by, { bom: out?.toLowerCase().endsWith('.csv') === true });
  return reportsTable(reports, catalog, by, lang);
}
