// dist/lawgauge-compute.worker.js: computes dashboard panels from a catalog and data files off the
// page's main thread, so a dashboard over hundreds of thousands of rows stays responsive. Files
// are fetched once per URL (a `File` the page gave comes as a blob: URL) and CSV is read as it
// streams in, by `readCsvStream`: the same chunks, encoding rule (UTF-8, else GB18030) and byte
// parser as `readDatasetFile` in Node, with progress posted back.
import {
  BUILT_IN_CATALOGS,
  builtInCatalog,
  evaluate,
  ingestJsonRecords,
  ingestXlsx,
  parseCatalog,
  parseMapping,
  type BuiltInCatalogName,
  type Catalog,
  type Mapping,
  type Table,
} from '../../src/index.js';
import { readCsvStream, type WorkerMessage, type WorkerRequest } from '../../src/internal.js';
import { responseBytes } from './response-bytes.js';
import { WORKER_MESSAGES, type WorkerMessages } from './worker-messages.js';
import {
  DATA_EXTENSIONS,
  dataFormat,
  fetchFailure,
  fileLabel,
  tableQuality,
  workerErrorText,
  WorkerProblem,
} from './worker-words.js';

type PanelCompute = WorkerRequest['compute'];

const post = (message: WorkerMessage): void =>
  (globalThis as unknown as { postMessage: (message: WorkerMessage) => void }).postMessage(message);
const tables = new Map<string, Promise<Table>>();
const mappings = new Map<string, Promise<Mapping>>();

/** `url` fetched, its problems (unreachable, blocked, an HTTP status) named by `source`. */
async function fetchOk(url: string, source: string, m: WorkerMessages): Promise<Response> {
  const response = await fetch(url).catch((error: unknown) => {
    throw fetchFailure(url, source, error, m);
  });
  if (!response.ok) throw new WorkerProblem(m.httpStatus(source, response.status));
  return response;
}

/** A response's body as JSON; a body that is not JSON (or breaks off) is named by `source`. */
async function jsonOf(response: Response, source: string, m: WorkerMessages): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch (error) {
    throw new WorkerProblem(
      m.inFile(source, m.issues.invalid_json({ detail: error instanceof Error ? error.message : String(error) })),
    );
  }
}

/** A definition (catalog, mapping) fetched and parsed, its problems named by its URL. */
async function fetchedJson(url: string, m: WorkerMessages): Promise<unknown> {
  return jsonOf(await fetchOk(url, url, m), url, m);
}

async function read(
  url: string,
  name: string | undefined,
  catalog: Catalog,
  dataset: string,
  mapping: Mapping | undefined,
  m: WorkerMessages,
  progress: (rows: number) => void,
): Promise<Table> {
  const definition = catalog.datasets.find((candidate) => candidate.id === dataset);
  if (definition === undefined) throw new WorkerProblem(m.noDataset(catalog.id, dataset));
  const source = name ?? url;
  const fetched = (): Promise<Response> => fetchOk(url, source, m);
  const response = await fetched();
  const entry = mapping?.[dataset];
  const options = { source, ...(entry === undefined || typeof entry === 'string' ? {} : { mapping: entry }) };
  const format = dataFormat(name ?? new URL(url).pathname, response.headers.get('content-type') ?? '');
  if (format === undefined) {
    await response.body?.cancel();
    throw new WorkerProblem(m.unknownFormat(source, DATA_EXTENSIONS));
  }
  if (format === 'json')
    return ingestJsonRecords(definition, (await jsonOf(response, source, m)) as unknown[], options).table;
  // A workbook's directory is at its end: read it whole (compressed), then its first sheet streams.
  if (format === 'xlsx') {
    const result = await ingestXlsx(definition, new Uint8Array(await response.arrayBuffer()), options);
    progress(result.table.quality.read);
    return result.table;
  }
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  const result = await readCsvStream(definition, responseBytes(fetched, response), {
    ...options,
    total: Number.isFinite(length) ? length : null,
    onProgress: (_bytes, rows) => progress(rows),
  });
  return result.table;
}

async function compute(
  id: number,
  request: PanelCompute,
  names: WorkerRequest['names'],
  m: WorkerMessages,
): Promise<void> {
  let catalog: Catalog;
  if (request.catalog.toLowerCase().endsWith('.json')) {
    catalog = parseCatalog(await fetchedJson(request.catalog, m));
  } else if ((BUILT_IN_CATALOGS as readonly string[]).includes(request.catalog))
    catalog = builtInCatalog(request.catalog as BuiltInCatalogName);
  else throw new WorkerProblem(m.unknownCatalog(request.catalog, BUILT_IN_CATALOGS));
  let mapping: Mapping | undefined;
  if (request.mapping !== undefined) {
    const url = request.mapping;
    if (!mappings.has(url))
      mappings.set(
        url,
        fetchedJson(url, m).then((json) => parseMapping(json, undefined, url)),
      );
    mapping = await mappings.get(url)!;
  }
  const loaded: Record<string, Table> = {};
  for (const [dataset, url] of Object.entries(request.data)) {
    const key = `${dataset} ${url} ${request.mapping ?? ''}`;
    if (!tables.has(key))
      tables.set(
        key,
        read(url, names?.[dataset], catalog, dataset, mapping, m, (rows) => post({ id, kind: 'progress', rows })),
      );
    loaded[dataset] = await tables.get(key)!;
  }
  const [report] = evaluate(catalog, loaded, {
    indicators: [request.indicator],
    ...(request.period === undefined ? {} : { period: request.period }),
    ...(request.from === undefined ? {} : { from: request.from }),
    ...(request.to === undefined ? {} : { to: request.to }),
    ...(request.by === undefined ? {} : { by: request.by }),
  });
  const quality = Object.entries(loaded).map(([dataset, table]) =>
    tableQuality(table, fileLabel(request.data[dataset]!, names?.[dataset]), m),
  );
  post({ id, kind: 'report', report, quality });
}

(globalThis as unknown as { onmessage: (event: MessageEvent<WorkerRequest>) => void }).onmessage = (event) => {
  const { id, compute: request, names, lang } = event.data;
  const m = WORKER_MESSAGES[lang] ?? WORKER_MESSAGES.en;
  compute(id, request, names, m).catch((error: unknown) =>
    post({ id, kind: 'error', message: workerErrorText(error, m) }),
  );
};
