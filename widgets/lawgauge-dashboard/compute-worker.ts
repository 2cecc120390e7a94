// dist/lawgauge-compute.worker.js: computes dashboard panels from a catalog and data files off the
// page's main thread, so a dashboard over hundreds of thousands of rows stays responsive. Files
// are fetched once per URL and read as they stream in, with progress posted back.
import {
  BUILT_IN_CATALOGS,
  builtInCatalog,
  CsvIngest,
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
import type { WorkerMessage, WorkerRequest } from '../../src/internal.js';

type PanelCompute = WorkerRequest['compute'];

const post = (message: WorkerMessage): void =>
  (globalThis as unknown as { postMessage: (message: WorkerMessage) => void }).postMessage(message);
const tables = new Map<string, Promise<Table>>();
const mappings = new Map<string, Promise<Mapping>>();

async function read(
  url: string,
  catalog: Catalog,
  dataset: string,
  mapping: Mapping | undefined,
  progress: (rows: number) => void,
): Promise<Table> {
  const definition = catalog.datasets.find((candidate) => candidate.id === dataset);
  if (definition === undefined) throw new Error(`catalog "${catalog.id}" has no dataset "${dataset}"`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const entry = mapping?.[dataset];
  const options = { source: url, ...(entry === undefined || typeof entry === 'string' ? {} : { mapping: entry }) };
  if (url.toLowerCase().endsWith('.json'))
    return ingestJsonRecords(definition, (await response.json()) as unknown[], options).table;
  // A workbook's directory is at its end: read it whole (compressed), then its first sheet streams.
  if (/\.xlsx$/i.test(new URL(url).pathname)) {
    const result = await ingestXlsx(definition, new Uint8Array(await response.arrayBuffer()), options);
    progress(result.table.quality.read);
    return result.table;
  }
  const reader = new CsvIngest(definition, options);
  const decoder = new TextDecoder();
  const stream = response.body!.getReader();
  for (;;) {
    const { done, value } = await stream.read();
    if (done) break;
    reader.push(decoder.decode(value, { stream: true }));
    progress(reader.rowsRead);
  }
  reader.push(decoder.decode());
  return reader.end().table;
}

async function compute(id: number, request: PanelCompute): Promise<void> {
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
        read(url, catalog, dataset, mapping, (rows) => post({ id, kind: 'progress', rows })),
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
  const { id, compute: request } = event.data;
  compute(id, request).catch((error: unknown) =>
    post({
      id,
      kind: 'error',
      message: error instanceof LawGaugeError || error instanceof Error ? error.message : String(error),
    }),
  );
};
