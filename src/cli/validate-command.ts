import { LawGaugeError } from '../errors/law-gauge-error.js';
import { parseMapping } from '../ingest/parse-mapping.js';
import { mappingEntries } from '../ingest/parse-mapping.js';
import { Dashboard } from '../dashboard/dashboard.js';
import { parseCatalog } from '../model/parse.js';
import { parseWith } from '../model/parse-with.js';
import { readJsonFile } from '../node/read-json-file.js';
import { parseProgramme } from '../reform/parse-programme.js';
import type { CliIo } from './cli-io.js';
import { knownDatasets } from './load-definitions.js';
import { EXIT, UsageError } from './usage.js';

type Kind = 'catalog' | 'mapping' | 'programme' | 'dashboard';

/** What a definition file is: from its `$schema` when it names one, else from its shape. */
function kindOf(json: unknown): Kind | null {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return null;
  const record = json as Record<string, unknown>;
  const schema = typeof record['$schema'] === 'string' ? record['$schema'] : '';
  for (const kind of ['catalog', 'mapping', 'programme', 'dashboard'] as const) if (schema.endsWith(`${kind}.schema.json`)) return kind;
  if ('indicators' in record || 'datasets' in record) return 'catalog';
  if ('tasks' in record || 'areas' in record) return 'programme';
  if ('sections' in record) return 'dashboard';
  const entries = Object.entries(record).filter(([key]) => key !== '$schema');
  if (entries.length > 0 && entries.every(([, value]) => value !== null && typeof value === 'object' && ['columns', 'values', 'formats'].some((key) => key in value))) return 'mapping';
  return null;
}

/** `lawgauge validate <file>` (catalog, mapping, programme or dashboard): exit 0 when valid, 1 listing every problem, 2 when the file cannot be read or recognised. */
export async function validate(args: readonly string[], io: CliIo): Promise<number> {
  if (args.length !== 1 || args[0]!.startsWith('--')) throw new UsageError('validate: expected one file');
  const path = args[0]!;
  let json: unknown;
  try {
    json = await readJsonFile(path);
  } catch (error) {
    // A file that is not JSON is invalid (1); one that cannot be read is a usage error (2).
    if (!(error instanceof LawGaugeError) || error.code !== 'invalid_definition') throw error;
    io.err(`${error.message}\n`);
    return EXIT.data;
  }
  const kind = kindOf(json);
  if (kind === null) {
    throw new UsageError(`${path}: not a catalog, mapping, programme or dashboard (set "$schema" to one of schema/{catalog,mapping,programme,dashboard}.schema.json to say which)`);
  }
  try {
    if (kind === 'catalog') {
      const catalog = parseCatalog(json);
      io.out(`${path}: valid catalog "${catalog.id}" (${catalog.datasets.length} dataset(s), ${catalog.indicators.length} indicator(s))\n`);
    } else if (kind === 'mapping') {
      const mapping = parseMapping(json, knownDatasets());
      io.out(`${path}: valid mapping for ${mappingEntries(mapping).map(([id]) => id).join(', ')}\n`);
    } else if (kind === 'dashboard') {
      const dashboard = parseWith(Dashboard, json, 'dashboard');
      io.out(`${path}: valid dashboard "${dashboard.title.en}" (${dashboard.sections.length} section(s), ${dashboard.sections.reduce((sum, section) => sum + section.panels.length, 0)} panel(s))\n`);
    } else {
      const programme = parseProgramme(json);
      io.out(`${path}: valid programme "${programme.id}" (${programme.areas.length} area(s), ${programme.tasks.length} task(s))\n`);
    }
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof LawGaugeError)) throw error;
    const renamed = new LawGaugeError(error.code, `${path}: ${kind}`, error.issues);
    io.err(`${renamed.message}\n${error.issues.length} problem(s)\n`);
    return EXIT.data;
  }
}
