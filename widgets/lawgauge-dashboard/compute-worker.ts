// dist/lawgauge-compute.worker.js: computes dashboard panels from a catalog and data files off the
// page's main thread, so a dashboard over hundreds of thousands of rows stays responsive. A file is
// fetched once (a `File` the page gave comes as a blob: URL), with the fields the panels reading it
// use, as `lawgauge compute` reads only what its indicators use; CSV is read as it streams in, by
// `readCsvStream`: the same chunks, encoding rule (UTF-8, else GB18030) and byte parser as
// `readDatasetFile` in Node, with progress posted back. The worker keeps what it read (definitions
// and tables) while it lives: the dashboard starts a new one when its config or files change, and
// asks this one again on a language switch, which then only words the panels anew.
import {
  BUILT_IN_CATALOGS,
  builtInCatalog,
  evaluate,
  ingestJsonRecords,
  ingestXlsx,
  LawGaugeError,
  parseCatalog,
  parseMapping,
  type BuiltInCatalogName,
  type Catalog,
  type Dataset,
  type Mapping,
  type Table,
} from '../../src/index.js';
import {
  fieldsToRead,
  readCsvStream,
  unknownIndicator,
  type PanelRequest,
  type WorkerMessage,
  type WorkerRequest,
} from '../../src/internal.js';
import { responseBytes } from './response-bytes.js';
import { WORKER_MESSAGES, type WorkerMessages } from './worker-messages.js';
import {
  DATA_EXTENSIONS,
  dataFormat,
  fetchFailure,
  fieldNamed,
  fileLabel,
  tableQuality,
  type ReadTable,
  workerErrorText,
  WorkerProblem,
} from './worker-words.js';

const post = (message: WorkerMessage): void =>
  (globalThis as unknown as { postMessage: (message: WorkerMessage) => void }).postMessage(message);

/** A table being read or read, and who hears its progress (the panels reading it, of every request). */
interface TableRead {
  readonly table: Promise<ReadTable>;
  readonly listeners: Set<(rows: number) => void>;
}

const catalogs = new Map<string, Promise<Catalog>>();
const mappings = new Map<string, Promise<Mapping>>();
/** By catalog, dataset, URL, mapping and fields (see `readKey`). */
const tables = new Map<string, TableRead>();

/** `url` fetched, its problems (unreachable, blocked, an HTTP status) named by `source`. */
async function fetchOk(url: string, source: string): Promise<Response> {
  const response = await fetch(url).catch((error: unknown) => {
    throw fetchFailure(url, source, error);
  });
  if (!response.ok) {
    const status = response.status;
    throw new WorkerProblem((m) => m.httpStatus(source, status));
  }
  return response;
}

/** A response's body as JSON; a body that is not JSON (or breaks off) is named by `source`. */
async function jsonOf(response: Response, source: string): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new WorkerProblem((m) => m.inFile(source, m.issues.invalid_json({ detail })));
  }
}

/** A definition (catalog, mapping) fetched and parsed, its problems named by its URL. */
async function fetchedJson(url: string): Promise<unknown> {
  return jsonOf(await fetchOk(url, url), url);
}

/** A built-in catalog, or a catalog .json fetched once. */
function catalogOf(name: string): Promise<Catalog> {
  let catalog = catalogs.get(name);
  if (catalog === undefined) {
    if (name.toLowerCase().endsWith('.json')) catalog = fetchedJson(name).then(parseCatalog);
    else if ((BUILT_IN_CATALOGS as readonly string[]).includes(name))
      catalog = Promise.resolve(builtInCatalog(name as BuiltInCatalogName));
    else catalog = Promise.reject(new WorkerProblem((m) => m.unknownCatalog(name, BUILT_IN_CATALOGS)));
    catalogs.set(name, catalog);
  }
  return catalog;
}

function mappingOf(url: string): Promise<Mapping> {
  let mapping = mappings.get(url);
  if (mapping === undefined) {
    mapping = fetchedJson(url).then((json) => parseMapping(json, undefined, url));
    mappings.set(url, mapping);
  }
  return mapping;
}

/** A data file a panel reads: the fields its indicator uses of it (and its `by`). */
interface FileRead {
  readonly definition: Dataset;
  readonly url: string;
  readonly name: string | undefined;
  readonly fields: readonly string[];
}

/** What a panel needs: its catalog and mapping, and the files of the datasets its indicator uses. */
interface PanelPlan {
  readonly panel: PanelRequest;
  readonly catalog: Catalog;
  readonly mapping: Mapping | undefined;
  readonly reads: ReadonlyMap<string, FileRead>;
}

async function planOf(panel: PanelRequest): Promise<PanelPlan> {
  const { compute } = panel;
  const catalog = await catalogOf(compute.catalog);
  const mapping = compute.mapping === undefined ? undefined : await mappingOf(compute.mapping);
  for (const dataset of Object.keys(compute.data))
    if (!catalog.datasets.some((candidate) => candidate.id === dataset))
      throw new WorkerProblem((m) => m.noDataset(catalog.id, dataset));
  // Named at its place in the dashboard's config, with the nearest id, not as evaluate's option.
  if (!catalog.indicators.some((indicator) => indicator.id === compute.indicator))
    throw new LawGaugeError('invalid_definition', panel.path ?? 'compute', [
      unknownIndicator(catalog, compute.indicator, panel.path === undefined ? ['indicator'] : ['compute', 'indicator']),
    ]);
  // As `lawgauge compute`: a dataset the indicator does not use is not read.
  const toRead = fieldsToRead(catalog, [compute.indicator], compute.by === undefined ? [] : [compute.by]);
  const reads = new Map<string, FileRead>();
  for (const [dataset, fields] of toRead) {
    const url = compute.data[dataset];
    if (url === undefined) continue;
    const definition = catalog.datasets.find((candidate) => candidate.id === dataset)!;
    reads.set(dataset, { definition, url, name: panel.names?.[dataset], fields });
  }
  return { panel, catalog, mapping, reads };
}

/** A file read of a panel, without its fields: panels with the same key read one table. */
const fileKey = (plan: PanelPlan, dataset: string): string =>
  [plan.panel.compute.catalog, dataset, plan.reads.get(dataset)!.url, plan.panel.compute.mapping ?? ''].join('\n');

async function read(
  file: FileRead,
  mapping: Mapping | undefined,
  progress: (rows: number) => void,
): Promise<ReadTable> {
  const { definition, url, name, fields } = file;
  const source = name ?? url;
  const fetched = (): Promise<Response> => fetchOk(url, source);
  const response = await fetched();
  const entry = mapping?.[definition.id];
  const options = { source, fields, ...(entry === undefined || typeof entry === 'string' ? {} : { mapping: entry }) };
  const format = dataFormat(name ?? new URL(url).pathname, response.headers.get('content-type') ?? '');
  if (format === undefined || format === 'ndjson' || format === 'tsv') {
    await response.body?.cancel();
    throw new WorkerProblem((m) =>
      format === undefined ? m.unknownFormat(source, DATA_EXTENSIONS) : m.notInBrowser(source, format, DATA_EXTENSIONS),
    );
  }
  if (format === 'json') return ingestJsonRecords(definition, (await jsonOf(response, source)) as unknown[], options);
  // A workbook's directory is at its end: read it whole (compressed), then its first sheet streams.
  if (format === 'xlsx') {
    const result = await ingestXlsx(definition, new Uint8Array(await response.arrayBuffer()), options);
    progress(result.table.quality.read);
    return result;
  }
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  const result = await readCsvStream(definition, responseBytes(fetched, response), {
    ...options,
    total: Number.isFinite(length) ? length : null,
    onProgress: (_bytes, rows) => progress(rows),
  });
  return { table: result.table, columns: result.columns };
}

/** The table of `file` with `fields`, read once while the worker lives; `progress` hears it as it is read. */
function tableOf(
  key: string,
  file: FileRead,
  mapping: Mapping | undefined,
  progress: (rows: number) => void,
): TableRead {
  const cacheKey = `${key}\n${file.fields.join(',')}`;
  let entry = tables.get(cacheKey);
  if (entry === undefined) {
    const listeners = new Set<(rows: number) => void>();
    const table = read(file, mapping, (rows) => listeners.forEach((listener) => listener(rows)));
    entry = { table, listeners };
    tables.set(cacheKey, entry);
  }
  entry.listeners.add(progress);
  return entry;
}

async function computePanel(
  plan: PanelPlan,
  fields: ReadonlyMap<string, readonly string[]>,
  m: WorkerMessages,
): Promise<void> {
  const { panel, catalog, mapping } = plan;
  const { id, compute } = panel;
  const loaded: Record<string, Table> = {};
  const columns = new Map<string, ReadonlyMap<string, string>>();
  const quality: string[] = [];
  const progress = (rows: number): void => post({ id, kind: 'progress', rows });
  for (const [dataset, file] of plan.reads) {
    const key = fileKey(plan, dataset);
    const entry = tableOf(key, { ...file, fields: fields.get(key)! }, mapping, progress);
    try {
      const read = await entry.table;
      loaded[dataset] = read.table;
      columns.set(dataset, read.columns);
    } finally {
      entry.listeners.delete(progress);
    }
    const named = (field: string): string => fieldNamed(field, columns.get(dataset), file.definition, m);
    quality.push(tableQuality(loaded[dataset]!, fileLabel(file.url, file.name), m, named, columns.get(dataset)));
  }
  const [report] = evaluate(catalog, loaded, {
    indicators: [compute.indicator],
    ...(compute.period === undefined ? {} : { period: compute.period }),
    ...(compute.from === undefined ? {} : { from: compute.from }),
    ...(compute.to === undefined ? {} : { to: compute.to }),
    ...(compute.by === undefined ? {} : { by: compute.by }),
  });
  // Then the records its indicator left out for an empty field, named as the file names it.
  for (const [dataset, excluded] of Object.entries(report!.quality))
    for (const [field, records] of Object.entries(excluded.excluded ?? {})) {
      const definition = plan.reads.get(dataset)?.definition;
      const shown = definition === undefined ? field : fieldNamed(field, columns.get(dataset), definition, m);
      quality.push(m.rows.excludedNote(dataset, records, shown, compute.indicator));
    }
  post({ id, kind: 'report', report, quality });
}

/**
 * Computes a request's panels. A file several panels read (the same catalog, dataset, URL and
 * mapping) is read once, with the fields any of them uses, as `lawgauge compute --indicator a,b`
 * reads a file once for both.
 */
async function computeAll(request: WorkerRequest): Promise<void> {
  const m = WORKER_MESSAGES[request.lang] ?? WORKER_MESSAGES.en;
  const fail = (id: number, error: unknown): void => post({ id, kind: 'error', message: workerErrorText(error, m) });
  const settled = await Promise.allSettled(request.panels.map(planOf));
  const plans: PanelPlan[] = [];
  settled.forEach((outcome, index) => {
    if (outcome.status === 'fulfilled') plans.push(outcome.value);
    else fail(request.panels[index]!.id, outcome.reason);
  });
  const wanted = new Map<string, Set<string>>();
  for (const plan of plans)
    for (const [dataset, file] of plan.reads) {
      const key = fileKey(plan, dataset);
      const names = wanted.get(key) ?? new Set<string>();
      file.fields.forEach((name) => names.add(name));
      wanted.set(key, names);
    }
  const fields = new Map<string, readonly string[]>();
  for (const plan of plans)
    for (const [dataset, file] of plan.reads) {
      const key = fileKey(plan, dataset);
      const names = wanted.get(key)!;
      fields.set(
        key,
        file.definition.fields.map((field) => field.name).filter((name) => names.has(name)),
      );
    }
  await Promise.all(
    plans.map((plan) => computePanel(plan, fields, m).catch((error: unknown) => fail(plan.panel.id, error))),
  );
}

(globalThis as unknown as { onmessage: (event: MessageEvent<WorkerRequest>) => void }).onmessage = (event) => {
  void computeAll(event.data);
};
