import { dashboardIndicatorIssues } from './dashboard-indicators.js';
import { dirname, resolve } from 'node:path';
import { Dashboard, type Panel } from '../dashboard/dashboard.js';
import { LawGaugeError } from '../errors/law-gauge-error.js';
import { evaluate } from '../evaluate/evaluate.js';
import { mappingEntries, parseMapping } from '../ingest/parse-mapping.js';
import { parseWith } from '../model/parse-with.js';
import { parseReport } from '../model/parse-report.js';
import type { Catalog } from '../model/catalog.js';
import type { Report } from '../model/report.js';
import type { Table } from '../table/table.js';
import { readDatasetFile } from '../node/read-dataset-file.js';
import { readJsonFile } from '../node/read-json-file.js';
import { ReformReport } from '../reform/reform-report.js';
import type { CliRun } from './cli-io.js';
import { excludedText, summaryText, type ReadSummary } from './data-summary.js';
import { lawGaugeErrorText } from './error-text.js';
import { UsageError } from './usage.js';
import { knownDatasets, loadCatalog } from './load-definitions.js';

/** A dashboard config read for `lawgauge render --dashboard`: its panels' data and the data-quality lines. */
export interface DashboardInputs {
  readonly config: Dashboard;
  /** Each panel's Report (or reform report), section by section. */
  readonly data: readonly (readonly (Report | ReformReport)[])[];
  /**
   * The data-quality lines: each data file a panel computes from, read / used / rejected / skipped as
   * `lawgauge compute` says it, the records a computed panel's indicator left out because a field it
   * needs is empty (the Report's `quality.<dataset>.excluded`, the field named by the file's header
   * beside its id), then the values shown and withheld.
   */
  readonly notes: readonly string[];
  /** The host geometry of the map panels, by `geometry-src` as the config writes it, read relative to the config. */
  readonly geometry: Readonly<Record<string, unknown>>;
}

/**
 * The Report a `compute` panel asks for, computed here as the dashboard's worker computes it in a
 * page, with the reads of the files it was computed from (which header each field was read from).
 */
async function computed(
  compute: NonNullable<Panel['compute']>,
  base: string,
  reads: ReadSummary[],
  tables: Map<string, Promise<{ readonly read: ReadSummary; readonly table: Table }>>,
): Promise<{ readonly report: Report; readonly reads: readonly ReadSummary[]; readonly catalog: Catalog }> {
  const place = (path: string): string => resolve(base, path);
  const catalog = await loadCatalog(
    compute.catalog.toLowerCase().endsWith('.json') ? place(compute.catalog) : compute.catalog,
  );
  const mapping =
    compute.mapping === undefined
      ? undefined
      : parseMapping(await readJsonFile(place(compute.mapping)), knownDatasets(catalog), compute.mapping);
  const loaded: Record<string, Table> = {};
  const used: ReadSummary[] = [];
  for (const [name, file] of Object.entries(compute.data)) {
    const dataset = catalog.datasets.find((candidate) => candidate.id === name);
    if (dataset === undefined) throw new Error(`catalog "${catalog.id}" has no dataset "${name}"`);
    const entry = mapping === undefined ? undefined : mappingEntries(mapping).find(([id]) => id === name)?.[1];
    const key = `${name} ${place(file)} ${compute.mapping ?? ''}`;
    if (!tables.has(key))
      tables.set(
        key,
        readDatasetFile(place(file), { dataset, ...(entry === undefined ? {} : { mapping: entry }) }).then((result) => {
          const read: ReadSummary = {
            dataset: name,
            source: file,
            format: result.format,
            encoding: result.encoding,
            table: result.table,
            columns: result.columns,
          };
          reads.push(read);
          return { read, table: result.table };
        }),
      );
    const { read, table } = await tables.get(key)!;
    used.push(read);
    loaded[name] = table;
  }
  const [report] = evaluate(catalog, loaded, {
    indicators: [compute.indicator],
    ...(compute.period === undefined ? {} : { period: compute.period }),
    ...(compute.from === undefined ? {} : { from: compute.from }),
    ...(compute.to === undefined ? {} : { to: compute.to }),
    ...(compute.by === undefined ? {} : { by: [compute.by].flat() }),
  });
  return { report: report!, reads: used, catalog };
}

/**
 * The dashboard config at `path` and what its panels show: each `src` read (relative to the
 * config, checked as its widget checks it), each `compute` computed from its data files; and the
 * data-quality lines in the run's language.
 */
export async function dashboardInputs(path: string, run: CliRun): Promise<DashboardInputs> {
  const config = parseWith(Dashboard, await readJsonFile(path), 'dashboard');
  const base = dirname(path);
  // An indicator its catalog lacks is named by its place in the config, before any file is read.
  const unknown = await dashboardIndicatorIssues(config, base);
  if (unknown.length > 0) throw new LawGaugeError('invalid_definition', `${path}: dashboard`, unknown);
  const reads: ReadSummary[] = [];
  const tables = new Map<string, Promise<{ readonly read: ReadSummary; readonly table: Table }>>();
  // The records each computed panel's indicator left out for an empty field, once per indicator and file.
  const excluded = new Set<string>();
  const data: (Report | ReformReport)[][] = [];
  const geometry: Record<string, unknown> = {};
  // Each file read once, however many panels show it: the quality line counts each Report once.
  const files = new Map<string, Report | ReformReport>();
  for (const [sectionIndex, section] of config.sections.entries()) {
    const row: (Report | ReformReport)[] = [];
    for (const [panelIndex, panel] of section.panels.entries()) {
      // lawgauge/ssr fetches nothing: a map's host geometry is read here, relative to the config.
      const geometrySrc = panel.options?.['geometry-src'];
      if (geometrySrc !== undefined && !Object.hasOwn(geometry, geometrySrc))
        try {
          geometry[geometrySrc] = await readJsonFile(resolve(base, geometrySrc));
        } catch (error) {
          if (!(error instanceof LawGaugeError)) throw error;
          const place = `sections[${sectionIndex}].panels[${panelIndex}]`;
          throw new UsageError(
            (messages) => `${path}: ${place} "geometry-src": ${lawGaugeErrorText(error, messages, false)}`,
          );
        }
      if (panel.compute !== undefined) {
        const { report, reads: used, catalog } = await computed(panel.compute, base, reads, tables);
        for (const line of excludedText([report], used, run.messages, catalog).split('\n'))
          if (line !== '') excluded.add(line);
        row.push(report);
        continue;
      }
      const file = resolve(base, panel.src!);
      let document = files.get(file);
      if (document === undefined) {
        const json = await readJsonFile(file);
        document =
          panel.widget === 'reform-progress' ? parseWith(ReformReport, json, 'reformReport') : parseReport(json);
        files.set(file, document);
      }
      row.push(document);
    }
    data.push(row);
  }
  const reports = new Set(data.flat().filter((item): item is Report => !('programme' in item)));
  const rows = [...reports].flatMap((report) => report.rows);
  const count = (flag: NonNullable<Report['rows'][number]['flag']>): number =>
    rows.filter((row) => row.flag === flag).length;
  const notes = [
    ...(reads.length === 0 ? [] : summaryText(reads, run.messages).trimEnd().split('\n')),
    ...excluded,
    run.messages.dashboardValues({
      reports: reports.size,
      values: rows.filter((row) => row.value !== null).length,
      withheld: count('suppressed'),
      unstable: count('unstable'),
      noData: count('no-data'),
    }),
  ];
  return { config, data, notes, geometry };
}
