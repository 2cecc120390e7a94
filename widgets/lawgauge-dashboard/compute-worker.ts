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
  LawGaugeError,
  parseCatalog,
  parseMapping,
  type BuiltInCatalogName,
  type Catalog,
  type Mapping,
  type Table,
} from '../../src/index.js';
import { readCsvStream, type WorkerMessage, type WorkerRequest } from '../../src/internal.js';
import { responseBytes } from './response-bytes.js';

type PanelCompute = WorkerRequest['compute'];

/** A data file's format: from its name (a URL's path or a `File`'s name), else its media type (a blob's `type`). */
function formatOf(name: string, type: string): 'json' | 'xlsx' | 'csv' {
  if (/\.json$/i.test(name) || /^application\/json\b/i.test(type)) return 'json';
  if (/\.xlsx$/i.test(name) || /spreadsheetml\.sheet/i.test(type)) return 'xlsx';
  return 'csv';
}

const post = (message: WorkerMessage): void =>
  (globalThis as unknown as { postMessage: (message: WorkerMessage) => void }).postMessage(message);
const tables = new Map<string, Promise<Table>>();
const mappings = new Map<string, Promise<Mapping>>();

async function read(
  url: string,
  name: string | undefined,
  catalog: Catalog,
  dataset: string,
  mapping: Mapping | undefined,
  progress: (rows: number) => void,
): Promise<Table> {
  const definition = catalog.datasets.find((candidate) => candidate.id === dataset);
  if (definition === undefined) throw new Error(`catalog "${catalog.id}" has no dataset "${dataset}"`);
  const source = name ?? url;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
  const entry = mapping?.[dataset];
  const options = { source, ...(entry === undefined || typeof entry === 'string' ? {} : { mapping: entry }) };
  const format = formatOf(name ?? new URL(url).pathname, response.headers.get('content-type') ?? '');
  if (format === 'json') return ingestJsonRecords(definition, (await response.json()) as unknown[], options).table;
  // A workbook's directory is at its end: read it whole (compressed), then its first sheet streams.
  if (format === 'xlsx') {
    const result = await ingestXlsx(definition, new Uint8Array(await response.arrayBuffer()), options);
    progress(result.table.quality.read);
    return result.table;
  }
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  const again = async (): Promise<Response> => {
    const retry = await fetch(url);
    if (!retry.ok) throw new Error(`${source}: HTTP ${retry.status}`);
    return retry;
  };
  const result = await readCsvStream(definition, responseBytes(again, response), {
    ...options,
    total: Number.isFinite(length) ? length : null,
    onProgress: (_bytes, rows) => progress(rows),
  });
  return result.table;
}

async function compute(id: number, request: PanelCompute, names: WorkerRequest['names']): Promise<void> {
  let catalog: Catalog;
  if (request.catalog.toLowerCase().endsWith('.json')) {
    const response = await fetch(request.catalog);
    if (!response.ok) throw new Error(`${request.catalog}: HTTP ${response.status}`);
    catalog = parseCatalog(await response.json());
  } else if ((BUILT_IN_CATALOGS as readonly string[]).includes(request.catalog))
    catalog = builtInCatalog(request.catalog as BuiltInCatalogName);
  else
    throw new Error(
      `unknown catalog "${request.catalog}"; built in: ${BUILT_IN_CATALOGS.join(', ')}, or the URL of a catalog .json`,
    );
  let mapping: Mapping | undefined;
  if (request.mapping !== undefined) {
    const url = request.mapping;
    if (!mappings.has(url))
      mappings.set(
        url,
        fetch(url)
          .then((response) => response.json())
          .then((json: unknown) => parseMapping(json, undefined, url)),
      );
    mapping = await mappings.get(url)!;
  }
  const loaded: Record<string, Table> = {};
  for (const [dataset, url] of Object.entries(request.data)) {
    const key = `${dataset} ${url} ${request.mapping ?? ''}`;
    if (!tables.has(key))
      tables.set(
        key,
        read(url, names?.[dataset], catalog, dataset, mapping, (rows) => post({ id, kind: 'progress', rows })),
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
  post({ id, kind: 'report', report });
}

(globalThis as unknown as { onmessage: (event: MessageEvent<WorkerRequest>) => void }).onmessage = (event) => {
  const { id, compute: request, names } = event.data;
  compute(id, request, names).catch((error: unknown) =>
    post({
      id,
      kind: 'error',
      message: error instanceof LawGaugeError || error instanceof Error ? error.message : String(error),
    }),
  );
};
